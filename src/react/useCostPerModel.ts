import { costPerModelReference, type CostPerModelInput, type CostPerModelRow } from '../core/queries/costPerModelReference';
import type { AnalyticsHookOptions, AnalyticsQueryResult } from './AnalyticsResult';
import { useNamedQuery } from './useNamedQuery';

/** The rows of the `cost-per-model` named query: AI spend per vendor × model with calls, tokens, latency (and cost per signal). */
export function useCostPerModel(input: CostPerModelInput, options?: AnalyticsHookOptions): AnalyticsQueryResult<CostPerModelRow> {
  return useNamedQuery(costPerModelReference, input, options);
}
