/**
 * `parseAnalyticsJson(text)`: an Analytics API body's JSON text → the parsed body, with every digit of the
 * numbers `JSON.parse` would round. The real API sends Decimal columns as JSON numbers; a Decimal(38, 6)
 * such as `12345678901234567890.123456` comes back from `JSON.parse` as `12345678901234567000`. Here such a
 * cell becomes its exact decimal text (`'12345678901234567890.123456'`), which `decodeResult` keeps as the
 * Decimal's value. Likewise a 64-bit integer that arrives as a JSON number beyond 2^53 becomes its digits.
 *
 * Which path runs where:
 * - A body without a Decimal or 64-bit column (or one whose such columns arrive quoted — one look at each
 *   column's first non-null cell — or as safe integers) is `JSON.parse(text)` plus a check of the column
 *   types: nothing else.
 * - Otherwise, on every runtime, one walk over the text of `rows` guided by the parsed rows (`scanRowNumbers`:
 *   it steps over strings by their parsed length and reads only number tokens) finds the source of the
 *   numbers in those columns, and each such cell is replaced by its exact text. This is faster than
 *   `JSON.parse` with a reviver even where the reviver gets the source text: on V8 11 a reviver costs
 *   5–9× a plain parse for a 10,000-row body, this walk a small fraction of one parse.
 * - Cells of nested types that hold Decimals (`Array(Decimal…)`, `Tuple(…)`, `Map(…)`) are parsed again from
 *   their own text with numbers as text: with `JSON.parse`'s reviver and its `context.source` where the
 *   runtime has it (Chrome/Edge 114+, Firefox 135+, Safari 18.4+, Node 21+), else by quoting the number
 *   tokens of that cell's text first (Node 20, older browsers). The decoder reads numbers from text in every
 *   numeric type, so a Float inside such a tuple still decodes to the same `number`.
 *
 * A Decimal column whose every string it wrote itself is marked on the body (`exactTextColumns.ts`, a
 * non-enumerable symbol) so that `decodeResult` does not check that text again; a copy of the body
 * (`structuredClone`, JSON) loses the mark and is simply checked in full.
 *
 * Throws `SyntaxError` for text that is not JSON (as `JSON.parse` does), and `AnalyticsError('INVALID_RESPONSE')`
 * when exact digits are needed from a body with more than one `rows` member.
 */
import { markExactTextColumns } from './exactTextColumns';
import { decimalTextOfJsonNumber } from './jsonNumberText';
import { endOfNumber, endOfString } from './jsonTokens';
import { scanRowNumbers, type ExactCellKind } from './scanRowNumbers';

/** An Analytics API body's JSON text → the parsed body, Decimals (and 64-bit integers) sent as numbers exact. */
export function parseAnalyticsJson(text: string): unknown {
  const body: unknown = JSON.parse(text);
  if (typeof body !== 'object' || body === null) return body;
  const { columns, rows } = body as { columns?: unknown; rows?: unknown };
  if (!Array.isArray(columns) || !Array.isArray(rows) || rows.length === 0) return body;
  const kinds = exactCellKinds(columns);
  if (kinds === undefined || !hasInexactCell(rows, kinds)) return body;
  const textCells: boolean[] = [];
  scanRowNumbers(text, rows, kinds, (row, column, kind, start, end) => replaceCell(rows, row, column, kind, text.slice(start, end)), textCells);
  // Decimal columns whose every string is ours (checked plain decimal text): decodeResult need not check them again.
  const exactColumns: number[] = [];
  kinds.forEach((kind, column) => {
    if (kind === 'decimal' && textCells[column] !== true) exactColumns.push(column);
  });
  markExactTextColumns(body, exactColumns);
  return body;
}

/** Per column, whether its numbers need their source text; `undefined` when no column does. */
function exactCellKinds(columns: unknown[]): (ExactCellKind | undefined)[] | undefined {
  let any = false;
  const kinds = columns.map((column) => {
    const type = (column as { type?: unknown } | null)?.type;
    const kind = typeof type === 'string' ? exactKindOf(type) : undefined;
    if (kind !== undefined) any = true;
    return kind;
  });
  return any ? kinds : undefined;
}

const WRAPPER = /^\s*(?:Nullable|LowCardinality)\s*\(\s*(.*?)\s*\)\s*$/;
const DECIMAL_TYPE = /^(?:Decimal(?:32|64|128|256)?|Numeric)\s*\(/i;
const WIDE_INTEGER_TYPE = /^U?Int(?:64|128|256)$/;
const HOLDS_EXACT = /Decimal|Numeric|Int64|Int128|Int256/i;

/**
 * What a column of ClickHouse type `type` needs, read from the type text alone (this runs on every body, and
 * the full type parser would weigh on bundles that do not decode): `Decimal…` and 64-bit and wider
 * integers, through `Nullable`/`LowCardinality`; any other type that names them (`Array(Decimal…)`,
 * `Tuple(…)`, `Map(…)`) is nested. A type that merely looks so (a `Tuple` with an `Int64` element) is
 * walked for nothing more than a copy of its cells: the converters read text in every numeric type.
 */
function exactKindOf(type: string): ExactCellKind | undefined {
  if (!HOLDS_EXACT.test(type)) return undefined;
  let inner = type.trim();
  for (let match = WRAPPER.exec(inner); match !== null; match = WRAPPER.exec(inner)) inner = match[1]!;
  if (DECIMAL_TYPE.test(inner)) return 'decimal';
  if (WIDE_INTEGER_TYPE.test(inner)) return 'integer';
  return 'nested';
}

/**
 * Whether some cell of those columns may be a number whose digits `JSON.parse` changed. ClickHouse encodes a
 * column one way for a whole response (64-bit integers and Decimals quoted, or not), so a column whose first
 * non-null cell is a string is taken as quoted and costs one look, not a pass over every row: a body of
 * quoted 64-bit integers (the API's default) pays nothing more. A 64-bit column sent as numbers is scanned
 * for one beyond 2^53; a Decimal column sent as numbers always needs its digits.
 */
function hasInexactCell(rows: unknown[], kinds: (ExactCellKind | undefined)[]): boolean {
  for (let c = 0; c < kinds.length; c++) {
    const kind = kinds[c];
    if (kind === undefined) continue;
    let r = 0;
    let first: unknown = null;
    for (; r < rows.length && first === null; r++) first = (rows[r] as unknown[] | undefined)?.[c] ?? null;
    if (kind === 'nested') {
      if (typeof first === 'object' && first !== null) return true;
    } else if (typeof first === 'number') {
      if (kind === 'decimal' || !Number.isSafeInteger(first)) return true;
      for (; r < rows.length; r++) {
        const cell = (rows[r] as unknown[] | undefined)?.[c];
        if (typeof cell === 'number' && !Number.isSafeInteger(cell)) return true;
      }
    }
  }
  return false;
}

/** Puts the exact text of one cell's `source` (a number token or a nested cell) in place of what `JSON.parse` read. */
function replaceCell(rows: unknown[], r: number, c: number, kind: ExactCellKind, source: string): void {
  const row = rows[r] as unknown[];
  if (kind === 'nested') {
    row[c] = parseNumbersAsText(source);
    return;
  }
  const parsed: unknown = row[c];
  if (typeof parsed !== 'number') return; // a string, null, … : decodeResult judges it
  if (kind === 'integer' && Number.isSafeInteger(parsed)) return;
  const exact = decimalTextOfJsonNumber(source);
  if (exact === undefined) return;
  if (kind === 'decimal' || /^-?\d+$/.test(exact)) row[c] = exact;
}

type SourceReviver = (key: string, value: unknown, context?: { source?: string }) => unknown;

const numberSourceReviver: SourceReviver = (_key, value, context) =>
  typeof value === 'number' && typeof context?.source === 'string' ? (decimalTextOfJsonNumber(context.source) ?? value) : value;

let reviverHasSource: boolean | undefined;

/** Whether this runtime's `JSON.parse` hands a reviver the source text (`context.source`). */
export function jsonParseHasSourceText(): boolean {
  if (reviverHasSource === undefined) {
    let source: unknown;
    JSON.parse('[1.0]', ((_key, value, context) => {
      if (typeof value === 'number') source = context?.source;
      return value;
    }) as SourceReviver as never);
    reviverHasSource = source === '1.0';
  }
  return reviverHasSource;
}

/** Forces one path for nested cells (`true`: reviver, `false`: quoting); `undefined` detects again. For tests. */
export function setJsonSourceTextPath(useReviver: boolean | undefined): void {
  reviverHasSource = useReviver;
}

/** JSON text of one cell, parsed with every number as its exact decimal text. */
function parseNumbersAsText(source: string): unknown {
  if (jsonParseHasSourceText()) return JSON.parse(source, numberSourceReviver as never) as unknown;
  return JSON.parse(quoteNumberTokens(source)) as unknown;
}

/** The same JSON text with every number token written as a string of its exact decimal text. */
function quoteNumberTokens(source: string): string {
  let out = '';
  let from = 0;
  let index = 0;
  const length = source.length;
  while (index < length) {
    const code = source.charCodeAt(index);
    if (code === 34) {
      index = endOfString(source, index);
    } else if (code === 45 || (code >= 48 && code <= 57)) {
      const start = index;
      index = endOfNumber(source, index);
      const token = source.slice(start, index);
      out += source.slice(from, start) + JSON.stringify(decimalTextOfJsonNumber(token) ?? token);
      from = index;
    } else {
      index++;
    }
  }
  return out + source.slice(from);
}
