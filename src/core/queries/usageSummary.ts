/**
 * `usage-summary`: the total signals of a window and of the period of the same length just before
 * it — the headline number and "change against the previous period" of UsageTrends.
 *
 * A separate query rather than extra columns on `usage-trends`: it always returns exactly one row
 * (even for an empty window), and the trends rows stay one shape.
 */
import { sql, view } from '../sql/sql';
import { defineNamedQuery } from './defineNamedQuery';
import type { NamedQuery } from './types';
import { usageSignalFilter } from './usageTrends';
import {
  previousPeriodStart,
  USAGE_SUMMARY_DECLARATION,
  type UsageSummaryInput,
  type UsageSummaryParams,
  type UsageSummaryRow,
} from './usageSummaryReference';

export { previousPeriodStart, type UsageSummaryInput, type UsageSummaryParams, type UsageSummaryRow } from './usageSummaryReference';

/**
 * Signals in the window and in the previous period of equal length, with the same filters and
 * scope. One scan of `fact_signal` over both periods.
 */
export const usageSummary: NamedQuery<UsageSummaryInput, UsageSummaryParams, UsageSummaryRow> = defineNamedQuery({
  ...USAGE_SUMMARY_DECLARATION,
  description: 'Total signals in the window and in the period of the same length immediately before it.',
  requiredColumns: { fact_signal: ['created_at', 'signal_name', 'customer_id', 'product_id'] },
  sql: (params) => sql`SELECT
  countIf(created_at >= ${params.from}) AS current,
  countIf(created_at < ${params.from}) AS previous
FROM ${view('fact_signal')}
WHERE ${usageSignalFilter(params, { from: previousPeriodStart(params.from, params.to), to: params.to })}`,
});
