/**
 * `cost-trend`: AI cost per time bucket by vendor, model or product — the top N over the whole
 * window as their own series, the rest summed into one "other" series — the data of CostTrend.
 */
import { sql, view, type SqlFragment } from '../sql/sql';
import { COST_TREND_DECLARATION, type CostTrendGroup, type CostTrendInput, type CostTrendParams, type CostTrendRow } from './costTrendReference';
import { defineNamedQuery } from './defineNamedQuery';
import { timeBucket } from './timeBucket';
import type { NamedQuery } from './types';

export * from './costTrendReference';

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

/**
 * AI cost per bucket × series over `[from, to)`. The top N vendors / models / products are ranked
 * by their cost over the whole window (ties by key); every other one is summed into the "other"
 * series. Reads `fact_cost` (scoped) and, for products, `dim_product` for names. `cost_amount`
 * is rendered with `toString`, so it arrives exact whatever the API's JSON settings. Rows ordered
 * by bucket, then named series by cost, then other.
 */
export const costTrend: NamedQuery<CostTrendInput, CostTrendParams, CostTrendRow> = defineNamedQuery({
  ...COST_TREND_DECLARATION,
  description: 'AI cost per time bucket for the top N vendors, models or products over the window, the rest summed as one "other" series.',
  requiredColumns: {
    fact_cost: ['created_at', 'cost_amount', 'vendor', 'model', 'product_id', 'customer_id'],
    dim_product: ['id', 'name'],
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
