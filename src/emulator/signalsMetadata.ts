/**
 * `GET /signals/metadata`: the JSON paths (and their dynamic types) present in signal payloads,
 * per signal name, over a window — from `JSONAllPathsWithTypes(data)` on the engine.
 */
import { AnalyticsError } from '../core/errors';
import type { SignalPath } from '../core/contract';
import { quoteLiteral } from './schema';

const DAY_MS = 86_400_000;

/** Parses an ISO 8601 date or date-time query parameter; a bare date means midnight UTC. */
function parseInstant(name: string, value: string): Date {
  const time = /^\d{4}-\d{2}-\d{2}$/.test(value) ? Date.parse(`${value}T00:00:00Z`) : Date.parse(value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(time)) {
    throw new AnalyticsError({ code: 'INVALID_DATE_RANGE', status: 400, message: `${name} is not an ISO 8601 date.`, details: `${name}=${value}` });
  }
  return new Date(time);
}

/**
 * The window of a metadata request, as the API defines it: `toDate` defaults to now (the request's
 * own time, whatever the seed's anchor), `fromDate` to 30 days before `toDate`. 400
 * INVALID_DATE_RANGE when fromDate is after toDate.
 */
export function resolveMetadataWindow(params: URLSearchParams, now: Date = new Date()): { fromDate: Date; toDate: Date } {
  const toParam = params.get('toDate');
  const fromParam = params.get('fromDate');
  const toDate = toParam ? parseInstant('toDate', toParam) : now;
  const fromDate = fromParam ? parseInstant('fromDate', fromParam) : new Date(toDate.getTime() - 30 * DAY_MS);
  if (fromDate.getTime() > toDate.getTime()) {
    throw new AnalyticsError({
      code: 'INVALID_DATE_RANGE',
      status: 400,
      message: 'fromDate is after toDate.',
      details: `fromDate=${fromDate.toISOString()} toDate=${toDate.toISOString()}`,
    });
  }
  return { fromDate, toDate };
}

/** What the metadata read needs from the engine. */
export interface MetadataReader {
  selectReadOnly<T>(database: string, sql: string): Promise<T[]>;
}

/** Lists paths and types per signal name in `database` over the window. */
export async function readSignalsMetadata(
  engine: MetadataReader,
  database: string,
  window: { fromDate: Date; toDate: Date; signalName: string | undefined },
): Promise<{ signalName: string; paths: SignalPath[] }[]> {
  const instant = (d: Date) => `toDateTime64(${quoteLiteral(d.toISOString().replace('T', ' ').replace('Z', ''))}, 3, 'UTC')`;
  const nameFilter = window.signalName === undefined ? '' : ` AND signal_name = ${quoteLiteral(window.signalName)}`;
  const rows = await engine.selectReadOnly<{ signal_name: string; path: string; types: string[] }>(
    database,
    `SELECT signal_name, path_type.1 AS path, arraySort(groupUniqArray(path_type.2)) AS types
     FROM (
       SELECT signal_name, arrayJoin(CAST(JSONAllPathsWithTypes(data), 'Array(Tuple(String, String))')) AS path_type
       FROM fact_signal
       WHERE created_at >= ${instant(window.fromDate)} AND created_at <= ${instant(window.toDate)}${nameFilter}
     )
     GROUP BY signal_name, path
     ORDER BY signal_name, path`,
  );
  const bySignal = new Map<string, SignalPath[]>();
  for (const row of rows) {
    const paths = bySignal.get(row.signal_name) ?? [];
    paths.push({ path: row.path, types: row.types });
    bySignal.set(row.signal_name, paths);
  }
  return [...bySignal].map(([signalName, paths]) => ({ signalName, paths }));
}
