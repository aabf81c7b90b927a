/**
 * The table view of RevenueAging — the customers that owe most, one row each, with what they owe
 * per aging bucket and in total — and its CSV: the same rows and columns, amounts as exact major
 * units (`'1234.56'`) under headers naming the currency, so a spreadsheet reads them as numbers.
 */
import type { DataTableColumn } from '../../ui/DataTable/types';
import { centsToMajorUnits } from '../../ui/csv/centsToMajorUnits';
import { tableColumnsToCsv } from '../../ui/csv/tableColumnsToCsv';
import { toCsv } from '../../ui/csv/toCsv';
import type { RevenueAgingBreakdown, RevenueAgingCustomer } from './revenueAgingBreakdown';
import { agingBucketLabel, type RevenueAgingLabels } from './revenueAgingLabels';

export interface RevenueAgingColumnsInput {
  breakdown: RevenueAgingBreakdown;
  /** Exact cents in the breakdown's currency. */
  formatAmount: (cents: bigint) => string;
  labels: Pick<RevenueAgingLabels, 'customer' | 'buckets' | 'total'>;
}

/** The rows of the table: the top customers, most owed first. */
export function revenueAgingTableRows(breakdown: RevenueAgingBreakdown): RevenueAgingCustomer[] {
  return breakdown.customers;
}

/**
 * The rows pinned under the customers: "Other customers" (everyone outside the top ones, when
 * they owe anything) and the total, which equals the headline's outstanding amount.
 */
export function revenueAgingFooterRows(breakdown: RevenueAgingBreakdown, labels: Pick<RevenueAgingLabels, 'otherCustomers' | 'total'>): RevenueAgingCustomer[] {
  const row = (id: string, label: string, amounts: bigint[], total: bigint): RevenueAgingCustomer => ({
    id,
    customerId: '',
    customerName: '',
    label,
    amounts,
    total,
    overdue: total - (amounts[0] ?? 0n),
    invoices: 0n,
  });
  return [
    ...(breakdown.othersTotal > 0n ? [row('other', labels.otherCustomers, breakdown.others, breakdown.othersTotal)] : []),
    row('total', labels.total, breakdown.bucketTotals, breakdown.total),
  ];
}

/** Customer, one column per bucket, total. Amounts sort as exact bigints, largest first on the first click. */
export function revenueAgingColumns(input: RevenueAgingColumnsInput): DataTableColumn<RevenueAgingCustomer>[] {
  const { breakdown, formatAmount, labels } = input;
  const amount = (id: string, header: string, read: (customer: RevenueAgingCustomer) => bigint): DataTableColumn<RevenueAgingCustomer> => ({
    id,
    header,
    value: read,
    format: (value) => formatAmount(value as bigint),
    align: 'end',
    sortDescFirst: true,
    csv: { header: `${header} (${breakdown.currency})`, value: (customer) => centsToMajorUnits(read(customer)) },
  });
  return [
    { id: 'customer', header: labels.customer, value: (customer) => customer.label },
    ...breakdown.buckets.map((bucket, index) => amount(`bucket-${bucket}`, agingBucketLabel(bucket, labels.buckets), (customer) => customer.amounts[index]!)),
    amount('total', labels.total, (customer) => customer.total),
  ];
}

/** The CSV of exactly the table: its columns, its rows, in data order. */
export function revenueAgingCsv(columns: readonly DataTableColumn<RevenueAgingCustomer>[], rows: readonly RevenueAgingCustomer[]): string {
  return toCsv(tableColumnsToCsv(columns), rows);
}
