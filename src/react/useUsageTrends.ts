import { usageTrendsReference, type UsageTrendsInput, type UsageTrendsRow } from '../core/queries/usageTrendsReference';
import type { AnalyticsHookOptions, AnalyticsQueryResult } from './AnalyticsResult';
import { useNamedQuery } from './useNamedQuery';

/** The rows of the `usage-trends` named query: signals per bucket for the top N signal names and "other". */
export function useUsageTrends(input: UsageTrendsInput, options?: AnalyticsHookOptions): AnalyticsQueryResult<UsageTrendsRow> {
  return useNamedQuery(usageTrendsReference, input, options);
}
