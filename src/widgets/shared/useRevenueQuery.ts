'use client';
import type { AnalyticsFetcher } from '../../core/contract';
import type { NamedQueryReference } from '../../core/queries/types';
import type { AnalyticsQueryResult } from '../../react/AnalyticsResult';
import { useNamedQuery } from '../../react/useNamedQuery';
import { useBoundaryRefetch } from '../../ui/ErrorBoundary/BoundaryRefetchContext';
import { useRevenueCurrency, type RevenueCurrency } from './useRevenueCurrency';
import { widgetFrameState, type WidgetFrameState } from './widgetFrameState';

export interface RevenueQuerySetup {
  /** The window's `from` / `to` as the named queries take them. */
  window: { from: string | Date; to: string | Date };
  /** The host's `currency` prop. */
  currency: string | undefined;
  /** The provider's currency. */
  preferred: string;
  fetcher: AnalyticsFetcher | undefined;
  refetchIntervalMs: number | undefined;
  /** False while the widget's settings are wrong: nothing is sent. */
  enabled: boolean;
}

export interface RevenueQuery<Row> {
  /** The currency the amounts are in (the provider's until the window's currencies are known). */
  currency: string;
  /** The currency look-up, for the picker (`RevenueCurrencyPicker`). */
  currencies: RevenueCurrency;
  result: AnalyticsQueryResult<Row>;
  /** The frame state over the look-up and the query; Retry after a render error re-sends both. */
  frame: WidgetFrameState;
}

/**
 * A named query over revenue in one currency (see `useRevenueCurrency`): the currency first, then
 * the query with `input(currency)` (kept while a new one loads), and the frame state over both.
 */
export function useRevenueQuery<Input, Params, Row>(query: NamedQueryReference<Input, Params, Row>, input: (currency: string) => Input, setup: RevenueQuerySetup): RevenueQuery<Row> {
  const currencies = useRevenueCurrency({ input: setup.window, explicit: setup.currency, preferred: setup.preferred, fetcher: setup.fetcher, enabled: setup.enabled });
  const currency = currencies.currency ?? setup.preferred;
  const result = useNamedQuery(query, input(currency), {
    fetcher: setup.fetcher,
    keepPreviousData: true,
    refetchIntervalMs: setup.refetchIntervalMs,
    enabled: setup.enabled && currencies.currency !== undefined,
  });
  const frame = widgetFrameState(currencies.result ? [result, currencies.result] : [result]);
  useBoundaryRefetch(frame.refetchAll);
  return { currency, currencies, result, frame };
}
