/**
 * The currencies a widget offers to show money in. Amounts are in ISO 4217 currencies (three
 * upper-case letters, what the named queries' `currency` param accepts); anything else in a
 * currency column (`''`, `'usd '`, `'€'`, a code with a suffix) is no currency to state an amount
 * in, and no choice a person could want.
 */

/** Whether `value` is a well-formed ISO 4217 code: three upper-case letters. */
export function isCurrencyCode(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Z]{3}$/.test(value);
}

/** The distinct well-formed currency codes of the rows, in the order they first appear (the queries order them). */
export function currencyCodesOf(rows: readonly { currency: string }[]): string[] {
  const codes = new Set<string>();
  for (const row of rows) if (isCurrencyCode(row.currency)) codes.add(row.currency);
  return [...codes];
}
