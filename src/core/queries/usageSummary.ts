/**
 * `usage-summary`: the total signals of a window and of the period of the same length just before
 * it — the headline number and "change against the previous period" of UsageTrends.
 *
 * A separate query rather than extra columns on `usage-trends`: it always returns exactly one row
 * (even for an empty window), and the trends rows stay one shape.
 */
import { sqlDateTime } from '../sql/sqlDateTime';
import { parseUsageTrendsParams, usageSignalFilter, type UsageTrendsInput, type UsageTrendsParams } from './usageTrends';
import type { NamedQuery } from './types';

/** Takes the same params as `usage-trends` (granularity, time zone and topN are validated, not used). */
export type UsageSummaryInput = UsageTrendsInput;
export type UsageSummaryParams = UsageTrendsParams;

/** Exactly one row. */
export interface UsageSummaryRow {
  /** Signals in `[from, to)`. */
  current: bigint;
  /** Signals in `[from − (to − from), from)`. */
  previous: bigint;
}

/** The start of the period of the same length immediately before `[from, to)`. */
export function previousPeriodStart(from: Date, to: Date): Date {
  return new Date(from.getTime() - (to.getTime() - from.getTime()));
}

/**
 * Signals in the window and in the previous period of equal length, with the same filters and
 * scope. One scan of `fact_signal` over both periods.
 */
export const usageSummary: NamedQuery<UsageSummaryInput, UsageSummaryParams, UsageSummaryRow> = {
  name: 'usage-summary',
  description: 'Total signals in the window and in the period of the same length immediately before it.',
  requiredColumns: { fact_signal: ['created_at', 'signal_name', 'customer_id', 'product_id'] },
  parseParams: (input) => parseUsageTrendsParams(input, 'usage-summary'),
  toSql(params, scope) {
    const filter = usageSignalFilter(params, scope, { from: previousPeriodStart(params.from, params.to), to: params.to });
    const from = sqlDateTime(params.from);
    return `SELECT
  countIf(created_at >= ${from}) AS current,
  countIf(created_at < ${from}) AS previous
FROM fact_signal
WHERE ${filter}`;
  },
};
