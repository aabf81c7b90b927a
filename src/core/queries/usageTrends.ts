/**
 * `usage-trends`: signals per time bucket and signal name, the top N names over the whole window
 * as their own series and the rest summed into one "other" series — the data of UsageTrends.
 * The params and columns live in `usageTrendsReference.ts` (what the browser imports).
 */
import { sql, view, type SqlFragment } from '../sql/sql';
import { defineNamedQuery } from './defineNamedQuery';
import { timeBucket } from './timeBucket';
import type { NamedQuery } from './types';
import { USAGE_TRENDS_DECLARATION, type UsageTrendsInput, type UsageTrendsParams, type UsageTrendsRow } from './usageTrendsReference';

export {
  checkUsageWindow,
  maxBucketCount,
  MAX_RESULT_ROWS,
  USAGE_PARAM_NAMES,
  USAGE_PARAMS,
  type UsageTrendsInput,
  type UsageTrendsParams,
  type UsageTrendsRow,
} from './usageTrendsReference';

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
  ...USAGE_TRENDS_DECLARATION,
  description:
    'Signals per time bucket for the top N signal names over the window, the rest summed as one "other" series.',
  requiredColumns: { fact_signal: ['created_at', 'signal_name', 'customer_id', 'product_id'] },
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
