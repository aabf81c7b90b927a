/**
 * Margin's table columns: name, revenue, AI cost, margin (a negative one says the loss word in
 * text) and margin rate, each exact; the CSV adds the id and a true/false negative-margin column,
 * amounts in major units with the currency in the header.
 */
import type { Formatters } from '../../core/format/createFormatters';
import { centsToMajorUnits } from '../../ui/csv/centsToMajorUnits';
import { tableColumnsToCsv } from '../../ui/csv/tableColumnsToCsv';
import type { CsvColumn } from '../../ui/csv/toCsv';
import type { DataTableColumn } from '../../ui/DataTable/types';
import type { MarginDimension, MarginLabels } from './marginLabels';
import type { MarginRow } from './marginRows';

export interface MarginFormat {
  /** Exact cents (bigint or decimal text) in the currency shown. */
  amount: (cents: bigint | string) => string;
}

/** The margin as text: exact, with the loss word beside a negative one. */
export function marginText(row: Pick<MarginRow, 'margin' | 'negative'>, format: MarginFormat, loss: string): string {
  return row.negative ? `${format.amount(row.margin)} (${loss})` : format.amount(row.margin);
}

export function marginColumns(
  dimension: MarginDimension,
  format: MarginFormat,
  formatters: Formatters,
  currency: string,
  labels: MarginLabels,
): DataTableColumn<MarginRow>[] {
  const amount = (id: 'revenue' | 'cost', header: string): DataTableColumn<MarginRow> => ({
    id,
    header,
    value: (row) => row[id],
    format: (value) => format.amount(value as bigint | string),
    align: 'end',
    sortDescFirst: true,
    csv: { header: `${header} (${currency})`, value: (row) => centsToMajorUnits(row[id]) },
  });
  return [
    { id: 'name', header: labels.dimensions[dimension], value: (row) => row.label, csv: { header: labels.dimensions[dimension], value: (row) => row.label } },
    amount('revenue', labels.revenue),
    amount('cost', labels.cost),
    {
      id: 'margin',
      header: labels.margin,
      value: (row) => row.margin,
      format: (_value, row) => marginText(row, format, labels.loss),
      align: 'end',
      csv: { header: `${labels.margin} (${currency})`, value: (row) => centsToMajorUnits(row.margin) },
    },
    {
      id: 'rate',
      header: labels.marginRate,
      value: (row) => row.rate,
      format: (value) => (value === null ? '—' : formatters.percent(Number(value), { maximumFractionDigits: 1 })),
      align: 'end',
      csv: { header: `${labels.marginRate} (ratio)`, value: (row) => row.rate ?? '' },
    },
  ];
}

/** The CSV: the table's columns, the id after the name, and whether the margin is negative. */
export function marginCsvColumns(columns: readonly DataTableColumn<MarginRow>[], labels: Pick<MarginLabels, 'id' | 'lossColumn'>): CsvColumn<MarginRow>[] {
  const [name, ...rest] = tableColumnsToCsv(columns);
  return [...(name ? [name] : []), { header: labels.id, value: (row) => row.id }, ...rest, { header: labels.lossColumn, value: (row) => (row.negative ? 'true' : 'false') }];
}
