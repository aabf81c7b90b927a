import type { CsvColumn } from '../../ui/csv/toCsv';
import type { DataTableColumn, DataTableSort } from '../../ui/DataTable/types';
import type { TimeWindow } from './describeWindow';

/**
 * A widget toolbar's CSV export of its table, made only when the person clicks Export (the code
 * that sorts, writes and saves it is loaded then: `exportToolbarCsv`).
 */
export interface ToolbarCsv<Row> {
  /** The table's columns: the rows export in the table's order (`sort`). */
  columns: readonly DataTableColumn<Row>[];
  /** The CSV's columns; default what `tableColumnsToCsv(columns)` makes of the table's. */
  csvColumns?: readonly CsvColumn<Row>[] | undefined;
  /** The table's rows, in data order (all of them, not only a page). */
  rows: readonly Row[];
  /** The table's sort, which the CSV follows. */
  sort?: DataTableSort | undefined;
  /** Rows after the others (Total, Other), never sorted: the table's footer. */
  footer?: readonly Row[] | undefined;
  /** The file's name, or the parts `csvFilename` names it from (a slug, the window and its zone), at export. */
  filename: string | { slug: string; window: TimeWindow; timeZone: string };
  /** Replaces the download (tests, or hosts that handle the file themselves). */
  onExport?: ((csv: string, filename: string) => void) | undefined;
}
