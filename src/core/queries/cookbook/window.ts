/**
 * What the cookbook queries share: the `[from, to)` window params and their check, and the SQL of
 * the optional customer / product filters (which only narrow: the scope is the view's).
 */
import { sql, type SqlFragment } from '../../sql/sql';
import { MAX_WINDOW_DAYS, parseTimeWindow } from '../params';
import { param } from '../paramBuilders';

/** `from` (inclusive) and `to` (exclusive): ISO 8601 date-times with a zone, or Dates. */
export const WINDOW_PARAMS = { from: param.dateTime(), to: param.dateTime() };

/** `from` before `to`, at most two years apart. */
export function checkWindow(params: { from: Date; to: Date }): void {
  parseTimeWindow(params.from, params.to, { maxDays: MAX_WINDOW_DAYS });
}

/** `created_at` (or `column`) within `[from, to)`. */
export function inWindow(params: { from: Date; to: Date }, column: SqlFragment = sql`created_at`): SqlFragment {
  return sql`${column} >= ${params.from} AND ${column} < ${params.to}`;
}

/** A `Date` column within the calendar days (UTC) of `[from, to)`. */
export function datesInWindow(params: { from: Date; to: Date }, column: SqlFragment): SqlFragment {
  return sql`${column} >= toDate(${params.from}) AND ${column} < toDate(${params.to})`;
}

/** ` AND column = value` for each given filter; nothing for those left out. */
export function narrowing(filters: readonly [column: SqlFragment, value: string | undefined][]): SqlFragment {
  const present = filters.filter(([, value]) => value !== undefined).map(([column, value]) => sql` AND ${column} = ${value!}`);
  return sql.join(present, '');
}

/** The optional `customerId` / `productId` filters. */
export const FILTER_PARAMS = { customerId: param.id().optional(), productId: param.id().optional() };
