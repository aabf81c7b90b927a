import { revenueAgingReference, type RevenueAgingInput, type RevenueAgingRow } from '../core/queries/revenueAgingReference';
import type { AnalyticsHookOptions, AnalyticsQueryResult } from './AnalyticsResult';
import { useNamedQuery } from './useNamedQuery';

/** The rows of the `revenue-aging` named query: outstanding amounts per aging bucket, for the top customers and in total, per currency. */
export function useRevenueAging(input: RevenueAgingInput, options?: AnalyticsHookOptions): AnalyticsQueryResult<RevenueAgingRow> {
  return useNamedQuery(revenueAgingReference, input, options);
}
