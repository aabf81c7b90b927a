/**
 * `revenue-aging` rows → one currency's aging: the bucket totals (from the query's total rows),
 * the top customers' amounts per bucket, and what the other customers owe. The one shape the
 * chart, the table, the CSV, the headline and the summary read, so they cannot disagree.
 *
 * Currencies are never added together: the breakdown is of one currency, picked from the rows.
 */
import { AGING_BUCKETS, type AgingBucket, type RevenueAgingRow } from '../../core/queries/revenueAging';
import { uniqueLabels } from '../shared/uniqueLabels';

/** One of the customers that owe most. */
export interface RevenueAgingCustomer {
  /** Stable id: `customer-<index>`. */
  id: string;
  customerId: string;
  /** The name as stored (`''` when `dim_customer` has none). */
  customerName: string;
  /** What the legend, tooltip and table show: the name (unique among the customers), else `unnamed (id)`. */
  label: string;
  /** Cents owed per bucket, aligned with `AGING_BUCKETS`. */
  amounts: bigint[];
  /** Cents owed in all buckets. */
  total: bigint;
  /** Cents owed past due (every bucket but `current`). */
  overdue: bigint;
  invoices: bigint;
}

export interface RevenueAgingBreakdown {
  currency: string;
  buckets: readonly AgingBucket[];
  /** Cents owed per bucket by every customer in scope, aligned with `buckets`. */
  bucketTotals: bigint[];
  /** Invoices with something outstanding, per bucket. */
  bucketInvoices: bigint[];
  /** Cents owed in all. */
  total: bigint;
  /** Cents owed past due. */
  overdue: bigint;
  /** The top customers, most owed first (ties by id, as the query orders them). */
  customers: RevenueAgingCustomer[];
  /** Cents owed per bucket by every customer outside `customers` (never negative). */
  others: bigint[];
  othersTotal: bigint;
}

/** The currencies the rows hold, in alphabetical order. */
export function revenueAgingCurrencies(rows: readonly RevenueAgingRow[]): string[] {
  return [...new Set(rows.map((row) => row.currency))].sort();
}

/** The currency to show: the requested one when present, else the first one present; `undefined` for no rows. */
export function pickAgingCurrency(available: readonly string[], preferred: readonly (string | undefined)[]): string | undefined {
  for (const candidate of preferred) if (candidate !== undefined && available.includes(candidate)) return candidate;
  return available[0];
}

const bucketIndex = (bucket: AgingBucket): number => AGING_BUCKETS.indexOf(bucket);

/** The aging of `currency`; `labels.unnamedCustomer` names customers without a name. */
export function revenueAgingBreakdown(rows: readonly RevenueAgingRow[], currency: string, labels: { unnamedCustomer: string }): RevenueAgingBreakdown {
  const zeros = () => AGING_BUCKETS.map(() => 0n);
  const bucketTotals = zeros();
  const bucketInvoices = zeros();
  const byCustomer = new Map<string, { customerName: string; amounts: bigint[]; invoices: bigint }>();
  for (const row of rows) {
    if (row.currency !== currency) continue;
    const index = bucketIndex(row.bucket);
    if (index < 0) continue;
    if (row.is_total) {
      bucketTotals[index]! += row.amount_due;
      bucketInvoices[index]! += row.invoices;
      continue;
    }
    let customer = byCustomer.get(row.customer_id);
    if (!customer) {
      customer = { customerName: row.customer_name, amounts: zeros(), invoices: 0n };
      byCustomer.set(row.customer_id, customer);
    }
    customer.amounts[index]! += row.amount_due;
    customer.invoices += row.invoices;
  }

  const entries = [...byCustomer.entries()].map(([customerId, customer]) => {
    const total = customer.amounts.reduce((sum, amount) => sum + amount, 0n);
    return { customerId, ...customer, total, overdue: total - customer.amounts[0]! };
  });
  // Most owed first; ties by id (the query's order, kept even if rows arrive shuffled).
  entries.sort((a, b) => (a.total === b.total ? (a.customerId < b.customerId ? -1 : a.customerId > b.customerId ? 1 : 0) : a.total > b.total ? -1 : 1));
  const shownNames = uniqueLabels(entries.map((entry) => (entry.customerName === '' ? `${labels.unnamedCustomer} ${entry.customerId}` : entry.customerName)));
  const customers = entries.map((entry, index) => ({ id: `customer-${index}`, label: shownNames[index]!, ...entry }));

  const others = bucketTotals.map((bucketTotal, index) => {
    const rest = customers.reduce((sum, customer) => sum - customer.amounts[index]!, bucketTotal);
    return rest > 0n ? rest : 0n;
  });
  const total = bucketTotals.reduce((sum, amount) => sum + amount, 0n);
  return {
    currency,
    buckets: AGING_BUCKETS,
    bucketTotals,
    bucketInvoices,
    total,
    overdue: total - bucketTotals[0]!,
    customers,
    others,
    othersTotal: others.reduce((sum, amount) => sum + amount, 0n),
  };
}

/** `part / whole` as a ratio for a percentage, from exact bigints (0 when `whole` is 0). */
export function shareOf(part: bigint, whole: bigint): number {
  if (whole === 0n) return 0;
  // Six significant decimals of the ratio before leaving bigints: exact enough for a percentage.
  return Number((part * 1_000_000n) / whole) / 1_000_000;
}
