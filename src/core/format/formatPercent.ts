/** Ratios → localized percentages (`0.125` → `'12.5%'`). */
import { numberFormat } from './numberFormatCache';

export interface FormatPercentOptions {
  locale?: string;
  /** Default 0. */
  minimumFractionDigits?: number;
  /** Default 1. */
  maximumFractionDigits?: number;
  signDisplay?: Intl.NumberFormatOptions['signDisplay'];
}

/** What a ratio that cannot be shown (null, NaN, ±Infinity) renders as. */
export const NOT_AVAILABLE = '—';

/**
 * Formats a ratio as a percentage: `formatPercent(0.125)` → `'12.5%'`. NaN and ±Infinity (a share of
 * zero, say) render as `'—'`, never as `'NaN%'`.
 */
export function formatPercent(ratio: number, options: FormatPercentOptions = {}): string {
  if (typeof ratio !== 'number' || !Number.isFinite(ratio)) return NOT_AVAILABLE;
  const given = options ?? {};
  const intlOptions: Intl.NumberFormatOptions = {
    style: 'percent',
    minimumFractionDigits: given.minimumFractionDigits ?? 0,
    maximumFractionDigits: Math.max(given.maximumFractionDigits ?? 1, given.minimumFractionDigits ?? 0),
  };
  if (given.signDisplay !== undefined) intlOptions.signDisplay = given.signDisplay;
  return numberFormat(given.locale, intlOptions).format(ratio);
}
