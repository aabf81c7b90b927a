/** Period-over-period change: the ratio and its signed display (`+12.5%`, `−3%`, `0%`, `—`). */
import { formatPercent, NOT_AVAILABLE, type FormatPercentOptions } from './formatPercent';

export type FormatChangeOptions = Omit<FormatPercentOptions, 'signDisplay'>;

/**
 * The relative change from `previous` to `current` (`0.25` for 80 → 100), or `null` when there is no
 * meaningful ratio: a change from zero (new activity) or a non-finite input. Exact for bigints.
 */
export function changeRatio(current: bigint | number, previous: bigint | number): number | null {
  if (typeof current === 'bigint' || typeof previous === 'bigint') {
    const now = BigInt(current);
    const before = BigInt(previous);
    if (before === 0n) return null;
    // Scale to keep 12 significant fraction digits before converting the quotient to a number.
    const scale = 10n ** 12n;
    return Number(((now - before) * scale) / before) / 1e12;
  }
  if (!Number.isFinite(current) || !Number.isFinite(previous) || previous === 0) return null;
  return (current - previous) / previous;
}

/**
 * Formats a change ratio with its sign: `formatChange(0.125)` → `'+12.5%'`, `formatChange(-0.03)` → `'-3%'`,
 * `formatChange(0)` → `'0%'`. `null`, `undefined`, NaN and ±Infinity (a change from zero) render as `'—'`.
 */
export function formatChange(ratio: number | null | undefined, options: FormatChangeOptions = {}): string {
  if (ratio === null || ratio === undefined || !Number.isFinite(ratio)) return NOT_AVAILABLE;
  return formatPercent(ratio, { ...options, signDisplay: 'exceptZero' });
}
