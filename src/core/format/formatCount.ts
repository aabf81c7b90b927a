/** Counts (signals, calls, rows) → localized text, bigint-exact, optionally compact (`1.2M`). */
import { tryDecimalText } from './decimalString';
import { NOT_AVAILABLE } from './formatPercent';
import { formatDecimalText, numberFormat } from './numberFormatCache';

export interface FormatCountOptions {
  locale?: string;
  notation?: 'standard' | 'compact';
  maximumFractionDigits?: number;
}

/**
 * Formats a count exactly: `formatCount(2n ** 64n, { locale: 'en-US' })` → `'18,446,744,073,709,551,616'`;
 * compact notation gives `'18Qi'`-style short forms. Never throws: text with an exponent (`'1e9'`) is read
 * exactly, anything that is not a number (NaN, ±Infinity, `'nan'`, `''`, objects) shows `'—'`.
 */
export function formatCount(value: bigint | number | string, options: FormatCountOptions = {}): string {
  const text = tryDecimalText(value);
  if (text === undefined) return NOT_AVAILABLE;
  const intlOptions: Intl.NumberFormatOptions = {};
  if (options?.notation !== undefined) intlOptions.notation = options.notation;
  if (options?.maximumFractionDigits !== undefined) intlOptions.maximumFractionDigits = options.maximumFractionDigits;
  return formatDecimalText(numberFormat(options?.locale, intlOptions), text);
}
