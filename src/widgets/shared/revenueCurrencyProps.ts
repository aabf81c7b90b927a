/** The props of a widget showing revenue in one currency (CustomerLeaderboard, Margin). */
export interface RevenueCurrencyProps {
  /**
   * ISO 4217 currency of the revenue (invoices in other currencies are left out).
   * @default the provider's when the window has revenue in it, else the first it has (a picker offers the others)
   */
  currency?: string;
  /**
   * Formats every amount (exact cents, bigint or decimal text).
   * @default the provider's `formatCents` in `currency`
   */
  amountFormatter?: (cents: bigint | string, currency: string) => string;
}
