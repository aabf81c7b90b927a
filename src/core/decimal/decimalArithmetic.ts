/**
 * Exact arithmetic on decimal values (decimal text, bigints, finite numbers), returning canonical decimal
 * text. For credits, fractional cents and every Decimal column: no float ever touches the value. Only
 * `divideDecimals` (and `roundDecimal`) round, to a scale the caller states.
 *
 * Every function throws `AnalyticsError` (`INVALID_PARAMS`) for an input that is not a plain decimal
 * (see `toScaledDecimal`), and `divideDecimals` for a zero divisor or a bad scale.
 */
import { AnalyticsError } from '../errors';
import { alignScales, fromScaledDecimal, toScaledDecimal, type DecimalInput } from './scaledDecimal';

/** How a result is rounded to its scale: half away from zero (default), half to even, or toward zero. */
export type DecimalRounding = 'half-up' | 'half-even' | 'down';

/** `a + b`: `addDecimals('0.1', '0.2')` → `'0.3'`. */
export function addDecimals(a: DecimalInput, b: DecimalInput): string {
  const aligned = alignScales(toScaledDecimal(a), toScaledDecimal(b));
  return fromScaledDecimal(aligned.a + aligned.b, aligned.scale);
}

/** `a − b`: `subtractDecimals('1', '0.9')` → `'0.1'`. */
export function subtractDecimals(a: DecimalInput, b: DecimalInput): string {
  const aligned = alignScales(toScaledDecimal(a), toScaledDecimal(b));
  return fromScaledDecimal(aligned.a - aligned.b, aligned.scale);
}

/** `−a`: `negateDecimal('2.50')` → `'-2.5'`; `negateDecimal('0')` → `'0'`. */
export function negateDecimal(a: DecimalInput): string {
  const value = toScaledDecimal(a);
  return fromScaledDecimal(-value.units, value.scale);
}

/** `|a|`. */
export function absDecimal(a: DecimalInput): string {
  const value = toScaledDecimal(a);
  return fromScaledDecimal(value.units < 0n ? -value.units : value.units, value.scale);
}

/** −1, 0 or 1 as `a` is below, equal to or above `b`: `compareDecimals('1.10', '1.1')` → 0. */
export function compareDecimals(a: DecimalInput, b: DecimalInput): -1 | 0 | 1 {
  const aligned = alignScales(toScaledDecimal(a), toScaledDecimal(b));
  return aligned.a < aligned.b ? -1 : aligned.a > aligned.b ? 1 : 0;
}

/** −1, 0 or 1: the sign of `a`. */
export function signOfDecimal(a: DecimalInput): -1 | 0 | 1 {
  const { units } = toScaledDecimal(a);
  return units < 0n ? -1 : units > 0n ? 1 : 0;
}

/** `a × b`, exact (the result's scale is the sum of the inputs'): `multiplyDecimals('1.5', '-0.2')` → `'-0.3'`. */
export function multiplyDecimals(a: DecimalInput, b: DecimalInput): string {
  const x = toScaledDecimal(a);
  const y = toScaledDecimal(b);
  return fromScaledDecimal(x.units * y.units, x.scale + y.scale);
}

/**
 * `a ÷ b` rounded to `scale` fraction digits (0 or more) by `rounding` (default half away from zero):
 * `divideDecimals('1', '3', 4)` → `'0.3333'`, `divideDecimals('2', '3', 0)` → `'1'`.
 * @throws AnalyticsError (`INVALID_PARAMS`) when `b` is zero or `scale` is not a non-negative integer.
 */
export function divideDecimals(a: DecimalInput, b: DecimalInput, scale: number, rounding: DecimalRounding = 'half-up'): string {
  if (!Number.isInteger(scale) || scale < 0) throw invalidParams(`divideDecimals: scale must be a non-negative integer, got ${scale}`);
  const x = toScaledDecimal(a);
  const y = toScaledDecimal(b);
  if (y.units === 0n) throw invalidParams('divideDecimals: division by zero');
  // a / b = (x.units / 10^x.scale) / (y.units / 10^y.scale); as units of 10^-scale:
  // x.units · 10^(scale + y.scale) / (y.units · 10^x.scale)
  let numerator = x.units * 10n ** BigInt(scale + y.scale);
  let denominator = y.units * 10n ** BigInt(x.scale);
  if (denominator < 0n) {
    numerator = -numerator;
    denominator = -denominator;
  }
  return fromScaledDecimal(roundQuotient(numerator, denominator, rounding), scale);
}

/** `a` rounded to `scale` fraction digits: `roundDecimal('2.345', 2)` → `'2.35'`; `('-2.5', 0)` → `'-3'`. */
export function roundDecimal(a: DecimalInput, scale: number, rounding: DecimalRounding = 'half-up'): string {
  return divideDecimals(a, 1n, scale, rounding);
}

/** The exact sum: `sumDecimals(['0.1', '0.2', 3n])` → `'3.3'`; `[]` → `'0'`. */
export function sumDecimals(values: Iterable<DecimalInput>): string {
  let units = 0n;
  let scale = 0;
  for (const value of values) {
    const next = toScaledDecimal(value);
    if (next.scale > scale) {
      units *= 10n ** BigInt(next.scale - scale);
      scale = next.scale;
    }
    units += next.scale === scale ? next.units : next.units * 10n ** BigInt(scale - next.scale);
  }
  return fromScaledDecimal(units, scale);
}

/** The larger of two values (`a` when equal), as canonical text. */
export function maxDecimal(a: DecimalInput, b: DecimalInput): string {
  return compareDecimals(a, b) >= 0 ? canonicalDecimal(a) : canonicalDecimal(b);
}

/** The smaller of two values (`a` when equal), as canonical text. */
export function minDecimal(a: DecimalInput, b: DecimalInput): string {
  return compareDecimals(a, b) <= 0 ? canonicalDecimal(a) : canonicalDecimal(b);
}

/** Canonical text of a value: `canonicalDecimal('007.50')` → `'7.5'`. */
export function canonicalDecimal(a: DecimalInput): string {
  const value = toScaledDecimal(a);
  return fromScaledDecimal(value.units, value.scale);
}

/** `numerator ÷ denominator` (denominator > 0) as an integer, rounded. */
function roundQuotient(numerator: bigint, denominator: bigint, rounding: DecimalRounding): bigint {
  const quotient = numerator / denominator; // truncates toward zero
  const remainder = numerator % denominator;
  if (remainder === 0n || rounding === 'down') return quotient;
  const twice = (remainder < 0n ? -remainder : remainder) * 2n;
  const away = numerator < 0n ? quotient - 1n : quotient + 1n;
  if (twice > denominator) return away;
  if (twice < denominator) return quotient;
  if (rounding === 'half-even') return quotient % 2n === 0n ? quotient : away;
  return away;
}

function invalidParams(message: string): AnalyticsError {
  return new AnalyticsError({ code: 'INVALID_PARAMS', message });
}
