/**
 * The window checks of the time-series queries (usage-trends, usage-summary, cost-trend), apart
 * from any query's declaration so that a bundle with one of them carries none of the others.
 */
import type { Granularity } from './granularity';
import { invalidParams, maxWindowDaysFor, parseTimeWindow } from './params';

/** The API's result row cap: a series chart must fit in it whole. */
export const MAX_RESULT_ROWS = 10_000;

/** The shortest length of a bucket, in hours (a month is at least 28 days; a DST day 23 hours). */
const SHORTEST_BUCKET_HOURS: Record<Granularity, number> = { hour: 1, day: 23, week: 7 * 24 - 1, month: 28 * 24 - 1 };

/** The most buckets a window can touch at a granularity (a partial bucket at each end included). */
export function maxBucketCount(from: Date, to: Date, granularity: Granularity): number {
  const hours = (to.getTime() - from.getTime()) / 3_600_000;
  return Math.ceil(hours / SHORTEST_BUCKET_HOURS[granularity]) + 1;
}

/** The window checks of the usage queries: `from` before `to`, at most 2 years (31 days of hours). */
export function checkUsageWindow(params: { from: Date; to: Date; granularity: Granularity }): void {
  parseTimeWindow(params.from, params.to, {
    maxDays: maxWindowDaysFor(params.granularity),
    reason: `at ${params.granularity} granularity`,
  });
}

/**
 * Also refuses a window whose buckets × series could exceed the API's 10,000-row cap (e.g. 31 days
 * of hours with 20 series), rather than returning a silently truncated chart.
 */
export function checkUsageRowCap(params: { from: Date; to: Date; granularity: Granularity; topN: number }): void {
  const rows = maxBucketCount(params.from, params.to, params.granularity) * (params.topN + 1);
  if (rows > MAX_RESULT_ROWS) {
    throw invalidParams(
      `The window from ${params.from.toISOString()} to ${params.to.toISOString()} at ${params.granularity} granularity with topN ${params.topN} ` +
        `could need ${rows} rows, more than the API's ${MAX_RESULT_ROWS}; shorten the window, use a coarser granularity or a smaller topN`,
    );
  }
}
