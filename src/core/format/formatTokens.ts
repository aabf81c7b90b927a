/**
 * AI token counts → short localized numbers. Compact by default (`1.2M`, `850K`, `532`): token counts are
 * large and read at a glance. The result is the number only — the unit ("tokens") belongs to the column
 * header, axis name or legend, where it can be translated.
 */
import { formatCount, type FormatCountOptions } from './formatCount';

export type FormatTokensOptions = FormatCountOptions;

/**
 * Formats a token count: `formatTokens(1_234_567n)` → `'1.2M'` (en-US);
 * `{ notation: 'standard' }` gives the exact `'1,234,567'`.
 */
export function formatTokens(value: bigint | number | string, options: FormatTokensOptions = {}): string {
  return formatCount(value, { notation: 'compact', ...options });
}
