/**
 * The CSV of CostTrend's table: the same columns, amounts as exact major units of the currency
 * (`'12.345678'` for 1234.5678 cents, never rounded) with the currency in each amount header.
 */
import type { DataTableColumn } from '../../ui/DataTable/types';
import type { TimeSeriesTableRow } from '../../ui/TimeSeriesChart/useTimeSeries';

/** `columns` with every amount column's CSV header naming `currency` (`openai (USD)`). */
export function costTrendCsvColumns(columns: readonly DataTableColumn<TimeSeriesTableRow>[], currency: string): DataTableColumn<TimeSeriesTableRow>[] {
  return columns.map((column) =>
    column.id === 'period' || !column.csv ? column : { ...column, csv: { ...column.csv, header: `${column.csv.header ?? column.header} (${currency})` } },
  );
}
