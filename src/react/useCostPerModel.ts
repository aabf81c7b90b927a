import { costPerModel, type CostPerModelInput, type CostPerModelRow } from '../core/queries/costPerModel';
import type { AnalyticsHookOptions, AnalyticsQueryResult } from './AnalyticsResult';
import { useNamedQuery } from './useNamedQuery';

/** The rows of the `cost-per-model` named query: AI spend per vendor × model with calls, tokens, latency (and cost per signal). */
export function useCostPerModel(input: CostPerModelInput, options?: AnalyticsHookOptions): AnalyticsQueryResult<CostPerModelRow> {
  return useNamedQuery(costPerModel, input, options);
}
