'use client';
import { CurrencyControl } from './CurrencyControl';
import type { RevenueCurrency } from './useRevenueCurrency';

/** The picker of the currencies the window has revenue in; nothing when there is one or none (or the host named one). */
export function RevenueCurrencyPicker({ currencies, value, label }: { currencies: RevenueCurrency; value: string; label: string }) {
  return currencies.options.length > 1 ? <CurrencyControl value={value} options={currencies.options} onChange={currencies.pick} label={label} /> : null;
}
