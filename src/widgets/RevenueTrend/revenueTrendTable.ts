/**
 * The table view of RevenueTrend — one row per period of the chart (gaps included), revenue and
 * cash side by side with their counts, and the total row (equal to the headline) — and its CSV:
 * periods as ISO dates, amounts as exact major units with the currency in the header.
 */
import type { RevenueTrendRow } from '../../core/queries/revenueTrendReference';
import { centsToMajorUnits } from '../../ui/csv/centsToMajorUnits';
import type { DataTableColumn } from '../../ui/DataTable/types';
import type { TimeSeriesTableRow } from '../../ui/TimeSeriesChart/useTimeSeries';
import type { RevenueTrendLabels } from './revenueTrendLabels';

/** One period (or, with `bucket: null`, the total). Amounts are exact cents. */
export interface RevenueTrendTableRow {
  bucket: Date | null;
  /** The period as the chart's tooltip words it (partial periods with their real dates). */
  label: string;
  /** The period's first day `YYYY-MM-DD` (CSV); the total's label on the total row. */
  isoLabel: string;
  partial: boolean;
  invoiced: bigint;
  invoices: bigint;
  collected: bigint;
  payments: bigint;
}

export interface RevenueTrendTable {
  rows: RevenueTrendTableRow[];
  /** The total row: every period's sums (the headline's numbers). */
  total: RevenueTrendTableRow;
}

/**
 * The rows of one currency laid on the chart's periods (`periods`: the time-series model's table
 * rows, every bucket of the window). A row whose bucket is not among them cannot happen (the
 * model merges every row's bucket), but would still count in the total.
 */
export function revenueTrendTable(rows: readonly RevenueTrendRow[], periods: readonly TimeSeriesTableRow[], totalLabel: string): RevenueTrendTable {
  const byTime = new Map<number, RevenueTrendRow[]>();
  for (const row of rows) byTime.set(row.bucket.getTime(), [...(byTime.get(row.bucket.getTime()) ?? []), row]);
  const sum = (list: readonly RevenueTrendRow[], field: 'invoiced' | 'invoices' | 'collected' | 'payments') => list.reduce((total, row) => total + row[field], 0n);
  const tableRows = periods
    .filter((period) => period.bucket !== null)
    .map((period): RevenueTrendTableRow => {
      const list = byTime.get(period.bucket!.getTime()) ?? [];
      return {
        bucket: period.bucket,
        label: period.label,
        isoLabel: period.isoLabel,
        partial: period.partial,
        invoiced: sum(list, 'invoiced'),
        invoices: sum(list, 'invoices'),
        collected: sum(list, 'collected'),
        payments: sum(list, 'payments'),
      };
    });
  return {
    rows: tableRows,
    total: { bucket: null, label: totalLabel, isoLabel: totalLabel, partial: false, invoiced: sum(rows, 'invoiced'), invoices: sum(rows, 'invoices'), collected: sum(rows, 'collected'), payments: sum(rows, 'payments') },
  };
}

export interface RevenueTrendColumnsInput {
  currency: string;
  formatAmount: (cents: bigint) => string;
  formatCount: (count: bigint) => string;
  labels: Pick<RevenueTrendLabels, 'period' | 'invoiced' | 'invoices' | 'collected' | 'payments'>;
}

/** Period, revenue, invoices, cash collected, payments. Amounts and counts sort exactly as bigints. */
export function revenueTrendColumns({ currency, formatAmount, formatCount, labels }: RevenueTrendColumnsInput): DataTableColumn<RevenueTrendTableRow>[] {
  const amount = (id: 'invoiced' | 'collected', header: string): DataTableColumn<RevenueTrendTableRow> => ({
    id,
    header,
    value: (row) => row[id],
    format: (value) => formatAmount(value as bigint),
    align: 'end',
    sortDescFirst: true,
    csv: { header: `${header} (${currency})`, value: (row) => centsToMajorUnits(row[id]) },
  });
  const count = (id: 'invoices' | 'payments', header: string): DataTableColumn<RevenueTrendTableRow> => ({
    id,
    header,
    value: (row) => row[id],
    format: (value) => formatCount(value as bigint),
    align: 'end',
    sortDescFirst: true,
    csv: { header, value: (row) => row[id] },
  });
  return [
    { id: 'period', header: labels.period, value: (row) => row.bucket, format: (_value, row) => row.label, csv: { header: labels.period, value: (row) => row.isoLabel } },
    amount('invoiced', labels.invoiced),
    count('invoices', labels.invoices),
    amount('collected', labels.collected),
    count('payments', labels.payments),
  ];
}
