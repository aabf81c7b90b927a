/**
 * The credits currencies the current scope actually uses, most spent first (the last 90 days,
 * through the proxy with the scope's fetcher: the cookbook's `credit-flow` named query, which a
 * customer's scope may run). The demo opens a customer's credit widgets on the currency they use,
 * not on one they never bought.
 */
import { useMemo } from 'react';
import { compareDecimals } from '../src/core/decimal';
import type { AnalyticsFetcher } from '../src/core/contract';
import { creditFlow } from '../src/core/queries/cookbook/billing';
import { resolveTimeRange } from '../src/core/time/timeRange';
import { useNamedQuery } from '../src/react/useNamedQuery';
import type { DemoCreditsCurrency } from './demoCatalog';

export function useScopeCreditsCurrencies(fetcher: AnalyticsFetcher, timeZone: string, enabled: boolean): DemoCreditsCurrency[] | undefined {
  const window = useMemo(() => resolveTimeRange('90d', { now: new Date(), timeZone }), [timeZone]);
  const flows = useNamedQuery(creditFlow, window, { fetcher, enabled });
  return useMemo(() => {
    if (!enabled || !flows.data) return undefined;
    return [...flows.data]
      .filter((row) => compareDecimals(row.spent, '0') > 0 || compareDecimals(row.balance, '0') !== 0)
      .sort((a, b) => compareDecimals(b.spent, a.spent) || compareDecimals(b.balance, a.balance))
      .map((row) => ({ id: row.credits_currency_id, name: row.currency_name || row.credits_currency_id }));
  }, [enabled, flows.data]);
}
