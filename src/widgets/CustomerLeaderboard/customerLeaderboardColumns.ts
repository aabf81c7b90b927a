/**
 * The leaderboard's table columns: customer, signals, AI cost, revenue, margin (a negative margin
 * says "loss" in words beside its minus sign), each exact; the CSV gets the customer id, raw
 * counts and amounts in major units with the currency in the header.
 */
import type { CsvColumn } from '../../ui/csv/toCsv';
import { tableColumnsToCsv } from '../../ui/csv/tableColumnsToCsv';
import { centsToMajorUnits } from '../../ui/csv/centsToMajorUnits';
import type { DataTableColumn } from '../../ui/DataTable/types';
import type { CustomerLeaderboardLabels } from './customerLeaderboardLabels';
import type { LeaderboardRow } from './leaderboardRows';

export interface LeaderboardFormat {
  /** Exact cents (bigint or decimal text) in the currency shown. */
  amount: (cents: bigint | string) => string;
  count: (value: bigint) => string;
}

/** A margin as text: the exact amount, and the word for a loss when it is below zero. */
export function formatMargin(margin: string, negative: boolean, format: LeaderboardFormat, loss: string): string {
  return negative ? `${format.amount(margin)} (${loss})` : format.amount(margin);
}

/** The columns, in order; `currency` names the unit of the CSV's amounts. */
export function customerLeaderboardColumns(
  format: LeaderboardFormat,
  currency: string,
  labels: Pick<CustomerLeaderboardLabels, 'customer' | 'metrics' | 'loss'>,
): DataTableColumn<LeaderboardRow>[] {
  const amount = (id: 'cost' | 'revenue', header: string): DataTableColumn<LeaderboardRow> => ({
    id,
    header,
    value: (row) => row[id],
    format: (value) => format.amount(value as bigint | string),
    align: 'end',
    sortDescFirst: true,
    csv: { header: `${header} (${currency})`, value: (row) => centsToMajorUnits(row[id]) },
  });
  return [
    { id: 'customer', header: labels.customer, value: (row) => row.label, csv: { header: labels.customer, value: (row) => row.label } },
    { id: 'signals', header: labels.metrics.signals, value: (row) => row.signals, format: (value) => format.count(value as bigint), align: 'end', sortDescFirst: true, csv: { header: labels.metrics.signals, value: (row) => row.signals } },
    amount('cost', labels.metrics.cost),
    amount('revenue', labels.metrics.revenue),
    {
      id: 'margin',
      header: labels.metrics.margin,
      value: (row) => row.margin,
      format: (_value, row) => formatMargin(row.margin, row.negative, format, labels.loss),
      align: 'end',
      sortDescFirst: true,
      csv: { header: `${labels.metrics.margin} (${currency})`, value: (row) => centsToMajorUnits(row.margin) },
    },
  ];
}

/** The CSV columns: the table's, with the customer id after the customer's name. */
export function customerLeaderboardCsvColumns(columns: readonly DataTableColumn<LeaderboardRow>[], customerIdHeader: string): CsvColumn<LeaderboardRow>[] {
  const [customer, ...rest] = tableColumnsToCsv(columns);
  return [...(customer ? [customer] : []), { header: customerIdHeader, value: (row) => row.id }, ...rest];
}
