/**
 * Which currency RevenueTrend shows: amounts in different currencies are never added together,
 * so the widget shows one at a time and offers the others in a picker.
 */

/** The distinct currencies of the rows, in the order they first appear (the query orders them). */
export function revenueTrendCurrencies(rows: readonly { currency: string }[]): string[] {
  return [...new Set(rows.map((row) => row.currency))];
}

/** The first preference present in `currencies`, else the first currency; `undefined` when there are none. */
export function pickCurrency(currencies: readonly string[], preferences: readonly (string | undefined)[]): string | undefined {
  for (const preference of preferences) if (preference !== undefined && currencies.includes(preference)) return preference;
  return currencies[0];
}
