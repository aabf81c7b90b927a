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
 * The indexes of `rows` in the order a `DataTable` sorted by `sort` shows them: stable, missing
 * values last in both directions, data order without a sort or when the sort names no sortable column.
 */
export function sortTableRowIndexes<Row>(columns: readonly DataTableColumn<Row>[], rows: readonly Row[], sort: DataTableSort | undefined): number[] {
  const column = sort ? columns.find((candidate) => candidate.id === sort.columnId) : undefined;
  if (!sort || !column || column.sortable === false) return rows.map((_, index) => index);
  const direction = sort.desc ? -1 : 1;
  return rows
    .map((row, index) => ({ index, key: sortValueOf(column, row) }))
    .sort((a, b) => {
      const order = compareSortValues(a.key, b.key);
      // Missing values stay last in both directions.
      const missing = (a.key === null || a.key === undefined) !== (b.key === null || b.key === undefined);
      return (missing ? order : order * direction) || a.index - b.index;
    })
    .map((entry) => entry.index);
}

/**
 * The rows in the order a `DataTable` sorted by `sort` shows them (stable; data order without a
 * sort), so a CSV export follows what the person sees.
 */
export function sortTableRows<Row>(columns: readonly DataTableColumn<Row>[], rows: readonly Row[], sort: DataTableSort | undefined): Row[] {
  return sortTableRowIndexes(columns, rows, sort).map((index) => rows[index]!);
}
