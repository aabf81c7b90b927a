'use client';
import { useMemo, useState } from 'react';
import type { AnalyticsFetcher } from '../../core/contract';
import { revenueByProduct } from '../../core/queries/cookbook/revenue';
import { useNamedQuery } from '../../react/useNamedQuery';
import { currencyCodesOf } from './currencyCodes';
import type { FrameQueryResult } from './widgetFrameState';

export interface RevenueCurrencyOptions {
  /** The window's `from` / `to` as the named queries take them. */
  input: { from: string | Date; to: string | Date };
  /** The host's currency prop: when given, used as is and nothing is asked. */
  explicit: string | undefined;
  /** The provider's currency: preferred when the window has revenue in it. */
  preferred: string;
  fetcher: AnalyticsFetcher | undefined;
  enabled: boolean;
}

export interface RevenueCurrency {
  /** The currency to ask revenue in; `undefined` until the window's currencies are known. */
  currency: string | undefined;
  /** Every currency the window has posted revenue in (for a picker when there are several). */
  options: readonly string[];
  /** The user's pick among `options`. */
  pick: (currency: string) => void;
  /** The currencies' request, for the frame's loading and error states (`undefined` when explicit). */
  result: FrameQueryResult | undefined;
}

/**
 * The currency revenue and margin are shown in. Amounts in different currencies are never added
 * together, and asking in a currency nobody was invoiced in would show every customer at zero
 * revenue — a wrong number that looks right. So, unless the host names one, the currencies the
 * window has posted revenue in are read first (`revenue-by-product`, a small query), and the
 * provider's currency is used only when it is among them; otherwise the first one, with a picker.
 * Only well-formed ISO 4217 codes count (`currencyCodesOf`): a malformed one is no currency to ask in.
 */
export function useRevenueCurrency(options: RevenueCurrencyOptions): RevenueCurrency {
  const [picked, setPicked] = useState<string | undefined>(undefined);
  const lookup = options.explicit === undefined;
  const result = useNamedQuery(revenueByProduct, { ...options.input }, { fetcher: options.fetcher, keepPreviousData: true, enabled: options.enabled && lookup });
  const currencies = useMemo(() => currencyCodesOf(result.data ?? []), [result.data]);
  if (!lookup) return { currency: options.explicit, options: [], pick: setPicked, result: undefined };
  if (result.data === undefined) return { currency: undefined, options: [], pick: setPicked, result };
  const currency = [picked, options.preferred].find((candidate) => candidate !== undefined && currencies.includes(candidate)) ?? currencies[0] ?? options.preferred;
  return { currency, options: currencies, pick: setPicked, result };
}
