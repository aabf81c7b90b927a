/**
 * `GET /signals/metadata` for a customer-scoped user. The API's own endpoint describes the payloads
 * of every customer's signals, which would let one end customer learn the shape (and so something
 * of the content) of another's. For a scoped user the proxy instead computes the same answer with a
 * query restricted to their customers: `JSONAllPathsWithTypes(data)` over their `fact_signal` rows.
 */
import type { Scope, SignalsMetadataResponseBody } from '../core/contract';
import { AnalyticsError } from '../core/errors';
import { sqlDateTime } from '../core/sql/sqlDateTime';
import { sqlString } from '../core/sql/sqlString';
import { scopeCondition } from '../core/queries/scope';
import { proxyError } from './errorResponse';

const DEFAULT_WINDOW_MS = 30 * 24 * 60 * 60 * 1000;

/** The window and signal name a metadata request asks about, validated, with the API's defaults. */
export interface SignalsMetadataWindow {
  signalName: string | undefined;
  fromDate: Date;
  toDate: Date;
}

/**
 * Reads `signalName`, `fromDate`, `toDate` from a metadata URL's query string: ISO 8601 date-times,
 * defaulting to the last 30 days ending `now` (the request's time, as the API and the emulator do). Throws `INVALID_PARAMS` for an unreadable date and
 * `INVALID_DATE_RANGE` when `fromDate` is after `toDate`, as the API does.
 */
export function readSignalsMetadataWindow(searchParams: URLSearchParams, now: Date = new Date()): SignalsMetadataWindow {
  const signalName = searchParams.get('signalName') ?? undefined;
  const toDate = readInstant(searchParams, 'toDate') ?? now;
  const fromDate = readInstant(searchParams, 'fromDate') ?? new Date(toDate.getTime() - DEFAULT_WINDOW_MS);
  if (fromDate.getTime() > toDate.getTime()) {
    throw new AnalyticsError({ code: 'INVALID_DATE_RANGE', message: 'fromDate is after toDate.' });
  }
  return { signalName: signalName === '' ? undefined : signalName, fromDate, toDate };
}

function readInstant(searchParams: URLSearchParams, name: string): Date | undefined {
  const text = searchParams.get(name);
  if (text === null || text === '') return undefined;
  const instant = /^\d{4}-\d{2}-\d{2}/.test(text) ? new Date(text) : new Date(Number.NaN);
  if (Number.isNaN(instant.getTime())) {
    throw proxyError('INVALID_PARAMS', `${name} must be an ISO 8601 date-time, got ${JSON.stringify(text.slice(0, 40))}.`);
  }
  return instant;
}

/** One SELECT listing, per signal name, each payload path and its types in the scoped rows. */
export function scopedSignalsMetadataSql(window: SignalsMetadataWindow, scope: Scope): string {
  const conditions = [
    scopeCondition(scope),
    `created_at >= ${sqlDateTime(window.fromDate)}`,
    `created_at <= ${sqlDateTime(window.toDate)}`,
  ];
  if (window.signalName !== undefined) conditions.push(`signal_name = ${sqlString(window.signalName)}`);
  return [
    'SELECT signal_name, path_type.1 AS path, arraySort(groupUniqArray(path_type.2)) AS types',
    'FROM (',
    '  SELECT signal_name, arrayJoin(CAST(JSONAllPathsWithTypes(data), \'Array(Tuple(String, String))\')) AS path_type',
    '  FROM fact_signal',
    `  WHERE ${conditions.join(' AND ')}`,
    ')',
    'GROUP BY signal_name, path',
    'ORDER BY signal_name, path',
  ].join('\n');
}

/** Shapes the rows of `scopedSignalsMetadataSql` as the API's metadata body. */
export function toSignalsMetadataBody(queryBody: unknown, window: SignalsMetadataWindow): SignalsMetadataResponseBody {
  const rows = readRows(queryBody);
  const signals: SignalsMetadataResponseBody['signals'] = [];
  for (const row of rows) {
    const [signalName, path, types] = row;
    if (typeof signalName !== 'string' || typeof path !== 'string' || !Array.isArray(types)) {
      throw proxyError('UPSTREAM_ERROR', 'The analytics upstream answered the metadata query with unexpected rows.', 502);
    }
    let current = signals.at(-1);
    if (current === undefined || current.signalName !== signalName) {
      current = { signalName, paths: [] };
      signals.push(current);
    }
    current.paths.push({ path, types: types.map(String) });
  }
  return { signals, meta: { fromDate: window.fromDate.toISOString(), toDate: window.toDate.toISOString() } };
}

function readRows(body: unknown): unknown[][] {
  const rows = typeof body === 'object' && body !== null ? (body as { rows?: unknown }).rows : undefined;
  if (!Array.isArray(rows) || !rows.every(Array.isArray)) {
    throw proxyError('UPSTREAM_ERROR', 'The analytics upstream answered the metadata query without rows.', 502);
  }
  return rows as unknown[][];
}
