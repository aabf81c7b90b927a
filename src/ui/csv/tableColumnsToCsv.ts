import { formatCell } from '../DataTable/formatCell';
import type { DataTableColumn } from '../DataTable/types';
import type { CsvColumn } from './toCsv';

/**
 * The CSV columns for what a `DataTable` shows: each column's `csv` when given (recommended:
 * raw exact values with the unit in the header), else its formatted text (Dates: ISO);
 * `csv: false` drops it.
 */
export function tableColumnsToCsv<Row>(columns: readonly DataTableColumn<Row>[]): CsvColumn<Row>[] {
  const result: CsvColumn<Row>[] = [];
  for (const column of columns) {
    if (column.csv === false) continue;
    if (column.csv) result.push({ header: column.csv.header ?? column.header, value: column.csv.value });
    else
      result.push({
        header: column.header,
        // Dates export as ISO instants, never as the locale's text ("Aug 24, 2026").
        value: (row) => {
          const raw = column.value(row);
          return raw instanceof Date ? raw : formatCell(column, row);
        },
      });
  }
  return result;
}
