'use client';
import { useMemo } from 'react';
import type { Formatters } from '../../core/format/createFormatters';

/**
 * How a widget writes an amount of cents in `currency`: the host's `amountFormatter` when given,
 * else the provider's `formatCents`. Stable while its inputs are.
 */
export function useAmountFormat<Cents extends bigint | string>(
  amountFormatter: ((cents: Cents, currency: string) => string) | undefined,
  currency: string,
  formatters: Formatters,
): (cents: Cents) => string {
  return useMemo(
    () => (amountFormatter ? (cents: Cents) => amountFormatter(cents, currency) : (cents: Cents) => formatters.cents(cents, { currency })),
    [amountFormatter, currency, formatters],
  );
}
