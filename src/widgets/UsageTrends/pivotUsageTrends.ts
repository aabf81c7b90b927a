/**
 * `usage-trends` rows (one per bucket × series, empty buckets absent) → one value per bucket for
 * every series: the shape the chart, the table, the CSV and the summary all read, so they
 * cannot disagree.
 */
import type { UsageTrendsRow } from '../../core/queries/usageTrends';
import { mergeTimeBuckets } from '../shared/timeBuckets';
import { uniqueLabels } from '../shared/uniqueLabels';

/** One series: a signal name, or every name outside the top N. */
export interface UsageTrendsSeries {
  /** Stable id: `signal:<name>` or `other`. */
  id: string;
  /** What the legend, tooltip and table header show (unique among the series). */
  label: string;
  /** The signal name as stored (`''` for the Other series). */
  signalName: string;
  isOther: boolean;
  /** Signals per bucket, aligned with `buckets`; `0n` where the bucket had none. */
  values: bigint[];
  total: bigint;
}

export interface UsageTrendsPivot {
  /** Every bucket of the window, in order (gaps included). */
  buckets: Date[];
  /** Named series by total (largest first, ties by name), then Other. */
  series: UsageTrendsSeries[];
  /** Signals per bucket over all series. */
  bucketTotals: bigint[];
  /** Signals in the window. */
  total: bigint;
}

export interface PivotUsageTrendsLabels {
  /** The Other series' label. */
  other: string;
  /** The label of a signal whose name is `''`. */
  unnamedSignal: string;
}

/**
 * Pivots rows onto `windowBuckets` (from `listTimeBuckets`); a row whose bucket is not among
 * them adds its bucket, so no signal is ever dropped. Exact: counts stay bigint.
 */
export function pivotUsageTrends(
  rows: readonly UsageTrendsRow[],
  windowBuckets: readonly Date[],
  labels: PivotUsageTrendsLabels,
): UsageTrendsPivot {
  const buckets = mergeTimeBuckets(windowBuckets, rows.map((row) => row.bucket));
  const index = new Map(buckets.map((bucket, position) => [bucket.getTime(), position]));
  const byId = new Map<string, Omit<UsageTrendsSeries, 'label'>>();
  for (const row of rows) {
    const id = row.is_other ? 'other' : `signal:${row.series}`;
    let series = byId.get(id);
    if (!series) {
      series = { id, signalName: row.is_other ? '' : row.series, isOther: row.is_other, values: buckets.map(() => 0n), total: 0n };
      byId.set(id, series);
    }
    const position = index.get(row.bucket.getTime())!;
    series.values[position] = series.values[position]! + row.signals;
    series.total += row.signals;
  }
  const ordered = [...byId.values()].sort((a, b) => {
    if (a.isOther !== b.isOther) return a.isOther ? 1 : -1;
    if (a.total !== b.total) return a.total > b.total ? -1 : 1;
    return a.signalName < b.signalName ? -1 : a.signalName > b.signalName ? 1 : 0;
  });
  const names = uniqueLabels(
    ordered.map((series) => (series.isOther ? labels.other : series.signalName === '' ? labels.unnamedSignal : series.signalName)),
  );
  const series = ordered.map((item, position) => ({ ...item, label: names[position]! }));
  const bucketTotals = buckets.map((_, position) => series.reduce((sum, item) => sum + item.values[position]!, 0n));
  return { buckets, series, bucketTotals, total: bucketTotals.reduce((sum, value) => sum + value, 0n) };
}
