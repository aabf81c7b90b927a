/**
 * `revenue-aging` rows → one currency's aging: the bucket totals (from the query's total rows),
 * the top customers' amounts per bucket, and what the other customers owe. The one shape the
 * chart, the table, the CSV, the headline and the summary read, so they cannot disagree.
 *
 * Currencies are never added together: the breakdown is of one currency, picked from the rows.
 */
import { AGING_BUCKETS, type AgingBucket, type RevenueAgingRow } from '../../core/queries/revenueAgingReference';
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
  /** Cents owed per bucket, aligned with the breakdown's `buckets`. */
  amounts: bigint[];
  /** Cents owed in all buckets. */
  total: bigint;
  /** Cents owed past due (every bucket but `current`). */
  overdue: bigint;
  invoices: bigint;
}

export interface RevenueAgingBreakdown {
  currency: string;
  /**
   * The five known buckets in order, then any bucket the data names that this version does not
   * know (shown under its own name, never dropped: its money is part of the total).
   */
  buckets: readonly (AgingBucket | string)[];
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

/**
 * The aging of `currency`; `labels.unnamedCustomer` names customers without a name. Buckets the
 * library does not know are kept after the known ones. A bucket without its total row (a partial
 * answer) takes the sum of its customers' rows, so money owed is never hidden behind an empty state.
 */
export function revenueAgingBreakdown(rows: readonly RevenueAgingRow[], currency: string, labels: { unnamedCustomer: string }): RevenueAgingBreakdown {
  const ofCurrency = rows.filter((row) => row.currency === currency);
  const buckets: (AgingBucket | string)[] = [...AGING_BUCKETS];
  for (const row of ofCurrency) if (!buckets.includes(row.bucket)) buckets.push(row.bucket);
  const position = new Map(buckets.map((bucket, index) => [bucket, index]));
  const zeros = () => buckets.map(() => 0n);
  const totalRows = zeros();
  const hasTotalRow = buckets.map(() => false);
  const bucketInvoices = zeros();
  const customerInvoices = zeros();
  const byCustomer = new Map<string, { customerName: string; amounts: bigint[]; invoices: bigint }>();
  for (const row of ofCurrency) {
    const index = position.get(row.bucket)!;
    if (row.is_total) {
      totalRows[index]! += row.amount_due;
      bucketInvoices[index]! += row.invoices;
      hasTotalRow[index] = true;
      continue;
    }
    let customer = byCustomer.get(row.customer_id);
    if (!customer) {
      customer = { customerName: row.customer_name ?? '', amounts: zeros(), invoices: 0n };
      byCustomer.set(row.customer_id, customer);
    }
    customer.amounts[index]! += row.amount_due;
    customer.invoices += row.invoices;
    customerInvoices[index]! += row.invoices;
  }

  const entries = [...byCustomer.entries()].map(([customerId, customer]) => {
    const total = customer.amounts.reduce((sum, amount) => sum + amount, 0n);
    return { customerId, ...customer, total, overdue: total - customer.amounts[0]! };
  });
  // Most owed first; ties by id (the query's order, kept even if rows arrive shuffled).
  entries.sort((a, b) => (a.total === b.total ? (a.customerId < b.customerId ? -1 : a.customerId > b.customerId ? 1 : 0) : a.total > b.total ? -1 : 1));
  const shownNames = uniqueLabels(entries.map((entry) => (entry.customerName === '' ? `${labels.unnamedCustomer} ${entry.customerId}` : entry.customerName)));
  const customers = entries.map((entry, index) => ({ id: `customer-${index}`, label: shownNames[index]!, ...entry }));

  const customersPerBucket = buckets.map((_, index) => customers.reduce((sum, customer) => sum + customer.amounts[index]!, 0n));
  const bucketTotals = buckets.map((_, index) => (hasTotalRow[index] ? totalRows[index]! : customersPerBucket[index]!));
  for (const [index, present] of hasTotalRow.entries()) if (!present) bucketInvoices[index] = customerInvoices[index]!;
  const others = bucketTotals.map((bucketTotal, index) => {
    const rest = bucketTotal - customersPerBucket[index]!;
    return rest > 0n ? rest : 0n;
  });
  const total = bucketTotals.reduce((sum, amount) => sum + amount, 0n);
  return {
    currency,
    buckets,
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
