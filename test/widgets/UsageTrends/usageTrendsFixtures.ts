/** Hand-made `usage-trends` rows for the pure tests: three named series, Other, a gap and a huge count. */
import type { UsageTrendsRow } from '../../../src/core/queries/usageTrends';

export const DAY_1 = new Date('2026-11-01T00:00:00Z');
export const DAY_2 = new Date('2026-11-02T00:00:00Z');
export const DAY_3 = new Date('2026-11-03T00:00:00Z');
export const WINDOW = { from: DAY_1, to: new Date('2026-11-04T00:00:00Z') };
export const HOSTILE = '<img src=x onerror=alert(1)>{a|rich}';
/** Above 2^53: a float would round it. */
export const HUGE = 2n ** 53n + 1n;

const row = (bucket: Date, series: string, signals: bigint, isOther = false): UsageTrendsRow => ({ bucket, series, is_other: isOther, signals });

/** Day 2 has no rows at all (a gap). */
export const ROWS: UsageTrendsRow[] = [
  row(DAY_1, 'email-triage', 10n),
  row(DAY_1, HOSTILE, 4n),
  row(DAY_1, '', 3n, true),
  row(DAY_3, 'email-triage', HUGE),
  row(DAY_3, 'Other', 2n),
  row(DAY_3, '', 1n, true),
];
