import type { CsvCell } from '../csv/toCsv';
import type { SortValue } from './compareSortValues';

/**
 * One column of a `DataTable` (and of its CSV export). Cells are text: `format` turns the raw
 * value into the string shown, using the provider's formatters (`formatCents`, `formatCount`, …).
 */
export interface DataTableColumn<Row> {
  /** Stable id, unique in the table. */
  id: string;
  /** Header text. */
  header: string;
  /** The raw value of this column in a row (cents, bigint, Date, string …). */
  value: (row: Row) => unknown;
  /** The text shown in the cell. Default `String(value)` (empty for null/undefined). */
  format?: (value: unknown, row: Row) => string;
  /**
   * What the column sorts by. Default: the raw `value` when it is a bigint, number, decimal
   * string, Date or boolean, else the formatted text. Sorting of bigints and decimal strings is
   * exact (see `compareSortValues`).
   */
  sortValue?: (row: Row) => SortValue;
  /** Default true. */
  sortable?: boolean;
  /** Default: `'end'` when the column's values are numbers, bigints or decimal text, else `'start'`. */
  align?: 'start' | 'end';
  /** Start descending on the first click (amounts, counts). Default false. */
  sortDescFirst?: boolean;
  /**
   * The CSV export of this column. Default: the formatted text under `header`. Recommended for
   * amounts: the raw exact value with the unit in the header, e.g.
   * `{ header: 'Cost (USD)', value: (row) => centsToMajorUnits(row.costCents) }`.
   * `false` leaves the column out of the CSV.
   */
  csv?: { header?: string; value: (row: Row) => CsvCell } | false;
}

/** A table's sort: the column and the direction. */
export interface DataTableSort {
  columnId: string;
  desc: boolean;
}
