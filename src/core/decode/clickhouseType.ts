/**
 * A parser of ClickHouse type strings (`Nullable(LowCardinality(String))`, `DateTime64(3, 'Asia/Kolkata')`,
 * `Tuple(a UInt64, b String)`, `Enum8('a' = 1, 'b' = 2)`, …) into a discriminated union, so the decoder can
 * choose one converter per column once.
 *
 * It never throws: a name it does not know, or a type string it cannot parse (unbalanced parentheses,
 * an unterminated quote, a bad parameter), becomes `{ kind: 'unknown', name, text }`, and the decoder passes
 * such values through unchanged.
 */

/** Integer widths ClickHouse has. 8–32 bits decode to `number`; 64 bits and wider to `bigint`. */
export type IntegerBits = 8 | 16 | 32 | 64 | 128 | 256;

/** One element of a `Tuple(...)`: `name` is set for named tuples (`Tuple(a UInt64, b String)`). */
export interface TupleElement {
  name: string | undefined;
  type: ClickHouseType;
}

/** One `'name' = value` pair of an `Enum8`/`Enum16`. */
export interface EnumEntry {
  name: string;
  value: number;
}

/** A parsed ClickHouse type. `text` on `unknown` is the exact text the node was parsed from. */
export type ClickHouseType =
  | { kind: 'integer'; name: string; bits: IntegerBits; signed: boolean }
  | { kind: 'float'; name: 'Float32' | 'Float64' | 'BFloat16' }
  | { kind: 'decimal'; name: string; precision: number; scale: number }
  | { kind: 'bool' }
  | { kind: 'string'; name: 'String' | 'FixedString' | 'UUID' | 'IPv4' | 'IPv6'; length?: number }
  | { kind: 'enum'; name: 'Enum8' | 'Enum16'; entries: EnumEntry[] }
  | { kind: 'date'; name: 'Date' | 'Date32' }
  | { kind: 'dateTime'; name: 'DateTime' | 'DateTime64'; precision: number; timeZone: string | undefined }
  | { kind: 'nullable'; inner: ClickHouseType }
  | { kind: 'lowCardinality'; inner: ClickHouseType }
  | { kind: 'array'; element: ClickHouseType }
  | { kind: 'tuple'; elements: TupleElement[]; named: boolean }
  | { kind: 'map'; key: ClickHouseType; value: ClickHouseType }
  | { kind: 'json'; name: 'JSON' | 'Object' }
  | { kind: 'dynamic'; name: 'Dynamic' | 'Variant'; variants: ClickHouseType[] }
  | { kind: 'unknown'; name: string; text: string };

type Token =
  | { t: 'ident'; v: string; start: number }
  | { t: 'number'; v: string; start: number }
  | { t: 'string'; v: string; start: number }
  | { t: 'punct'; v: '(' | ')' | ',' | '='; start: number };

/** Thrown inside the parser only; `parseClickHouseType` turns it into an `unknown` node. */
class TypeSyntaxError extends Error {}

function isIdentStart(c: string): boolean {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_';
}

function isIdentPart(c: string): boolean {
  return isIdentStart(c) || (c >= '0' && c <= '9') || c === '.';
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i++;
    } else if (c === '(' || c === ')' || c === ',' || c === '=') {
      tokens.push({ t: 'punct', v: c, start: i });
      i++;
    } else if (c === "'" || c === '`' || c === '"') {
      const start = i;
      let value = '';
      i++;
      for (;;) {
        if (i >= text.length) throw new TypeSyntaxError('unterminated quote');
        const d = text[i]!;
        if (d === '\\') {
          if (i + 1 >= text.length) throw new TypeSyntaxError('unterminated escape');
          const e = text[i + 1]!;
          value += e === 'n' ? '\n' : e === 't' ? '\t' : e === 'r' ? '\r' : e === '0' ? '\0' : e;
          i += 2;
        } else if (d === c) {
          if (text[i + 1] === c) {
            value += c;
            i += 2;
          } else {
            i++;
            break;
          }
        } else {
          value += d;
          i++;
        }
      }
      tokens.push(c === "'" ? { t: 'string', v: value, start } : { t: 'ident', v: value, start });
    } else if ((c >= '0' && c <= '9') || ((c === '-' || c === '+') && /[0-9]/.test(text[i + 1] ?? ''))) {
      const start = i;
      i++;
      while (i < text.length && /[0-9.]/.test(text[i]!)) i++;
      tokens.push({ t: 'number', v: text.slice(start, i), start });
    } else if (isIdentStart(c)) {
      const start = i;
      while (i < text.length && isIdentPart(text[i]!)) i++;
      tokens.push({ t: 'ident', v: text.slice(start, i), start });
    } else {
      throw new TypeSyntaxError(`unexpected character ${JSON.stringify(c)}`);
    }
  }
  return tokens;
}

const INTEGER_NAMES: Record<string, { bits: IntegerBits; signed: boolean }> = {
  Int8: { bits: 8, signed: true },
  Int16: { bits: 16, signed: true },
  Int32: { bits: 32, signed: true },
  Int64: { bits: 64, signed: true },
  Int128: { bits: 128, signed: true },
  Int256: { bits: 256, signed: true },
  UInt8: { bits: 8, signed: false },
  UInt16: { bits: 16, signed: false },
  UInt32: { bits: 32, signed: false },
  UInt64: { bits: 64, signed: false },
  UInt128: { bits: 128, signed: false },
  UInt256: { bits: 256, signed: false },
};

const DECIMAL_PRECISION: Record<string, number> = { Decimal32: 9, Decimal64: 18, Decimal128: 38, Decimal256: 76 };

/** Names ClickHouse matches case-insensitively (SQL aliases) mapped to their canonical form. */
const ALIASES: Record<string, string> = {
  bool: 'Bool',
  boolean: 'Bool',
  decimal: 'Decimal',
  numeric: 'Decimal',
  dec: 'Decimal',
  json: 'JSON',
};

/** One parameter list element that is not a type: a number, a quoted string, or `'name' = n`. */
type RawArgument = { tokens: Token[]; start: number; end: number };

/** Deeper nesting than any real type; beyond it a type string is treated as malformed (no stack overflow). */
const MAX_NESTING = 64;

class TypeParser {
  private position = 0;
  private depth = 0;

  constructor(
    private readonly text: string,
    private readonly tokens: Token[],
  ) {}

  parseWhole(): ClickHouseType {
    const type = this.parseType();
    if (this.position !== this.tokens.length) throw new TypeSyntaxError('trailing text');
    return type;
  }

  private peek(offset = 0): Token | undefined {
    return this.tokens[this.position + offset];
  }

  private expectPunct(v: '(' | ')' | ',' | '='): void {
    const token = this.tokens[this.position];
    if (!token || token.t !== 'punct' || token.v !== v) throw new TypeSyntaxError(`expected ${v}`);
    this.position++;
  }

  private isPunct(token: Token | undefined, v: string): boolean {
    return token !== undefined && token.t === 'punct' && token.v === v;
  }

  /** The source text from token index `from` up to (not including) token index `to`. */
  private sliceText(from: number, to: number): string {
    const start = this.tokens[from]?.start ?? this.text.length;
    const end = to < this.tokens.length ? this.tokens[to]!.start : this.text.length;
    return this.text.slice(start, end).trim();
  }

  /** Splits a balanced `( … )` argument list into raw token runs, without interpreting them. */
  private readRawArguments(): RawArgument[] {
    this.expectPunct('(');
    const args: RawArgument[] = [];
    let depth = 0;
    let start = this.position;
    for (;;) {
      const token = this.peek();
      if (!token) throw new TypeSyntaxError('unbalanced parentheses');
      if (token.t === 'punct' && token.v === '(') depth++;
      if (token.t === 'punct' && token.v === ')') {
        if (depth === 0) {
          if (this.position > start) args.push({ tokens: this.tokens.slice(start, this.position), start, end: this.position });
          this.position++;
          return args;
        }
        depth--;
      }
      if (token.t === 'punct' && token.v === ',' && depth === 0) {
        args.push({ tokens: this.tokens.slice(start, this.position), start, end: this.position });
        start = this.position + 1;
      }
      this.position++;
    }
  }

  private parseTypeList(allowNames: boolean): TupleElement[] {
    this.expectPunct('(');
    const elements: TupleElement[] = [];
    if (this.isPunct(this.peek(), ')')) {
      this.position++;
      return elements;
    }
    for (;;) {
      let name: string | undefined;
      const first = this.peek();
      const second = this.peek(1);
      if (allowNames && first?.t === 'ident' && second?.t === 'ident') {
        name = first.v;
        this.position++;
      }
      elements.push({ name, type: this.parseType() });
      const next = this.peek();
      if (this.isPunct(next, ',')) {
        this.position++;
        continue;
      }
      this.expectPunct(')');
      return elements;
    }
  }

  private parseType(): ClickHouseType {
    if (++this.depth > MAX_NESTING) throw new TypeSyntaxError('nested too deeply');
    try {
      return this.parseTypeAtDepth();
    } finally {
      this.depth--;
    }
  }

  private parseTypeAtDepth(): ClickHouseType {
    const startIndex = this.position;
    const head = this.peek();
    if (!head || head.t !== 'ident') throw new TypeSyntaxError('expected a type name');
    this.position++;
    const rawName = head.v;
    const name = ALIASES[rawName.toLowerCase()] ?? rawName;
    const hasArguments = this.isPunct(this.peek(), '(');

    const integer = INTEGER_NAMES[name];
    if (integer && !hasArguments) return { kind: 'integer', name, bits: integer.bits, signed: integer.signed };

    switch (name) {
      case 'Float32':
      case 'Float64':
      case 'BFloat16':
        if (!hasArguments) return { kind: 'float', name };
        break;
      case 'Bool':
        if (!hasArguments) return { kind: 'bool' };
        break;
      case 'String':
      case 'UUID':
      case 'IPv4':
      case 'IPv6':
        if (!hasArguments) return { kind: 'string', name };
        break;
      case 'FixedString': {
        const args = this.readRawArguments();
        const length = args.length === 1 ? this.integerArgument(args[0]!) : undefined;
        if (length === undefined) throw new TypeSyntaxError('FixedString needs a length');
        return { kind: 'string', name, length };
      }
      case 'Date':
      case 'Date32':
        if (!hasArguments) return { kind: 'date', name };
        break;
      case 'DateTime': {
        if (!hasArguments) return { kind: 'dateTime', name, precision: 0, timeZone: undefined };
        const args = this.readRawArguments();
        if (args.length > 1) throw new TypeSyntaxError('DateTime takes at most a time zone');
        return { kind: 'dateTime', name, precision: 0, timeZone: args[0] ? this.stringArgument(args[0]) : undefined };
      }
      case 'DateTime64': {
        if (!hasArguments) return { kind: 'dateTime', name, precision: 3, timeZone: undefined };
        const args = this.readRawArguments();
        const precision = args[0] ? this.integerArgument(args[0]) : undefined;
        if (precision === undefined || precision > 9 || args.length > 2) {
          throw new TypeSyntaxError('DateTime64 takes a precision 0–9 and an optional time zone');
        }
        return { kind: 'dateTime', name, precision, timeZone: args[1] ? this.stringArgument(args[1]) : undefined };
      }
      case 'Decimal': {
        const args = hasArguments ? this.readRawArguments() : [];
        const precision = args[0] ? this.integerArgument(args[0]) : 10;
        const scale = args[1] ? this.integerArgument(args[1]) : 0;
        if (args.length > 2 || precision < 1 || precision > 76 || scale > precision) {
          throw new TypeSyntaxError('bad Decimal parameters');
        }
        return { kind: 'decimal', name, precision, scale };
      }
      case 'Decimal32':
      case 'Decimal64':
      case 'Decimal128':
      case 'Decimal256': {
        const args = this.readRawArguments();
        const precision = DECIMAL_PRECISION[name]!;
        const scale = args.length === 1 ? this.integerArgument(args[0]!) : -1;
        if (scale < 0 || scale > precision) throw new TypeSyntaxError(`bad ${name} scale`);
        return { kind: 'decimal', name, precision, scale };
      }
      case 'Enum8':
      case 'Enum16':
      case 'Enum': {
        const args = this.readRawArguments();
        let entries = args.map((a) => this.enumEntry(a));
        // ClickHouse also allows `Enum('a', 'b')` with implicit values; it numbers them from 1.
        if (entries.some((e) => Number.isNaN(e.value))) entries = entries.map((e, i) => ({ name: e.name, value: i + 1 }));
        return { kind: 'enum', name: name === 'Enum16' ? 'Enum16' : 'Enum8', entries };
      }
      case 'Nullable':
      case 'LowCardinality': {
        const list = this.parseTypeList(false);
        if (list.length !== 1) throw new TypeSyntaxError(`${name} takes one type`);
        return name === 'Nullable'
          ? { kind: 'nullable', inner: list[0]!.type }
          : { kind: 'lowCardinality', inner: list[0]!.type };
      }
      case 'Array': {
        const list = this.parseTypeList(false);
        if (list.length !== 1) throw new TypeSyntaxError('Array takes one type');
        return { kind: 'array', element: list[0]!.type };
      }
      case 'Map': {
        const list = this.parseTypeList(false);
        if (list.length !== 2) throw new TypeSyntaxError('Map takes two types');
        return { kind: 'map', key: list[0]!.type, value: list[1]!.type };
      }
      case 'Tuple': {
        const elements = this.parseTypeList(true);
        const named = elements.length > 0 && elements.every((e) => e.name !== undefined);
        return { kind: 'tuple', elements, named };
      }
      case 'SimpleAggregateFunction': {
        // SimpleAggregateFunction(sum, UInt64) stores and prints plain UInt64 values.
        this.skipFunctionArgument();
        return this.finishSingleTypeArgument();
      }
      case 'JSON':
        if (hasArguments) this.readRawArguments(); // JSON(max_dynamic_paths=…, a.b UInt32, SKIP x): values are JSON either way
        return { kind: 'json', name: 'JSON' };
      case 'Object': {
        const args = this.readRawArguments();
        const first = args[0];
        if (args.length === 1 && first && first.tokens.length === 1 && first.tokens[0]!.t === 'string' && first.tokens[0]!.v.toLowerCase() === 'json') {
          return { kind: 'json', name: 'Object' };
        }
        break;
      }
      case 'Dynamic':
        if (hasArguments) this.readRawArguments();
        return { kind: 'dynamic', name: 'Dynamic', variants: [] };
      case 'Variant': {
        const list = this.parseTypeList(false);
        return { kind: 'dynamic', name: 'Variant', variants: list.map((e) => e.type) };
      }
      default:
        break;
    }
    // Unknown (or a known name with unexpected arguments): skip its arguments, keep its text.
    if (this.isPunct(this.peek(), '(')) this.readRawArguments();
    return { kind: 'unknown', name: rawName, text: this.sliceText(startIndex, this.position) };
  }

  /** Skips `(` and a balanced first argument up to its top-level `,` (the function of an aggregate type). */
  private skipFunctionArgument(): void {
    this.expectPunct('(');
    let depth = 0;
    for (;;) {
      const token = this.peek();
      if (!token) throw new TypeSyntaxError('unbalanced parentheses');
      this.position++;
      if (token.t !== 'punct') continue;
      if (token.v === '(') depth++;
      else if (token.v === ')') {
        if (depth === 0) throw new TypeSyntaxError('expected a type argument');
        depth--;
      } else if (token.v === ',' && depth === 0) return;
    }
  }

  /** Parses one type and the `)` closing its argument list. */
  private finishSingleTypeArgument(): ClickHouseType {
    const type = this.parseType();
    this.expectPunct(')');
    return type;
  }

  private integerArgument(arg: RawArgument): number {
    const token = arg.tokens[0];
    if (arg.tokens.length !== 1 || !token || token.t !== 'number' || !/^\d+$/.test(token.v)) {
      throw new TypeSyntaxError('expected a non-negative integer parameter');
    }
    return Number(token.v);
  }

  private stringArgument(arg: RawArgument): string {
    const token = arg.tokens[0];
    if (arg.tokens.length !== 1 || !token || token.t !== 'string') throw new TypeSyntaxError('expected a quoted string');
    return token.v;
  }

  private enumEntry(arg: RawArgument): EnumEntry {
    const [name, equals, value] = arg.tokens;
    if (
      arg.tokens.length !== 3 ||
      name?.t !== 'string' ||
      equals?.t !== 'punct' ||
      equals.v !== '=' ||
      value?.t !== 'number' ||
      !/^[+-]?\d+$/.test(value.v)
    ) {
      if (arg.tokens.length === 1 && name?.t === 'string') return { name: name.v, value: Number.NaN };
      throw new TypeSyntaxError("expected 'name' = value");
    }
    return { name: name.v, value: Number(value.v) };
  }
}

function parseTokens(text: string, tokens: Token[]): ClickHouseType {
  return new TypeParser(text, tokens).parseWhole();
}

/**
 * Parses a ClickHouse type string. Never throws: unknown names and malformed strings become
 * `{ kind: 'unknown', name, text }` (for a malformed string, `name` is its leading identifier or `''`).
 */
export function parseClickHouseType(type: string): ClickHouseType {
  const text = typeof type === 'string' ? type.trim() : '';
  try {
    return parseTokens(text, tokenize(text));
  } catch (error) {
    if (!(error instanceof TypeSyntaxError)) throw error;
    const leading = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text);
    return { kind: 'unknown', name: leading ? leading[0] : '', text };
  }
}

/** Strips `Nullable(…)` and `LowCardinality(…)` wrappers: the type a non-null value has. */
export function unwrapClickHouseType(type: ClickHouseType): ClickHouseType {
  let current = type;
  while (current.kind === 'nullable' || current.kind === 'lowCardinality') current = current.inner;
  return current;
}
