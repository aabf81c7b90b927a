/**
 * Exact decimals as scaled integers: `'-12.345'` is `{ units: -12345n, scale: 3 }`. The arithmetic in
 * `decimalArithmetic.ts` works on these and returns canonical decimal text.
 */
import { numberToDecimalText } from '../decode/numberToDecimalText';
import { AnalyticsError } from '../errors';

/** A decimal value: `units × 10^-scale`. */
export interface ScaledDecimal {
  units: bigint;
  scale: number;
}

/** A decimal value as the library carries it: decimal text (`'-12.345'`), a bigint, or a finite number. */
export type DecimalInput = string | bigint | number;

const DECIMAL_INPUT = /^([+-]?)(\d*)(?:\.(\d*))?$/;

/**
 * The exact value of a decimal input. Accepts text like `'12'`, `'-0.0423150000'`, `'+.5'`, `'7.'`, bigints
 * and finite numbers (by their shortest round-trip digits, `0.1` → `'0.1'`).
 * @throws AnalyticsError (`INVALID_PARAMS`) for NaN, ±Infinity, exponent text (`'1e3'`), empty text and anything else.
 */
export function toScaledDecimal(value: DecimalInput): ScaledDecimal {
  if (typeof value === 'bigint') return { units: value, scale: 0 };
  let text: string;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw notDecimal(value);
    text = numberToDecimalText(value);
  } else if (typeof value === 'string') {
    text = value;
  } else {
    throw notDecimal(value);
  }
  const match = DECIMAL_INPUT.exec(text);
  const whole = match?.[2] ?? '';
  const fraction = match?.[3] ?? '';
  if (!match || (whole === '' && fraction === '')) throw notDecimal(value);
  const magnitude = BigInt(whole + fraction || '0');
  return { units: match[1] === '-' ? -magnitude : magnitude, scale: fraction.length };
}

/** Whether a value is a decimal input `toScaledDecimal` accepts. */
export function isDecimalInput(value: unknown): value is DecimalInput {
  if (typeof value === 'bigint') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value !== 'string') return false;
  const match = DECIMAL_INPUT.exec(value);
  return match !== null && (match[2] !== '' || (match[3] ?? '') !== '');
}

/**
 * Canonical decimal text of `units × 10^-scale`: no `+`, no leading zeros, no trailing fraction zeros,
 * `'0'` for every zero (`-12340n`, 3 → `'-12.34'`).
 */
export function fromScaledDecimal(units: bigint, scale: number): string {
  const negative = units < 0n;
  let digits = (negative ? -units : units).toString();
  if (scale <= 0) return units === 0n ? '0' : `${negative ? '-' : ''}${digits}${'0'.repeat(-scale)}`;
  digits = digits.padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  let end = digits.length;
  while (end > whole.length && digits.charCodeAt(end - 1) === 48) end--;
  const fraction = digits.slice(whole.length, end);
  const text = fraction === '' ? whole : `${whole}.${fraction}`;
  return negative && text !== '0' ? `-${text}` : text;
}

/** Both values' units at the larger of their scales, so they can be added or compared. */
export function alignScales(a: ScaledDecimal, b: ScaledDecimal): { a: bigint; b: bigint; scale: number } {
  if (a.scale === b.scale) return { a: a.units, b: b.units, scale: a.scale };
  if (a.scale > b.scale) return { a: a.units, b: b.units * 10n ** BigInt(a.scale - b.scale), scale: a.scale };
  return { a: a.units * 10n ** BigInt(b.scale - a.scale), b: b.units, scale: b.scale };
}

function notDecimal(value: unknown): AnalyticsError {
  const shown = typeof value === 'string' ? JSON.stringify(value.slice(0, 40)) : typeof value === 'symbol' ? 'a symbol' : String(value);
  return new AnalyticsError({
    code: 'INVALID_PARAMS',
    message: `Not a plain decimal value (digits with an optional point, no exponent): ${shown}`,
  });
}
