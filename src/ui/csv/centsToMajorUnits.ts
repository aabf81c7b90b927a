import { shiftDecimalPoint, toDecimalText } from '../../core/format/decimalString';

/**
 * Integer (or fractional Decimal) cents as an exact decimal string in major units, for CSV:
 * `123456n` → `'1234.56'`, `'-5'` → `'-0.05'`, `'1234.5678'` (fractional cents) → `'12.345678'`.
 * Keeps at least `minFractionDigits` (default 2) fraction digits and never rounds. Name the
 * currency in the column header (`'Cost (USD)'`).
 * @throws AnalyticsError `INVALID_PARAMS` for values that are not finite numbers, bigints or
 *   plain decimal strings.
 */
export function centsToMajorUnits(cents: bigint | number | string, minFractionDigits = 2): string {
  const text = shiftDecimalPoint(toDecimalText(cents, 'centsToMajorUnits'), -2);
  const [whole = '0', fraction = ''] = text.split('.');
  const padded = fraction.padEnd(minFractionDigits, '0');
  return padded === '' ? whole : `${whole}.${padded}`;
}
