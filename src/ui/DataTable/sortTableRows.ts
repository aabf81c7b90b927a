import { compareSortValues, type SortValue } from './compareSortValues';
import { formatCell } from './formatCell';
import type { DataTableColumn, DataTableSort } from './types';

/** What a column sorts a row by: `sortValue`, else the raw value when it is sortable as is, else the text. */
export function sortValueOf<Row>(column: DataTableColumn<Row>, row: Row): SortValue {
  if (column.sortValue) return column.sortValue(row);
  const value = column.value(row);
  if (
    value === null ||
    value === undefined ||
    typeof value === 'bigint' ||
    typeof value === 'number' ||
    typeof value === 'string' ||
    typeof value === 'boolean' ||
    value instanceof Date
  ) {
    return value;
  }
  return formatCell(column, row);
}

/**
 * The rows in the order a `DataTable` sorted by `sort` shows them (stable; data order without a
 * sort), so a CSV export follows what the person sees.
 */
export function sortTableRows<Row>(columns: readonly DataTableColumn<Row>[], rows: readonly Row[], sort: DataTableSort | undefined): Row[] {
  const column = sort ? columns.find((candidate) => candidate.id === sort.columnId) : undefined;
  if (!sort || !column) return [...rows];
  const direction = sort.desc ? -1 : 1;
  return rows
    .map((row, index) => ({ row, index, key: sortValueOf(column, row) }))
    .sort((a, b) => {
      const order = compareSortValues(a.key, b.key);
      // Missing values stay last in both directions.
      const missing = (a.key === null || a.key === undefined) !== (b.key === null || b.key === undefined);
      return (missing ? order : order * direction) || a.index - b.index;
    })
    .map((entry) => entry.row);
}
