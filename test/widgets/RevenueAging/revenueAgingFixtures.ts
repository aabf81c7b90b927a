/** Hand-made `revenue-aging` rows for the pure tests: two currencies, a hostile name, an amount above 2^53. */
import type { AgingBucket, RevenueAgingRow } from '../../../src/core/queries/revenueAging';

export const HOSTILE_CUSTOMER = '<img src=x onerror=alert(1)>{a|rich}';
/** Above 2^53: a float would round it. */
export const HUGE = 2n ** 53n + 1n;

const total = (currency: string, bucket: AgingBucket, amount: bigint, invoices: bigint): RevenueAgingRow => ({
  customer_id: '',
  customer_name: '',
  currency,
  bucket,
  amount_due: amount,
  invoices,
  is_total: true,
});
const owed = (id: string, name: string, currency: string, bucket: AgingBucket, amount: bigint): RevenueAgingRow => ({
  customer_id: id,
  customer_name: name,
  currency,
  bucket,
  amount_due: amount,
  invoices: 1n,
  is_total: false,
});

/**
 * USD: totals 1,000.00 current, HUGE in 90+, 500.00 in 1–30; the top customers are a hostile
 * name (HUGE, 90+) and Acme (current + 1–30); the rest (300.00 current) is other customers.
 * EUR: one customer without a name, 200.00 in 31–60. As the query orders them (totals first).
 */
export const ROWS: RevenueAgingRow[] = [
  total('EUR', '31-60', 20_000n, 2n),
  owed('cus_eur', '', 'EUR', '31-60', 20_000n),
  total('USD', 'current', 100_000n, 4n),
  total('USD', '1-30', 50_000n, 1n),
  total('USD', '90+', HUGE, 1n),
  owed('cus_hostile', HOSTILE_CUSTOMER, 'USD', '90+', HUGE),
  owed('cus_acme', 'Acme', 'USD', 'current', 70_000n),
  owed('cus_acme', 'Acme', 'USD', '1-30', 50_000n),
];
