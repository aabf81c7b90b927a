/**
 * `usage-summary`: the total signals of a window and of the period of the same length just before
 * it — the headline number and "change against the previous period" of UsageTrends.
 *
 * A separate query rather than extra columns on `usage-trends`: it always returns exactly one row
 * (even for an empty window), and the trends rows stay one shape.
 */
import { sql, view } from '../sql/sql';
import { defineNamedQuery } from './defineNamedQuery';
import { column } from './resultColumns';
import type { NamedQuery } from './types';
import { checkUsageWindow, USAGE_PARAMS, usageSignalFilter, type UsageTrendsInput, type UsageTrendsParams } from './usageTrends';

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
export const usageSummary: NamedQuery<UsageSummaryInput, UsageSummaryParams, UsageSummaryRow> = defineNamedQuery({
  name: 'usage-summary',
  description: 'Total signals in the window and in the period of the same length immediately before it.',
  requiredColumns: { fact_signal: ['created_at', 'signal_name', 'customer_id', 'product_id'] },
  params: USAGE_PARAMS,
  refine: checkUsageWindow,
  columns: { current: column.uint64(), previous: column.uint64() },
  sql: (params) => sql`SELECT
  countIf(created_at >= ${params.from}) AS current,
  countIf(created_at < ${params.from}) AS previous
FROM ${view('fact_signal')}
WHERE ${usageSignalFilter(params, { from: previousPeriodStart(params.from, params.to), to: params.to })}`,
});
