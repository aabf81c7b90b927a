import { usageSummaryReference, type UsageSummaryInput, type UsageSummaryRow } from '../core/queries/usageSummaryReference';
import type { AnalyticsHookOptions, AnalyticsQueryResult } from './AnalyticsResult';
import { useNamedQuery } from './useNamedQuery';

/** The one row of the `usage-summary` named query: signals in the window and in the period before it. */
export function useUsageSummary(input: UsageSummaryInput, options?: AnalyticsHookOptions): AnalyticsQueryResult<UsageSummaryRow> {
  return useNamedQuery(usageSummaryReference, input, options);
}
