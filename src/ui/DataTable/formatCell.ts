import type { DataTableColumn } from './types';

/** The text of one cell: the column's `format`, else the raw value as a string (ISO for Dates). */
export function formatCell<Row>(column: DataTableColumn<Row>, row: Row): string {
  const value = column.value(row);
  if (column.format) return column.format(value, row);
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  return String(value);
}
