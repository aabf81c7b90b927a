/**
 * `decodeResult(body)`: a `POST /query` body → typed rows keyed by column name, with one converter per
 * column chosen once from its ClickHouse type (see `createValueConverter` and DESIGN.md's table).
 *
 * Strict about shape: anything that is not `{ columns: {name, type}[], rows: unknown[][] }` with rows of
 * the right length, or a cell its column's type cannot hold, throws `AnalyticsError('INVALID_RESPONSE')`
 * naming the column and row. No partial result is ever returned. A missing `meta` is derived from the rows.
 */
import type { ResponseColumn, ResponseMeta } from '../contract';
import { AnalyticsError } from '../errors';
import { parseClickHouseType } from './clickhouseType';
import { createValueConverter, type ValueConverter } from './columnDecoder';
import { CellDecodeError, describeValue } from './decodeError';
import { exactTextColumnsOf } from './exactTextColumns';
import { createRowFactory } from './rowFactory';

/** A decoded query response: `rows` are objects keyed by column name. */
export interface DecodedResult<Row> {
  columns: ResponseColumn[];
  rows: Row[];
  meta: ResponseMeta;
}

function invalid(message: string, cause?: unknown): AnalyticsError {
  return new AnalyticsError({ code: 'INVALID_RESPONSE', message: `Invalid query response: ${message}`, cause });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readColumns(value: unknown): ResponseColumn[] {
  if (!Array.isArray(value)) throw invalid(`"columns" must be an array, got ${describeValue(value)}`);
  return value.map((column: unknown, index) => {
    if (!isObject(column) || typeof column.name !== 'string' || typeof column.type !== 'string') {
      throw invalid(`column ${index} must be { name: string, type: string }, got ${describeValue(column)}`);
    }
    return { name: column.name, type: column.type };
  });
}

function readMeta(value: unknown, rowCount: number): ResponseMeta {
  if (value === undefined) return { rowCount, elapsedMs: 0, truncated: false };
  if (!isObject(value)) throw invalid(`"meta" must be an object, got ${describeValue(value)}`);
  const meta = { rowCount: value.rowCount ?? rowCount, elapsedMs: value.elapsedMs ?? 0, truncated: value.truncated ?? false };
  if (typeof meta.rowCount !== 'number' || !Number.isInteger(meta.rowCount) || meta.rowCount < 0) {
    throw invalid(`"meta.rowCount" must be a non-negative integer, got ${describeValue(value.rowCount)}`);
  }
  if (typeof meta.elapsedMs !== 'number' || !Number.isFinite(meta.elapsedMs)) {
    throw invalid(`"meta.elapsedMs" must be a number, got ${describeValue(value.elapsedMs)}`);
  }
  if (typeof meta.truncated !== 'boolean') {
    throw invalid(`"meta.truncated" must be a boolean, got ${describeValue(value.truncated)}`);
  }
  return { rowCount: meta.rowCount, elapsedMs: meta.elapsedMs, truncated: meta.truncated };
}

/** The error for row `r`, which failed to decode: find the first failing cell again to name its column. */
function cellError(columns: ResponseColumn[], converters: ValueConverter[], cells: unknown[], r: number): AnalyticsError {
  for (let c = 0; c < columns.length; c++) {
    try {
      converters[c]!(cells[c]);
    } catch (error) {
      if (!(error instanceof CellDecodeError)) throw error;
      const column = columns[c]!;
      return invalid(`column "${column.name}" (${column.type}), row ${r}: ${error.message}`, error);
    }
  }
  return invalid(`row ${r} could not be decoded`);
}

/**
 * Decodes a query response body into typed rows. `Row` is the caller's promise of the row shape
 * (e.g. a named query's row type); values follow the column types, not `Row`.
 * @throws AnalyticsError with code `INVALID_RESPONSE` for a body or cell that is not the documented shape.
 */
export function decodeResult<Row = Record<string, unknown>>(body: unknown): DecodedResult<Row> {
  if (!isObject(body)) throw invalid(`the body must be an object, got ${describeValue(body)}`);
  const columns = readColumns(body.columns);
  const wireRows = body.rows;
  if (!Array.isArray(wireRows)) throw invalid(`"rows" must be an array, got ${describeValue(wireRows)}`);
  const meta = readMeta(body.meta, wireRows.length);

  const width = columns.length;
  const checked = exactTextColumnsOf(body);
  const converters = columns.map((column, c) => createValueConverter(parseClickHouseType(column.type), checked?.has(c) === true));
  const buildRow = createRowFactory(
    columns.map((c) => c.name),
    converters,
  );
  const rowCount = wireRows.length;
  const rows = new Array<Row>(rowCount);
  let r = 0;
  try {
    for (; r < rowCount; r++) {
      const cells: unknown = wireRows[r];
      if (!Array.isArray(cells) || cells.length !== width) {
        throw invalid(`row ${r} must be an array of ${width} values, got ${describeValue(cells)}`);
      }
      rows[r] = buildRow(cells) as Row;
    }
  } catch (error) {
    if (error instanceof CellDecodeError) throw cellError(columns, converters, wireRows[r] as unknown[], r);
    if (error instanceof AnalyticsError) throw error;
    // Nothing else is expected (a hostile object's getter, say); still, callers only ever see one error type.
    throw invalid(`row ${r} could not be decoded: ${error instanceof Error ? error.message : String(error)}`, error);
  }
  return { columns, rows, meta };
}
