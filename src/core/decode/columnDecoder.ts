/**
 * One converter per column, chosen once from its parsed ClickHouse type (DESIGN.md's table), so that
 * decoding a row is a tight loop with no per-cell type dispatch. A converter returns the decoded value or
 * throws `CellDecodeError` saying what was wrong with the cell.
 */
import { isoDateFromEpochDays, readIsoDateFields } from './calendarDate';
import type { ClickHouseType } from './clickhouseType';
import { parseDateTimeText } from './dateTimeText';
import { numberToDecimalText } from './numberToDecimalText';
import { CellDecodeError, describeValue } from './decodeError';
import { wallTimeConverter, type WallTimeToInstant } from './zonedTime';

/** Converts one wire value of a column to its decoded value; throws `CellDecodeError` on a bad value. */
export type ValueConverter = (value: unknown) => unknown;

const INTEGER_TEXT = /^-?\d+$/;

function fail(expected: string, value: unknown): never {
  throw new CellDecodeError(`expected ${expected}, got ${describeValue(value)}`);
}

/** (U)Int8/16/32: a JSON integer (or integer text) within the type's range → number. */
function smallInteger(bits: number, signed: boolean): ValueConverter {
  const min = signed ? -(2 ** (bits - 1)) : 0;
  const max = signed ? 2 ** (bits - 1) - 1 : 2 ** bits - 1;
  const expected = `an integer from ${min} to ${max}`;
  return (value) => {
    let number = Number.NaN;
    if (typeof value === 'number') number = value;
    else if (typeof value === 'string' && INTEGER_TEXT.test(value)) number = Number(value);
    if (Number.isInteger(number) && number >= min && number <= max) return number;
    return fail(expected, value);
  };
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * The value of `-?digits` text of at most 15 characters (exact as a double), read while checking it; NaN
 * for anything else (`''`, `'-'`, `' 1'`, `'1e3'`, `'0x1F'`).
 */
function shortIntegerValue(text: string, length: number): number {
  const negative = text.charCodeAt(0) === 45;
  let index = negative ? 1 : 0;
  if (index === length) return Number.NaN;
  let value = 0;
  for (; index < length; index++) {
    const digit = text.charCodeAt(index) - 48;
    if (digit < 0 || digit > 9) return Number.NaN;
    value = value * 10 + digit;
  }
  return negative ? -value : value;
}

/**
 * (U)Int64/128/256: a JSON string of digits (the API quotes them) or a JSON integer → exact bigint, within the
 * type's range (a negative UInt64 or an Int64 past 2^63 − 1 is a wrong response, never a silently odd number).
 * Strings of up to 15 characters are read as a Number while checked (exact below 10^15, and much faster
 * than BigInt's string parser);
 * longer ones go to `BigInt(text)` after a cheap guard on the ends, which BigInt alone would not give:
 * it also accepts `''`, `' 1'`, `'0x1F'` and `'0b1'`; anything else malformed it rejects with a SyntaxError.
 */
function bigInteger(bits: number, signed: boolean): ValueConverter {
  const min = signed ? -(2n ** BigInt(bits - 1)) : 0n;
  const max = signed ? 2n ** BigInt(bits - 1) - 1n : 2n ** BigInt(bits) - 1n;
  const expected = `an integer from ${min} to ${max} (a JSON string of digits)`;
  return (value) => {
    if (typeof value === 'string') {
      const length = value.length;
      if (length <= 15) {
        // |value| < 10^15: within every 64-bit and wider range; only an unsigned type refuses a negative.
        const digits = shortIntegerValue(value, length);
        if (digits === digits && (signed || digits >= 0)) return BigInt(digits);
      } else {
        const first = value.charCodeAt(0);
        const second = value.charCodeAt(1);
        const guarded =
          isDigitCode(value.charCodeAt(length - 1)) &&
          (first === 45 ? isDigitCode(second) : isDigitCode(first) && (first !== 48 || isDigitCode(second)));
        if (guarded) {
          let big: bigint | undefined;
          try {
            big = BigInt(value);
          } catch {
            // fall through to the error below
          }
          if (big !== undefined && big >= min && big <= max) return big;
        }
      }
    } else if (typeof value === 'number') {
      if (Number.isInteger(value)) {
        const big = BigInt(value);
        if (big >= min && big <= max) return big;
      }
    } else if (typeof value === 'bigint') {
      if (value >= min && value <= max) return value;
    }
    return fail(expected, value);
  };
}

const FLOAT_WORDS: Record<string, number> = {
  inf: Infinity,
  '+inf': Infinity,
  '-inf': -Infinity,
  infinity: Infinity,
  '+infinity': Infinity,
  '-infinity': -Infinity,
  nan: Number.NaN,
  '+nan': Number.NaN,
  '-nan': Number.NaN,
};
const FLOAT_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** Float32/Float64. ClickHouse writes NaN/±inf as `null` by default (or as `"nan"`/`"inf"` when quoted): both decode. */
const float: ValueConverter = (value) => {
  if (typeof value === 'number') return value;
  if (typeof value === 'string') {
    if (FLOAT_TEXT.test(value)) return Number(value);
    const word = FLOAT_WORDS[value.toLowerCase()];
    if (word !== undefined) return word;
  } else if (value === null) {
    return Number.NaN;
  }
  return fail('a number', value);
};

/** `-?digits(.digits)?`. A regular expression: on V8 it checks 30-character text faster than a character loop. */
const DECIMAL_TEXT = /^-?\d+(?:\.\d+)?$/;

/**
 * Decimal(P, S): exact text as sent. `parseAnalyticsJson` (what `createHttpFetcher` uses) has already turned a
 * Decimal sent as a JSON number into its exact text; a number that reaches this converter anyway (a host's
 * own fetcher that used `JSON.parse`) becomes its shortest decimal text, exact up to 15 significant digits.
 */
const decimal: ValueConverter = (value) => {
  if (typeof value === 'string') {
    if (DECIMAL_TEXT.test(value)) return value;
  } else if (typeof value === 'number') {
    if (Number.isFinite(value)) return numberToDecimalText(value);
  }
  return fail('a decimal number', value);
};

/**
 * A Decimal column whose strings `parseAnalyticsJson` wrote itself from checked number tokens (see
 * `exactTextColumns.ts`): a string is kept as it is; anything else goes through the full check.
 */
const checkedDecimal: ValueConverter = (value) => (typeof value === 'string' ? value : decimal(value));

const bool: ValueConverter = (value) => {
  if (typeof value === 'boolean') return value;
  if (value === 1 || value === 0) return value === 1;
  if (value === 'true' || value === 'false') return value === 'true';
  return fail('a boolean', value);
};

const text: ValueConverter = (value) => (typeof value === 'string' ? value : fail('a string', value));

/** Days from 1970-01-01 that still give a four-digit-year IsoDate (0001-01-01 … 9999-12-31). */
const MIN_EPOCH_DAYS = -719_162;
const MAX_EPOCH_DAYS = 2_932_896;

const date: ValueConverter = (value) => {
  if (typeof value === 'string') {
    if (value.length === 10 && readIsoDateFields(value) !== undefined) return value;
  } else if (typeof value === 'number' && Number.isInteger(value) && value >= MIN_EPOCH_DAYS && value <= MAX_EPOCH_DAYS) {
    return isoDateFromEpochDays(value);
  }
  return fail("a date 'YYYY-MM-DD'", value);
};

function dateTime(timeZone: string | undefined): ValueConverter {
  // Resolved on the first non-null cell, so an empty column in a zone the host does not know still decodes.
  let toInstant: WallTimeToInstant | undefined;
  return (value) => {
    if (toInstant === undefined) {
      try {
        toInstant = wallTimeConverter(timeZone);
      } catch {
        throw new CellDecodeError(`the time zone ${JSON.stringify(timeZone)} is not known to this host's Intl`);
      }
    }
    let ms = Number.NaN;
    if (typeof value === 'string') ms = parseDateTimeText(value, toInstant);
    else if (typeof value === 'number') ms = Math.round(value * 1000); // a Unix timestamp in seconds
    if (ms === ms && ms <= 8.64e15 && ms >= -8.64e15) return new Date(ms);
    return fail("a date-time 'YYYY-MM-DD hh:mm:ss'", value);
  };
}

function enumeration(entries: { name: string; value: number }[]): ValueConverter {
  const names = new Map(entries.map((e) => [e.value, e.name]));
  return (value) => {
    if (typeof value === 'string') return value;
    if (typeof value === 'number') {
      const name = names.get(value);
      if (name !== undefined) return name;
    }
    return fail('an enum name', value);
  };
}

function nullable(inner: ValueConverter): ValueConverter {
  return (value) => (value === null ? null : inner(value));
}

function inElement(index: number | string, convert: ValueConverter, value: unknown): unknown {
  try {
    return convert(value);
  } catch (error) {
    if (error instanceof CellDecodeError) {
      throw new CellDecodeError(`at ${typeof index === 'number' ? `[${index}]` : JSON.stringify(index)}: ${error.message}`);
    }
    throw error;
  }
}

function array(element: ValueConverter): ValueConverter {
  return (value) => {
    if (!Array.isArray(value)) return fail('an array', value);
    const out = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) out[i] = inElement(i, element, value[i]);
    return out;
  };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function tuple(elements: { name: string | undefined; convert: ValueConverter }[], named: boolean): ValueConverter {
  return (value) => {
    let positional: unknown[];
    if (Array.isArray(value)) {
      if (value.length !== elements.length) return fail(`a tuple of ${elements.length}`, value);
      positional = value;
    } else if (named && isPlainObject(value)) {
      positional = elements.map((e) => (Object.hasOwn(value, e.name!) ? value[e.name!] : fail(`a tuple with "${e.name}"`, value)));
    } else {
      return fail('a tuple', value);
    }
    if (!named) return elements.map((e, i) => inElement(i, e.convert, positional[i]));
    return Object.fromEntries(elements.map((e, i) => [e.name!, inElement(e.name!, e.convert, positional[i])]));
  };
}

/** Map(K, V): a JSON object (keys stay strings, as JSON has them) of converted values. */
function map(convertValue: ValueConverter): ValueConverter {
  return (value) => {
    if (!isPlainObject(value)) return fail('an object (a Map)', value);
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, inElement(key, convertValue, inner)]));
  };
}

/** JSON / Object('json'): an object passes through; JSON text is parsed. */
const json: ValueConverter = (value) => {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return fail('JSON text', value);
  }
};

const identity: ValueConverter = (value) => value;

/**
 * The converter for a parsed type. Building one never throws; a DateTime column in a zone the host's
 * `Intl` does not know fails on its first non-null cell. `decimalTextChecked`: the column's strings are
 * known-good decimal text (a top-level Decimal column marked by `parseAnalyticsJson`).
 */
export function createValueConverter(type: ClickHouseType, decimalTextChecked = false): ValueConverter {
  switch (type.kind) {
    case 'integer':
      return type.bits <= 32 ? smallInteger(type.bits, type.signed) : bigInteger(type.bits, type.signed);
    case 'float':
      return float;
    case 'decimal':
      return decimalTextChecked ? checkedDecimal : decimal;
    case 'bool':
      return bool;
    case 'string':
      return text;
    case 'enum':
      return enumeration(type.entries);
    case 'date':
      return date;
    case 'dateTime':
      return dateTime(type.timeZone);
    case 'nullable':
      return nullable(createValueConverter(type.inner, decimalTextChecked));
    case 'lowCardinality':
      return createValueConverter(type.inner, decimalTextChecked);
    case 'array':
      return array(createValueConverter(type.element));
    case 'tuple':
      return tuple(
        type.elements.map((e) => ({ name: e.name, convert: createValueConverter(e.type) })),
        type.named,
      );
    case 'map':
      return map(createValueConverter(type.value));
    case 'json':
      return json;
    case 'dynamic':
    case 'unknown':
      return identity;
  }
}
