import { downloadCsv } from '../../ui/csv/downloadCsv';
import { tableColumnsToCsv } from '../../ui/csv/tableColumnsToCsv';
import { toCsv } from '../../ui/csv/toCsv';
import { sortTableRows } from '../../ui/DataTable/sortTableRows';
import { csvFilename } from './csvFilename';
import type { ToolbarCsv } from './toolbarCsv';

/**
 * Writes a toolbar's CSV — the rows in the table's order, then its footer rows — and hands it to
 * `onExport`, else downloads it. Loaded on the first click of Export (`ToolbarCsvButton`).
 */
export function exportToolbarCsv<Row>(csv: ToolbarCsv<Row>): void {
  const rows = [...sortTableRows(csv.columns, csv.rows, csv.sort), ...(csv.footer ?? [])];
  const text = toCsv(csv.csvColumns ?? tableColumnsToCsv(csv.columns), rows);
  const filename = typeof csv.filename === 'string' ? csv.filename : csvFilename(csv.filename.slug, csv.filename.window, csv.filename.timeZone);
  if (csv.onExport) csv.onExport(text, filename);
  else downloadCsv(filename, text);
}
