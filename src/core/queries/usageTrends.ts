/**
 * `usage-trends`: signals per time bucket and signal name, the top N names over the whole window
 * as their own series and the rest summed into one "other" series — the data of UsageTrends.
 */
import { sql, view, type SqlFragment } from '../sql/sql';
import { defineNamedQuery } from './defineNamedQuery';
import { invalidParams, maxWindowDaysFor, parseTimeWindow } from './params';
import { param } from './paramBuilders';
import { column } from './resultColumns';
import { GRANULARITIES, timeBucket, type Granularity } from './timeBucket';
import type { NamedQuery } from './types';

/** What a caller passes to `usage-trends` (and to `usage-summary`, which reads the same keys). */
export interface UsageTrendsInput {
  /** Start of the window, inclusive: an ISO 8601 date-time with `Z` or an offset, or a Date. */
  from: string | Date;
  /** End of the window, exclusive. At most 2 years after `from` (31 days at hour granularity). */
  to: string | Date;
  /** Bucket size; default `'day'`. Weeks start on Monday. */
  granularity?: Granularity;
  /** IANA zone whose midnights bound the buckets; default `'UTC'`. */
  timeZone?: string;
  /** How many signal names get their own series (1–20, default 5); the rest are summed as "other". */
  topN?: number;
  /** Only this signal name. */
  signalName?: string;
  /** Only this product (agent). */
  productId?: string;
  /** Only this customer — within the scope; it never widens it. */
  customerId?: string;
}

/** The validated params of `usage-trends`. */
export interface UsageTrendsParams {
  from: Date;
  to: Date;
  granularity: Granularity;
  timeZone: string;
  topN: number;
  signalName: string | undefined;
  productId: string | undefined;
  customerId: string | undefined;
}

/**
 * One series in one bucket. Buckets without signals are absent (the chart fills the gaps).
 * The "other" series has `series: ''` and `is_other: true`; its label is the widget's choice.
 */
export interface UsageTrendsRow {
  /** Start of the bucket: local midnight (or hour start) in `timeZone`, as an instant. */
  bucket: Date;
  /** The signal name, or `''` for the "other" series. */
  series: string;
  /** True for the series that sums every signal name outside the top N. */
  is_other: boolean;
  signals: bigint;
}

/** The params `usage-trends` and `usage-summary` declare. */
export const USAGE_PARAMS = {
  from: param.dateTime(),
  to: param.dateTime(),
  granularity: param.enum(GRANULARITIES).default('day'),
  timeZone: param.timeZone().default('UTC'),
  topN: param.integer({ min: 1, max: 20 }).default(5),
  signalName: param.text().optional(),
  productId: param.id().optional(),
  customerId: param.id().optional(),
};

/** The param names of `usage-trends` and `usage-summary`. */
export const USAGE_PARAM_NAMES = Object.keys(USAGE_PARAMS) as (keyof typeof USAGE_PARAMS)[];

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
export function checkUsageWindow(params: Pick<UsageTrendsParams, 'from' | 'to' | 'granularity'>): void {
  parseTimeWindow(params.from, params.to, {
    maxDays: maxWindowDaysFor(params.granularity),
    reason: `at ${params.granularity} granularity`,
  });
}

/**
 * Also refuses a window whose buckets × series could exceed the API's 10,000-row cap (e.g. 31 days
 * of hours with 20 series), rather than returning a silently truncated chart.
 */
function checkRowCap(params: UsageTrendsParams): void {
  const rows = maxBucketCount(params.from, params.to, params.granularity) * (params.topN + 1);
  if (rows > MAX_RESULT_ROWS) {
    throw invalidParams(
      `The window from ${params.from.toISOString()} to ${params.to.toISOString()} at ${params.granularity} granularity with topN ${params.topN} ` +
        `could need ${rows} rows, more than the API's ${MAX_RESULT_ROWS}; shorten the window, use a coarser granularity or a smaller topN`,
    );
  }
}

/**
 * The `fact_signal` filter of the usage queries over `window`: the window first (so the
 * `created_at` index prunes), then the optional filters. The scope is the view's.
 */
export function usageSignalFilter(
  params: Pick<UsageTrendsParams, 'signalName' | 'productId' | 'customerId'>,
  window: { from: Date; to: Date },
): SqlFragment {
  const conditions = [sql`created_at >= ${window.from}`, sql`created_at < ${window.to}`];
  if (params.customerId !== undefined) conditions.push(sql`customer_id = ${params.customerId}`);
  if (params.signalName !== undefined) conditions.push(sql`signal_name = ${params.signalName}`);
  if (params.productId !== undefined) conditions.push(sql`product_id = ${params.productId}`);
  return sql.join(conditions, '\n  AND ');
}

/**
 * Signals per bucket × series over `[from, to)`. The top N names are ranked by their count over
 * the whole window (ties by name), every other name is summed into the one "other" series.
 * Reads `fact_signal` only, scoped. Rows ordered by bucket, then named series by count, then other.
 */
export const usageTrends: NamedQuery<UsageTrendsInput, UsageTrendsParams, UsageTrendsRow> = defineNamedQuery({
  name: 'usage-trends',
  description:
    'Signals per time bucket for the top N signal names over the window, the rest summed as one "other" series.',
  requiredColumns: { fact_signal: ['created_at', 'signal_name', 'customer_id', 'product_id'] },
  params: USAGE_PARAMS,
  refine(params) {
    checkUsageWindow(params);
    checkRowCap(params);
  },
  columns: { bucket: column.datetime(), series: column.string(), is_other: column.bool(), signals: column.uint64() },
  sql: (params) => {
    const bucket = timeBucket(sql`created_at`, params.granularity, params.timeZone);
    // One scan: count per bucket × name, then rank names by their window total (ties by name)
    // over that small result and fold every name past the top N into the "other" series.
    return sql`SELECT
  bucket,
  if(is_other, '', name) AS series,
  is_other,
  sum(bucket_signals) AS signals
FROM (
    SELECT
      bucket,
      name,
      bucket_signals,
      toBool(dense_rank() OVER (ORDER BY name_total DESC, name ASC) > ${params.topN}) AS is_other
    FROM (
        SELECT bucket, name, bucket_signals, sum(bucket_signals) OVER (PARTITION BY name) AS name_total
        FROM (
            -- Grouped by the LowCardinality column itself (dictionary positions, no string per
            -- row); the name becomes text only on the few grouped rows.
            SELECT bucket, toString(signal_name) AS name, bucket_signals
            FROM (
                SELECT ${bucket} AS bucket, signal_name, count() AS bucket_signals
                FROM ${view('fact_signal')}
                WHERE ${usageSignalFilter(params, params)}
                GROUP BY bucket, signal_name
            ) AS grouped
        ) AS per_name
    ) AS ranked_input
) AS ranked
GROUP BY bucket, series, is_other
ORDER BY bucket ASC, is_other ASC, signals DESC, series ASC`;
  },
});

/** Validates the params `usage-trends` takes (what `usageTrends.parseParams` does). */
export function parseUsageTrendsParams(input: unknown): UsageTrendsParams {
  return usageTrends.parseParams(input);
}
