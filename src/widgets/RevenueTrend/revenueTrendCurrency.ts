/**
 * Which currency RevenueTrend shows: amounts in different currencies are never added together,
 * so the widget shows one at a time and offers the others in a picker.
 */
import { currencyCodesOf } from '../shared/currencyCodes';

/**
 * The currencies the rows are in, each once, in the order they first appear (the query orders
 * them); only well-formed ISO 4217 codes (see `currencyCodesOf`): rows in anything else are never
 * shown as money, and the picker never offers it.
 */
export function revenueTrendCurrencies(rows: readonly { currency: string }[]): string[] {
  return currencyCodesOf(rows);
}

/** The first preference present in `currencies`, else the first currency; `undefined` when there are none. */
export function pickCurrency(currencies: readonly string[], preferences: readonly (string | undefined)[]): string | undefined {
  for (const preference of preferences) if (preference !== undefined && currencies.includes(preference)) return preference;
  return currencies[0];
}
