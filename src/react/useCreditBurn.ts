import { creditBurnReference, type CreditBurnInput, type CreditBurnRow } from '../core/queries/creditBurnReference';
import type { AnalyticsHookOptions, AnalyticsQueryResult } from './AnalyticsResult';
import { useNamedQuery } from './useNamedQuery';

/** The rows of the `credit-burn` named query: credits granted, spent and pending per bucket, with the running balance. */
export function useCreditBurn(input: CreditBurnInput, options?: AnalyticsHookOptions): AnalyticsQueryResult<CreditBurnRow> {
  return useNamedQuery(creditBurnReference, input, options);
}
