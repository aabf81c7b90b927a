/** Counts (signals, calls, rows) → localized text, bigint-exact, optionally compact (`1.2M`). */
import { toDecimalText } from './decimalString';
import { formatDecimalText, numberFormat } from './numberFormatCache';

export interface FormatCountOptions {
  locale?: string;
  notation?: 'standard' | 'compact';
  maximumFractionDigits?: number;
}

/**
 * Formats a count exactly: `formatCount(2n ** 64n, { locale: 'en-US' })` → `'18,446,744,073,709,551,616'`;
 * compact notation gives `'18Qi'`-style short forms.
 * @throws AnalyticsError (`INVALID_PARAMS`) for NaN, ±Infinity, exponent strings or other non-decimals.
 */
export function formatCount(value: bigint | number | string, options: FormatCountOptions = {}): string {
  const intlOptions: Intl.NumberFormatOptions = {};
  if (options.notation !== undefined) intlOptions.notation = options.notation;
  if (options.maximumFractionDigits !== undefined) intlOptions.maximumFractionDigits = options.maximumFractionDigits;
  return formatDecimalText(numberFormat(options.locale, intlOptions), toDecimalText(value, 'formatCount'));
}
