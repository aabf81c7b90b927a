/** A value one CSV cell can hold. */
export type CsvCell = string | number | bigint | boolean | Date | null | undefined;

/** One CSV column: its header and how to read a row's cell. */
export interface CsvColumn<Row> {
  header: string;
  value: (row: Row) => CsvCell;
}

/** A plain number (optional minus, digits, optional fraction): exempt from formula neutralising. */
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;
/** What a spreadsheet may read as the start of a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Serialises rows to CSV (RFC 4180): comma-separated, CRLF line ends, a header row, fields
 * quoted when they hold `"`, `,`, CR or LF, with `"` doubled. Values are written exactly:
 * bigints in full, numbers as JavaScript prints them, Dates as ISO instants, booleans as
 * `true`/`false`, null/undefined as empty. A text cell that a spreadsheet would run as a
 * formula (starting with `=`, `+`, `-`, `@`, tab or CR) gets a leading `'`, except plain numbers
 * such as `-12.50` (OWASP CSV injection guidance). The result has no BOM; `downloadCsv` adds one.
 */
export function toCsv<Row>(columns: readonly CsvColumn<Row>[], rows: readonly Row[]): string {
  const lines = [columns.map((column) => csvField(column.header)).join(',')];
  for (const row of rows) lines.push(columns.map((column) => csvField(column.value(row))).join(','));
  return lines.join('\r\n') + '\r\n';
}

/** One escaped, neutralised CSV field. */
export function csvField(value: CsvCell): string {
  let text: string;
  if (value === null || value === undefined) text = '';
  else if (value instanceof Date) text = Number.isNaN(value.getTime()) ? '' : value.toISOString();
  else if (typeof value === 'number') text = Number.isFinite(value) ? String(value) : '';
  else text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text) && !PLAIN_NUMBER.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
