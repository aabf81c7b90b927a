/**
 * `checkResultColumns`: decoded rows against a named query's declared result columns, so a widget
 * never computes on a value of the wrong type. A Float where an integer was declared, a null where
 * none may be, a missing column, an integer out of range or decimal text that is not a number is an
 * `INVALID_RESPONSE` naming the column. Safe widenings within a family are applied (a `UInt32` in
 * a `uint64` column becomes a bigint, an integer in a `decimal` column its exact text).
 */
import type { ResponseColumn } from '../contract';
import { parseClickHouseType, type ClickHouseType } from '../decode/clickhouseType';
import { isIsoDate } from '../decode/calendarDate';
import { AnalyticsError } from '../errors';
import type { ColumnFamily, ColumnSpec, ColumnSpecs } from './resultColumns';

/** A decoded result as `decodeResult` gives it: the response's columns and the rows. */
export interface DecodedRowsLike {
  columns: readonly ResponseColumn[];
  rows: readonly Record<string, unknown>[];
}

const UINT64_MAX = 2n ** 64n - 1n;
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const DECIMAL_TEXT = /^-?\d+(\.\d+)?$/;

function invalid(queryName: string, column: string, message: string): AnalyticsError {
  return new AnalyticsError({
    code: 'INVALID_RESPONSE',
    message: `Invalid query response: ${queryName} column "${column}" ${message}`,
  });
}

/** The type under `Nullable(…)` and `LowCardinality(…)`. */
function baseType(type: ClickHouseType): ClickHouseType {
  let current = type;
  while (current.kind === 'nullable' || current.kind === 'lowCardinality') current = current.inner;
  return current;
}

/** The ClickHouse kinds each family accepts. */
const ACCEPTED: Record<ColumnFamily, readonly ClickHouseType['kind'][]> = {
  string: ['string', 'enum'],
  int: ['integer'],
  uint64: ['integer'],
  int64: ['integer'],
  decimal: ['decimal', 'integer', 'string'],
  float: ['float', 'integer', 'decimal'],
  date: ['date'],
  datetime: ['dateTime'],
  bool: ['bool', 'integer'],
};

type Converter = (value: unknown) => unknown;

/** Thrown by a converter; the caller adds the column name. */
class CellMismatch extends Error {}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'bigint') return `${value}n`;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid Date' : 'a Date';
  return value === null ? 'null' : typeof value === 'object' ? 'an object' : String(value);
}

function toBigInt(value: unknown, min: bigint, max: bigint, label: string): bigint {
  let big: bigint;
  if (typeof value === 'bigint') big = value;
  else if (typeof value === 'number' && Number.isSafeInteger(value)) big = BigInt(value);
  else throw new CellMismatch(`holds ${describe(value)}, not ${label}`);
  if (big < min || big > max) throw new CellMismatch(`holds ${big}, outside the range of ${label}`);
  return big;
}

/** The converter of one family for a column of ClickHouse type `type`. */
function converterFor(family: ColumnFamily, type: ClickHouseType): Converter {
  switch (family) {
    case 'string':
      return (value) => {
        if (typeof value !== 'string') throw new CellMismatch(`holds ${describe(value)}, not text`);
        return value;
      };
    case 'int':
      return (value) => {
        const number = typeof value === 'bigint' && value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : value;
        if (typeof number !== 'number' || !Number.isSafeInteger(number)) throw new CellMismatch(`holds ${describe(value)}, not an integer within ±2^53`);
        return number;
      };
    case 'uint64':
      return (value) => toBigInt(value, 0n, UINT64_MAX, 'a UInt64');
    case 'int64':
      return (value) => toBigInt(value, INT64_MIN, INT64_MAX, 'an Int64');
    case 'decimal':
      return (value) => {
        const text = typeof value === 'bigint' || (typeof value === 'number' && Number.isSafeInteger(value)) ? String(value) : value;
        if (typeof text !== 'string' || !DECIMAL_TEXT.test(text)) throw new CellMismatch(`holds ${describe(value)}, not an exact decimal number`);
        return text;
      };
    case 'float':
      return (value) => {
        const number = typeof value === 'string' && type.kind === 'decimal' ? Number(value) : typeof value === 'bigint' ? Number(value) : value;
        if (typeof number !== 'number' || Number.isNaN(number)) throw new CellMismatch(`holds ${describe(value)}, not a number`);
        return number;
      };
    case 'date':
      return (value) => {
        if (!isIsoDate(value)) throw new CellMismatch(`holds ${describe(value)}, not a calendar date`);
        return value;
      };
    case 'datetime':
      return (value) => {
        if (!(value instanceof Date) || Number.isNaN(value.getTime())) throw new CellMismatch(`holds ${describe(value)}, not a date-time`);
        return value;
      };
    case 'bool':
      return (value) => {
        if (typeof value === 'boolean') return value;
        if (value === 0 || value === 1) return value === 1;
        throw new CellMismatch(`holds ${describe(value)}, not a boolean`);
      };
  }
}

function familyLabel(spec: ColumnSpec): string {
  return `${spec.family}${spec.nullable ? ' (nullable)' : ''}`;
}

/**
 * Checks `decoded` against `columns` (declared by the query called `queryName`) and returns the
 * rows with safe widenings applied (the same row objects when nothing needed converting).
 * Columns the response has beyond the declared ones pass through untouched.
 * @throws AnalyticsError `INVALID_RESPONSE` naming the column (and row) that does not match.
 */
export function checkResultColumns<Row>(queryName: string, columns: ColumnSpecs, decoded: DecodedRowsLike): Row[] {
  const responseTypes = new Map(decoded.columns.map((c) => [c.name, c.type]));
  const checks: { name: string; spec: ColumnSpec; convert: Converter }[] = [];
  for (const [name, spec] of Object.entries(columns)) {
    const typeText = responseTypes.get(name);
    if (typeText === undefined) throw invalid(queryName, name, `is missing from the response (declared ${familyLabel(spec)})`);
    const type = baseType(parseClickHouseType(typeText));
    const accepted = ACCEPTED[spec.family];
    const fitsFamily =
      accepted.includes(type.kind) &&
      // A wide integer never fits a number family without a range check per value; the converters do that.
      !(spec.family === 'bool' && type.kind === 'integer' && type.bits !== 8);
    if (!fitsFamily) throw invalid(queryName, name, `is ${typeText}, but ${familyLabel(spec)} was declared`);
    checks.push({ name, spec, convert: converterFor(spec.family, type) });
  }
  const rows = decoded.rows as Record<string, unknown>[];
  let out: Record<string, unknown>[] | undefined;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    let copy: Record<string, unknown> | undefined;
    for (const { name, spec, convert } of checks) {
      const value = row[name];
      if (value === null || value === undefined) {
        if (spec.nullable) continue;
        throw invalid(queryName, name, `row ${r} is null, but the column was declared not nullable`);
      }
      let converted: unknown;
      try {
        converted = convert(value);
      } catch (error) {
        if (error instanceof CellMismatch) throw invalid(queryName, name, `row ${r} ${error.message}`);
        throw error;
      }
      if (converted !== value) {
        copy ??= { ...row };
        copy[name] = converted;
      }
    }
    if (copy !== undefined) {
      out ??= rows.slice(0, r);
      out.push(copy);
    } else if (out !== undefined) {
      out.push(row);
    }
  }
  return (out ?? rows) as Row[];
}
