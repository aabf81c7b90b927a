/**
 * Exact decimal text for formatting: values arrive as bigint, number or decimal string (a Decimal column),
 * and are turned into canonical text (`'-1234.5'`) so that `Intl.NumberFormat` formats them without float
 * noise (Node ≥ 20 and modern browsers format decimal strings exactly).
 */
import { decimalTextOfJsonNumber } from '../decode/jsonNumberText';
import { numberToDecimalText } from '../decode/numberToDecimalText';
import { AnalyticsError } from '../errors';

const DECIMAL_TEXT = /^([+-]?)(\d*)(?:\.(\d*))?$/;

function invalidValue(formatter: string, value: unknown): AnalyticsError {
  const shown = typeof value === 'string' ? JSON.stringify(value) : String(value);
  return new AnalyticsError({
    code: 'INVALID_PARAMS',
    message: `${formatter}: expected a finite number, a bigint or a plain decimal string (no exponent), got ${shown}`,
  });
}

/**
 * Canonical exact decimal text of a value: no `+`, no leading zeros, no trailing fraction zeros, `'0'` for
 * any zero. Accepts bigints, finite numbers and strings like `'12'`, `'-0.0423150000'`, `'.5'`.
 * @throws AnalyticsError (`INVALID_PARAMS`) for NaN, ±Infinity, exponent strings (`'1e3'`) and non-numbers.
 */
export function toDecimalText(value: bigint | number | string, formatter = 'format'): string {
  let text: string;
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw invalidValue(formatter, value);
    text = numberToDecimalText(value);
  } else if (typeof value === 'string') {
    text = value;
  } else {
    throw invalidValue(formatter, value);
  }
  const match = DECIMAL_TEXT.exec(text);
  if (!match) throw invalidValue(formatter, value);
  const sign = match[1] === '-' ? '-' : '';
  const whole = (match[2] ?? '').replace(/^0+/, '');
  const fraction = (match[3] ?? '').replace(/0+$/, '');
  if ((match[2] ?? '') === '' && (match[3] ?? '') === '') throw invalidValue(formatter, value);
  if (whole === '' && fraction === '') return '0';
  return `${sign}${whole === '' ? '0' : whole}${fraction === '' ? '' : `.${fraction}`}`;
}

/**
 * Canonical exact decimal text of any value, or `undefined` when it is not a number — never throws. Besides
 * what `toDecimalText` takes, it reads text with an exponent exactly (`'1e3'` → `'1000'`, `'2.5E-7'`) and
 * ignores surrounding spaces: what a `String` column may hold. `''`, `'nan'`, `'inf'`, objects → `undefined`.
 */
export function tryDecimalText(value: unknown): string | undefined {
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'number') return Number.isFinite(value) ? toDecimalText(value) : undefined;
  if (typeof value !== 'string' || value.length > 1000) return undefined;
  const text = value.trim();
  if (!DECIMAL_TEXT.test(text)) {
    const expanded = decimalTextOfJsonNumber(text.startsWith('+') ? text.slice(1) : text);
    return expanded === undefined ? undefined : toDecimalText(expanded);
  }
  try {
    return toDecimalText(text);
  } catch {
    return undefined; // '', '.', '-'
  }
}

/** Moves the decimal point of canonical decimal text: `shiftDecimalPoint('1234.5', -2)` → `'12.345'`. */
export function shiftDecimalPoint(text: string, places: number): string {
  if (text === '0') return text;
  const negative = text.startsWith('-');
  const unsigned = negative ? text.slice(1) : text;
  const [whole = '', fraction = ''] = unsigned.split('.');
  const digits = whole + fraction;
  const pointAt = whole.length + places;
  let result: string;
  if (pointAt <= 0) result = `0.${'0'.repeat(-pointAt)}${digits}`;
  else if (pointAt >= digits.length) result = digits + '0'.repeat(pointAt - digits.length);
  else result = `${digits.slice(0, pointAt)}.${digits.slice(pointAt)}`;
  // Re-canonicalize: strip leading zeros of the whole part and trailing zeros of the fraction.
  const [w = '', f = ''] = result.split('.');
  const wholePart = w.replace(/^0+(?=\d)/, '');
  const fractionPart = f.replace(/0+$/, '');
  return `${negative ? '-' : ''}${wholePart}${fractionPart === '' ? '' : `.${fractionPart}`}`;
}

/**
 * How many zeros follow the decimal point before the first non-zero digit, when the whole part is 0
 * (`'0.00042'` → 3); `undefined` when the whole part is not zero or the value is zero.
 */
export function leadingFractionZeros(text: string): number | undefined {
  const unsigned = text.startsWith('-') ? text.slice(1) : text;
  if (!unsigned.startsWith('0.')) return undefined;
  const fraction = unsigned.slice(2);
  const first = fraction.search(/[1-9]/);
  return first < 0 ? undefined : first;
}
