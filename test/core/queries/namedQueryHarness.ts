/**
 * Runs named queries on the emulator the way a proxy would: compile with a scope, POST the SQL
 * over HTTP with the API key, decode the body. Plus helpers for the independent SQL the tests
 * check the named queries against.
 */
import type { Scope } from '../../../src/core/contract';
import { decodeResult } from '../../../src/core/decode/decodeResult';
import { checkResultColumns } from '../../../src/core/queries/checkResultColumns';
import type { AnyNamedQuery, InputOf, RowOf } from '../../../src/core/queries/types';
import { postQuery, queryRows } from '../../support/emulator';
import type { TestEmulator } from '../../support/emulator';

/** Compiles `query` with `params` and `scope`, runs it on the emulator, and decodes the rows. */
export async function runNamedQuery<Q extends AnyNamedQuery>(
  emulator: TestEmulator,
  query: Q,
  params: InputOf<Q>,
  scope: Scope = {},
): Promise<RowOf<Q>[]> {
  const sql = query.toSql(query.parseParams(params), scope);
  const response = await postQuery(emulator, sql);
  const body: unknown = await response.json();
  if (response.status !== 200) {
    throw new Error(`${query.name} answered ${response.status}: ${JSON.stringify(body)}\n${sql}`);
  }
  const decoded = decodeResult<RowOf<Q>>(body);
  // The declared columns must describe what the engine really answers.
  return query.columns === undefined ? decoded.rows : checkResultColumns<RowOf<Q>>(query.name, query.columns, decoded as never);
}

/** Runs independent SQL and decodes its rows. */
export async function runSql<Row = Record<string, unknown>>(emulator: TestEmulator, sql: string): Promise<Row[]> {
  return decodeResult<Row>(await queryRows(emulator, sql)).rows;
}

/** A ClickHouse literal built without the library's escaper, so tests do not trust what they test. */
export function literal(value: string): string {
  return `'${Array.from(value, (c) => (c === "'" || c === '\\' ? `\\${c}` : c)).join('')}'`;
}

/** `'2026-10-01T00:00:00.000Z'` → an independent `DateTime64` literal expression. */
export function instantSql(iso: string): string {
  return `parseDateTime64BestEffort(${literal(iso)}, 3, 'UTC')`;
}

/** Sum of bigints. */
export function sumBigInt(values: readonly bigint[]): bigint {
  return values.reduce((total, value) => total + value, 0n);
}

/** An exact decimal string (e.g. `"12.3400000001"`, `"-0.5"`) as an integer of 10⁻¹⁰ units. */
export function decimalUnits(value: string): bigint {
  const match = /^(-?)(\d+)(?:\.(\d{1,10}))?$/.exec(value);
  if (!match) throw new Error(`not a decimal with at most 10 places: ${value}`);
  const [, sign, whole, fraction = ''] = match;
  const units = BigInt(whole!) * 10n ** 10n + BigInt(fraction.padEnd(10, '0'));
  return sign === '-' ? -units : units;
}

/** The local wall-clock time of an instant in a zone, as `YYYY-MM-DD HH:mm`. */
export function wallClock(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const part = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
}

/** The weekday (Mon, Tue, …) of an instant in a zone. */
export function weekday(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short' }).format(instant);
}
