/**
 * DeliveredValue's table columns — by type (type, value, signals) and by customer (customer, value,
 * AI cost, ROI, net) — each exact; the CSVs add the raw ids, amounts in major units with the
 * currency in the header, and the return as a plain ratio.
 */
import { centsToMajorUnits } from '../../ui/csv/centsToMajorUnits';
import { tableColumnsToCsv } from '../../ui/csv/tableColumnsToCsv';
import type { CsvColumn } from '../../ui/csv/toCsv';
import type { DataTableColumn } from '../../ui/DataTable/types';
import type { DeliveredValueLabels } from './deliveredValueLabels';
import type { ValueCustomerRow, ValueTypeRow } from './valueRows';

export interface ValueFormat {
  /** Exact cents (bigint or decimal text). */
  amount: (cents: bigint | string) => string;
  count: (value: bigint) => string;
  /** A return (`'12.3456'`) as a multiple; `null` (no AI cost) as the no-cost text. */
  roi: (ratio: string | null) => string;
}

const money = <Row,>(id: string, header: string, read: (row: Row) => bigint | string, format: ValueFormat, currency: string): DataTableColumn<Row> => ({
  id,
  header,
  value: read,
  format: (value) => format.amount(value as bigint | string),
  align: 'end',
  sortDescFirst: true,
  csv: { header: `${header} (${currency})`, value: (row) => centsToMajorUnits(read(row)) },
});

export function valueTypeColumns(format: ValueFormat, currency: string, labels: DeliveredValueLabels): DataTableColumn<ValueTypeRow>[] {
  return [
    { id: 'type', header: labels.valueType, value: (row) => row.label, csv: { header: labels.valueType, value: (row) => row.label } },
    money<ValueTypeRow>('value', labels.value, (row) => row.value, format, currency),
    { id: 'signals', header: labels.signals, value: (row) => row.signals, format: (value) => format.count(value as bigint), align: 'end', sortDescFirst: true, csv: { header: labels.signals, value: (row) => row.signals } },
  ];
}

export function valueCustomerColumns(format: ValueFormat, currency: string, labels: DeliveredValueLabels): DataTableColumn<ValueCustomerRow>[] {
  return [
    { id: 'customer', header: labels.customer, value: (row) => row.label, csv: { header: labels.customer, value: (row) => row.label } },
    money<ValueCustomerRow>('value', labels.value, (row) => row.value, format, currency),
    money<ValueCustomerRow>('cost', labels.cost, (row) => row.cost, format, currency),
    {
      id: 'roi',
      header: labels.roi,
      value: (row) => row.roi,
      format: (value) => format.roi(value as string | null),
      align: 'end',
      sortDescFirst: true,
      csv: { header: `${labels.roi} (ratio)`, value: (row) => row.roi ?? '' },
    },
    money<ValueCustomerRow>('net', labels.net, (row) => row.net, format, currency),
  ];
}

/** A CSV: the table's columns with the raw id (`read`) after the first. */
export function withIdColumn<Row>(columns: readonly DataTableColumn<Row>[], header: string, read: (row: Row) => string): CsvColumn<Row>[] {
  const [first, ...rest] = tableColumnsToCsv(columns);
  return [...(first ? [first] : []), { header, value: read }, ...rest];
}
