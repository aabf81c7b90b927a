/**
 * RevenueByProduct's rows of one currency → what the list, table, CSV, headline and summary read:
 * every product with its exact revenue and share, most first, and the total row (the headline).
 */
import type { Formatters } from '../../core/format/createFormatters';
import { centsToMajorUnits } from '../../ui/csv/centsToMajorUnits';
import type { DataTableColumn } from '../../ui/DataTable/types';
import type { RevenueByProductLabels } from './revenueByProductLabels';

/** A `revenue-by-product` row (the fields this widget reads). */
export interface ProductRevenueRow {
  product_id: string;
  product_name: string;
  currency: string;
  revenue: bigint;
  lines: bigint;
}

/** One product (or, with `isTotal`, every product). Amounts are exact cents. */
export interface RevenueByProductTableRow {
  productId: string;
  /** Shown name: the product's name, its id when it has none, `unnamedProduct` when neither. */
  label: string;
  revenue: bigint;
  /** Share of the total revenue, 0–1 (display only). */
  share: number;
  lines: bigint;
  isTotal: boolean;
}

export interface RevenueByProductTable {
  rows: RevenueByProductTableRow[];
  total: RevenueByProductTableRow;
}

/** Every product of the rows, by revenue (largest first, ties by name); the total sums them all exactly. */
export function revenueByProductTable(rows: readonly ProductRevenueRow[], labels: Pick<RevenueByProductLabels, 'total' | 'unnamedProduct'>): RevenueByProductTable {
  const revenue = rows.reduce((sum, row) => sum + row.revenue, 0n);
  const share = (value: bigint) => (revenue === 0n ? 0 : Number(value) / Number(revenue));
  const tableRows = rows
    .map((row): RevenueByProductTableRow => ({
      productId: row.product_id,
      label: row.product_name !== '' ? row.product_name : row.product_id !== '' ? row.product_id : labels.unnamedProduct,
      revenue: row.revenue,
      share: share(row.revenue),
      lines: row.lines,
      isTotal: false,
    }))
    .sort((a, b) => (a.revenue !== b.revenue ? (a.revenue > b.revenue ? -1 : 1) : a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  return {
    rows: tableRows,
    total: {
      productId: '',
      label: labels.total,
      revenue,
      share: revenue === 0n ? 0 : 1,
      lines: rows.reduce((sum, row) => sum + row.lines, 0n),
      isTotal: true,
    },
  };
}

export interface RevenueByProductColumnsInput {
  currency: string;
  formatAmount: (cents: bigint) => string;
  formatters: Formatters;
  labels: Pick<RevenueByProductLabels, 'product' | 'revenue' | 'share' | 'lines'>;
}

/** Product, revenue, share, invoice lines. Amounts sort exactly as bigints; CSV amounts in exact major units. */
export function revenueByProductColumns({ currency, formatAmount, formatters, labels }: RevenueByProductColumnsInput): DataTableColumn<RevenueByProductTableRow>[] {
  return [
    { id: 'product', header: labels.product, value: (row) => row.label, csv: { header: labels.product, value: (row) => row.label } },
    {
      id: 'revenue',
      header: labels.revenue,
      value: (row) => row.revenue,
      format: (value) => formatAmount(value as bigint),
      align: 'end',
      sortDescFirst: true,
      csv: { header: `${labels.revenue} (${currency})`, value: (row) => centsToMajorUnits(row.revenue) },
    },
    {
      id: 'share',
      header: labels.share,
      value: (row) => row.share,
      format: (value) => formatters.percent(value as number, { maximumFractionDigits: 1 }),
      align: 'end',
      sortDescFirst: true,
      csv: false,
    },
    { id: 'lines', header: labels.lines, value: (row) => row.lines, format: (value) => formatters.count(value as bigint), align: 'end', sortDescFirst: true, csv: { header: labels.lines, value: (row) => row.lines } },
  ];
}
