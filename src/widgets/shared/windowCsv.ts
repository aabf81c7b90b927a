import type { CsvColumn } from '../../ui/csv/toCsv';
import type { DataTableColumn, DataTableSort } from '../../ui/DataTable/types';
import type { TimeWindow } from './describeWindow';
import type { ToolbarCsv } from './toolbarCsv';

export interface WindowCsvInput<Row> {
  /** The window shown; no export without one (or while the widget has nothing to export). */
  window: TimeWindow | undefined;
  timeZone: string;
  /** The file's slug (see `csvFilename`). */
  slug: string;
  /** The table's columns: the rows export in the order the table is sorted by. */
  columns: readonly DataTableColumn<Row>[];
  /** The CSV's columns; default `tableColumnsToCsv(columns)`. */
  csvColumns?: readonly CsvColumn<Row>[] | undefined;
  rows: readonly Row[];
  sort: DataTableSort | undefined;
  /** Total rows after the body, as the table's footer shows them. */
  footer: readonly Row[];
  onExport: ((csv: string, filename: string) => void) | undefined;
}

/**
 * The toolbar's CSV export of a time-window widget's table: its rows in the table's order, then
 * its footer rows, in a file named for the widget and the window; none without a window.
 */
export function windowCsv<Row>(input: WindowCsvInput<Row>): ToolbarCsv<Row> | undefined {
  if (!input.window) return undefined;
  return {
    columns: input.columns,
    csvColumns: input.csvColumns,
    rows: input.rows,
    sort: input.sort,
    footer: input.footer,
    filename: { slug: input.slug, window: input.window, timeZone: input.timeZone },
    onExport: input.onExport,
  };
}
