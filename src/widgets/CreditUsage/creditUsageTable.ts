/**
 * CreditUsage's rows → what its list, table, CSV, headline and summary read: every spender with its
 * exact credits (decimal text, never divided by 100) and share, an "Other" row for spends the query
 * did not list (its row cap), and the total — the currency's spends in the window from `credit-flow`,
 * so the total row always equals the headline.
 */
import { compareDecimals, subtractDecimals, sumDecimals } from '../../core/decimal/decimalArithmetic';
import type { Formatters } from '../../core/format/createFormatters';
import type { DataTableColumn } from '../../ui/DataTable/types';
import type { CreditUsageDimension, CreditUsageLabels } from './creditUsageLabels';

/** A `credit-usage` row (the fields this widget reads). */
export interface CreditSpendRow {
  key: string;
  label: string;
  spent: string;
  transactions: bigint;
  customers: bigint;
}

export interface CreditUsageTableRow {
  key: string;
  label: string;
  /** Credits, exact decimal text. */
  spent: string;
  /** Share of the total, 0–1 (display only). */
  share: number;
  transactions: bigint | null;
  customers: bigint | null;
  kind: 'spender' | 'other' | 'total';
}

export interface CreditUsageTable {
  rows: CreditUsageTableRow[];
  /** The Other row (spends not listed; only when there are some) and the total row. */
  footer: CreditUsageTableRow[];
  total: CreditUsageTableRow;
}

/**
 * The rows as listed (most first), the remainder up to `total` as Other, and the total. Without a
 * total (no `credit-flow` answer) the rows' sum is the total.
 */
export function creditUsageTable(rows: readonly CreditSpendRow[], total: string | undefined, labels: Pick<CreditUsageLabels, 'other' | 'total' | 'unnamed'>): CreditUsageTable {
  const listed = sumDecimals(rows.map((row) => row.spent));
  const all = total ?? listed;
  const share = (value: string) => (compareDecimals(all, '0') === 0 ? 0 : Number(value) / Number(all));
  const remainder = subtractDecimals(all, listed);
  const totalRow: CreditUsageTableRow = { key: '', label: labels.total, spent: all, share: compareDecimals(all, '0') === 0 ? 0 : 1, transactions: null, customers: null, kind: 'total' };
  const other: CreditUsageTableRow[] =
    compareDecimals(remainder, '0') > 0 ? [{ key: '', label: labels.other, spent: remainder, share: share(remainder), transactions: null, customers: null, kind: 'other' }] : [];
  return {
    rows: rows.map((row) => ({
      key: row.key,
      label: row.label !== '' ? row.label : row.key !== '' ? row.key : labels.unnamed,
      spent: row.spent,
      share: share(row.spent),
      transactions: row.transactions,
      customers: row.customers,
      kind: 'spender',
    })),
    footer: [...other, totalRow],
    total: totalRow,
  };
}

export interface CreditUsageColumnsInput {
  dimension: CreditUsageDimension;
  /** The credits currency's name, for the CSV header. */
  currencyName: string;
  formatCredits: (value: string) => string;
  formatters: Formatters;
  labels: Pick<CreditUsageLabels, 'signal' | 'product' | 'spent' | 'share' | 'transactions' | 'customers'>;
}

/** Signal or product, credits spent, share, transactions, customers. Credits sort and export exactly. */
export function creditUsageColumns({ dimension, currencyName, formatCredits, formatters, labels }: CreditUsageColumnsInput): DataTableColumn<CreditUsageTableRow>[] {
  const name = dimension === 'signal' ? labels.signal : labels.product;
  const count = (id: 'transactions' | 'customers', header: string): DataTableColumn<CreditUsageTableRow> => ({
    id,
    header,
    value: (row) => row[id],
    format: (value) => (value === null ? '' : formatters.count(value as bigint)),
    align: 'end',
    sortDescFirst: true,
    csv: { header, value: (row) => row[id] ?? '' },
  });
  return [
    { id: 'name', header: name, value: (row) => row.label, csv: { header: name, value: (row) => row.label } },
    {
      id: 'spent',
      header: labels.spent,
      value: (row) => row.spent,
      format: (value) => formatCredits(value as string),
      align: 'end',
      sortDescFirst: true,
      csv: { header: `${labels.spent} (${currencyName})`, value: (row) => row.spent },
    },
    { id: 'share', header: labels.share, value: (row) => row.share, format: (value) => formatters.percent(value as number, { maximumFractionDigits: 1 }), align: 'end', sortDescFirst: true, csv: false },
    count('transactions', labels.transactions),
    count('customers', labels.customers),
  ];
}
