/**
 * Durations in milliseconds (latencies, query times) → short localized text in the one unit that reads
 * best: `850 ms`, `1.2 sec`, `3 min`, `2.5 hr`, `3 days` (en-US short units via `Intl`; other locales use
 * their own words).
 */
import { NOT_AVAILABLE } from './formatPercent';
import { numberFormat } from './numberFormatCache';

export interface FormatDurationOptions {
  locale?: string;
  /** `'short'` (default: `1.2 sec`), `'narrow'` (`1.2s`) or `'long'` (`1.2 seconds`). */
  unitDisplay?: 'short' | 'narrow' | 'long';
}

const UNITS: { unit: string; ms: number; limit: number; digits: number }[] = [
  { unit: 'millisecond', ms: 1, limit: 1000, digits: 0 },
  { unit: 'second', ms: 1000, limit: 60, digits: 1 },
  { unit: 'minute', ms: 60_000, limit: 60, digits: 1 },
  { unit: 'hour', ms: 3_600_000, limit: 24, digits: 1 },
  { unit: 'day', ms: 86_400_000, limit: Infinity, digits: 1 },
];

/**
 * Formats milliseconds: under a second in whole ms, then seconds, minutes, hours and days with at most one
 * decimal. The unit is chosen after rounding (999.7 ms is `1 s`, not `1,000 ms`). NaN/±Infinity give `'—'`.
 */
export function formatDuration(ms: number, options: FormatDurationOptions = {}): string {
  if (typeof ms !== 'number' || !Number.isFinite(ms)) return NOT_AVAILABLE;
  const magnitude = Math.abs(ms);
  for (const { unit, ms: size, limit, digits } of UNITS) {
    const factor = 10 ** digits;
    const rounded = Math.round((magnitude / size) * factor) / factor;
    if (rounded < limit) {
      return numberFormat(options?.locale, {
        style: 'unit',
        unit,
        unitDisplay: options?.unitDisplay ?? 'short',
        maximumFractionDigits: digits,
      }).format(ms < 0 ? -rounded : rounded);
    }
  }
  return NOT_AVAILABLE; // unreachable: the last unit has no limit
}
