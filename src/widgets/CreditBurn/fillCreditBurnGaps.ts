/**
 * `credit-burn` rows (buckets without transactions absent, except the first) → one point per
 * bucket of the window: a quiet bucket grants and spends nothing and keeps the balance of the
 * bucket before it. What the chart, the table, the CSV and the headline all read.
 */
import { signOfDecimal } from '../../core/decimal/decimalArithmetic';
import type { CreditBurnRow } from '../../core/queries/creditBurn';
import { mergeTimeBuckets } from '../shared/timeBuckets';

/** One bucket of the chart: a `credit-burn` row, real or filled. */
export type CreditBurnPoint = CreditBurnRow;

/**
 * Lays `rows` onto `windowBuckets` (from `listTimeBuckets`), carrying the balance through empty
 * buckets. A bucket only a row carries is kept, so nothing is dropped. Exact: amounts stay decimal text.
 */
export function fillCreditBurnGaps(rows: readonly CreditBurnRow[], windowBuckets: readonly Date[]): CreditBurnPoint[] {
  const byTime = new Map(rows.map((row) => [row.bucket.getTime(), row]));
  const buckets = mergeTimeBuckets(windowBuckets, rows.map((row) => row.bucket));
  let balance = '0';
  return buckets.map((bucket) => {
    const row = byTime.get(bucket.getTime());
    if (row) {
      balance = row.balance;
      return row;
    }
    return { bucket, granted: '0', spent: '0', pending: '0', balance };
  });
}

/** True when the window has no movement and no balance: nothing to draw. */
export function isCreditBurnEmpty(points: readonly CreditBurnPoint[]): boolean {
  return points.every((point) => [point.granted, point.spent, point.pending, point.balance].every((amount) => signOfDecimal(amount) === 0));
}
