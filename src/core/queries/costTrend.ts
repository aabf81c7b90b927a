/**
 * `cost-trend`: AI cost per time bucket by vendor, model or product — the top N over the whole
 * window as their own series, the rest summed into one "other" series — the data of CostTrend.
 */
import { sql, view, type SqlFragment } from '../sql/sql';
import { defineNamedQuery } from './defineNamedQuery';
import { invalidParams } from './params';
import { param } from './paramBuilders';
import { column } from './resultColumns';
import { GRANULARITIES, timeBucket, type Granularity } from './timeBucket';
import type { NamedQuery } from './types';
import { checkUsageWindow, maxBucketCount, MAX_RESULT_ROWS } from './usageTrends';

/** What one cost series is: a vendor, a model or a product (agent). */
export const COST_TREND_GROUPS = ['vendor', 'model', 'product'] as const;
export type CostTrendGroup = (typeof COST_TREND_GROUPS)[number];

/** What a caller passes to `cost-trend`. */
export interface CostTrendInput {
  /** Start of the window, inclusive: an ISO 8601 date-time with `Z` or an offset, or a Date. */
  from: string | Date;
  /** End of the window, exclusive. At most 2 years after `from` (31 days at hour granularity). */
  to: string | Date;
  /** Bucket size; default `'day'`. Weeks start on Monday. */
  granularity?: Granularity;
  /** IANA zone whose midnights bound the buckets; default `'UTC'`. */
  timeZone?: string;
  /** What a series is; default `'vendor'`. */
  groupBy?: CostTrendGroup;
  /** How many vendors / models / products get their own series (1–20, default 5); the rest are summed as "other". */
  topN?: number;
  /** Only this product (agent). */
  productId?: string;
  /** Only this customer — within the scope; it never widens it. */
  customerId?: string;
  /** Only this vendor (exact match, e.g. `openai`). */
  vendor?: string;
}

/** The validated params of `cost-trend`. */
export interface CostTrendParams {
  from: Date;
  to: Date;
  granularity: Granularity;
  timeZone: string;
  groupBy: CostTrendGroup;
  topN: number;
  productId: string | undefined;
  customerId: string | undefined;
  vendor: string | undefined;
}

/**
 * One series in one bucket. Buckets without calls are absent (the chart fills the gaps). The
 * "other" series has `series: ''` and `is_other: true`; its label is the widget's choice.
 */
export interface CostTrendRow {
  /** Start of the bucket: local midnight (or hour start) in `timeZone`, as an instant. */
  bucket: Date;
  /** The vendor, the model or the product id; `''` for the "other" series. */
  series: string;
  /** What to show for the series: the vendor, the model, or the product's name (`''` when unknown or "other"). */
  series_label: string;
  /** True for the series that sums everything outside the top N. */
  is_other: boolean;
  /** `SUM(cost_amount)`: exact fractional cents as decimal text. */
  cost_amount: string;
  /** AI calls. */
  calls: bigint;
}

/** The SQL expression naming a call's series for `groupBy` (a code constant per value, never input). */
function seriesKey(groupBy: CostTrendGroup): SqlFragment {
  switch (groupBy) {
    // The LowCardinality columns themselves: grouped by dictionary position, text made afterwards.
    case 'vendor':
      return sql`vendor`;
    case 'model':
      return sql`model`;
    case 'product':
      return sql`product_id`;
  }
}

function costFilter(params: CostTrendParams): SqlFragment {
  const conditions = [sql`created_at >= ${params.from}`, sql`created_at < ${params.to}`];
  if (params.customerId !== undefined) conditions.push(sql`customer_id = ${params.customerId}`);
  if (params.productId !== undefined) conditions.push(sql`product_id = ${params.productId}`);
  if (params.vendor !== undefined) conditions.push(sql`vendor = ${params.vendor}`);
  return sql.join(conditions, '\n            AND ');
}

/** Refuses a window whose buckets × series could exceed the API's row cap (never a silently cut chart). */
function checkRowCap(params: CostTrendParams): void {
  const rows = maxBucketCount(params.from, params.to, params.granularity) * (params.topN + 1);
  if (rows > MAX_RESULT_ROWS) {
    throw invalidParams(
      `The window from ${params.from.toISOString()} to ${params.to.toISOString()} at ${params.granularity} granularity with topN ${params.topN} ` +
        `could need ${rows} rows, more than the API's ${MAX_RESULT_ROWS}; shorten the window, use a coarser granularity or a smaller topN`,
    );
  }
}

/**
 * AI cost per bucket × series over `[from, to)`. The top N vendors / models / products are ranked
 * by their cost over the whole window (ties by key); every other one is summed into the "other"
 * series. Reads `fact_cost` (scoped) and, for products, `dim_product` for names. `cost_amount`
 * is rendered with `toString`, so it arrives exact whatever the API's JSON settings. Rows ordered
 * by bucket, then named series by cost, then other.
 */
export const costTrend: NamedQuery<CostTrendInput, CostTrendParams, CostTrendRow> = defineNamedQuery({
  name: 'cost-trend',
  description: 'AI cost per time bucket for the top N vendors, models or products over the window, the rest summed as one "other" series.',
  requiredColumns: {
    fact_cost: ['created_at', 'cost_amount', 'vendor', 'model', 'product_id', 'customer_id'],
    dim_product: ['id', 'name'],
  },
  params: {
    from: param.dateTime(),
    to: param.dateTime(),
    granularity: param.enum(GRANULARITIES).default('day'),
    timeZone: param.timeZone().default('UTC'),
    groupBy: param.enum(COST_TREND_GROUPS).default('vendor'),
    topN: param.integer({ min: 1, max: 20 }).default(5),
    productId: param.id().optional(),
    customerId: param.id().optional(),
    vendor: param.text().optional(),
  },
  refine(params) {
    checkUsageWindow(params);
    checkRowCap(params);
  },
  columns: {
    bucket: column.datetime(),
    series: column.string(),
    series_label: column.string(),
    is_other: column.bool(),
    cost_amount: column.decimal(),
    calls: column.uint64(),
  },
  sql: (params) => {
    const bucket = timeBucket(sql`created_at`, params.granularity, params.timeZone);
    // Product series are named from dim_product; vendors and models are their own names.
    const label =
      params.groupBy === 'product'
        ? sql`if(totals.is_other, '', ifNull(products.name, ''))`
        : sql`totals.series`;
    const products =
      params.groupBy === 'product'
        ? sql`LEFT JOIN (SELECT id, toString(name) AS name FROM ${view('dim_product')}) AS products ON products.id = totals.series`
        : sql``;
    // One scan: cost per bucket × key, then rank keys by their window total (ties by key) over
    // that small result and fold every key past the top N into the "other" series.
    return sql`SELECT
  totals.bucket AS bucket,
  totals.series AS series,
  ${label} AS series_label,
  totals.is_other AS is_other,
  toString(totals.cost) AS cost_amount,
  totals.calls AS calls
FROM (
    SELECT
      bucket,
      if(is_other, '', key) AS series,
      is_other,
      sum(bucket_cost) AS cost,
      sum(bucket_calls) AS calls
    FROM (
        SELECT
          bucket,
          key,
          bucket_cost,
          bucket_calls,
          toBool(dense_rank() OVER (ORDER BY key_total DESC, key ASC) > ${params.topN}) AS is_other
        FROM (
            SELECT bucket, key, bucket_cost, bucket_calls, sum(bucket_cost) OVER (PARTITION BY key) AS key_total
            FROM (
                SELECT bucket, toString(key_column) AS key, bucket_cost, bucket_calls
                FROM (
                    SELECT ${bucket} AS bucket, ${seriesKey(params.groupBy)} AS key_column, sum(cost_amount) AS bucket_cost, count() AS bucket_calls
                    FROM ${view('fact_cost')}
                    WHERE ${costFilter(params)}
                    GROUP BY bucket, key_column
                ) AS grouped
            ) AS per_key
        ) AS ranked_input
    ) AS ranked
    GROUP BY bucket, series, is_other
) AS totals
${products}
ORDER BY bucket ASC, is_other ASC, totals.cost DESC, series ASC`;
  },
});
