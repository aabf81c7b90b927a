/**
 * The stable key of an analytics request: two requests that ask the API the same thing get the
 * same key, whatever the order of their params' properties. Fixtures are stored and found by it.
 */
import type { AnalyticsRequest } from '../core/contract';
import { findNamedQuery } from '../core/queries/registry';

/**
 * JSON with object keys sorted and `undefined` properties dropped, so that `{ a: 1, b: undefined }`
 * and `{ a: 1 }` are one request. Dates become ISO strings and bigints decimal strings.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(canonicalValue(value));
}

function canonicalValue(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map((item) => canonicalValue(item));
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const inner = (value as Record<string, unknown>)[key];
      if (inner !== undefined) out[key] = canonicalValue(inner);
    }
    return out;
  }
  return value;
}

/** Collapses runs of whitespace so re-indented SQL keeps its key. */
function normalizeSql(sql: string): string {
  return sql.trim().replace(/\s+/g, ' ');
}

/**
 * A registered named query's params after its own validation (defaults filled, `Date` or ISO
 * text alike), so every spelling of one request shares a key; other or invalid params as given.
 */
function canonicalParams(name: string, params: Record<string, unknown> | undefined): unknown {
  const query = findNamedQuery(name);
  if (query) {
    try {
      return query.parseParams(params ?? {});
    } catch {
      // Invalid params: keyed as given, so the fetcher reports the request it could not find.
    }
  }
  return params ?? {};
}

/**
 * `query:<name>:<params>`, `sql:<sql>`, `schema`, or `signalsMetadata:<filters>`.
 * A named query's client-compiled `sql` is not part of its key: the name and params say it all.
 */
export function requestKey(request: AnalyticsRequest): string {
  switch (request.kind) {
    case 'query':
      return `query:${request.name}:${canonicalJson(canonicalParams(request.name, request.params))}`;
    case 'sql':
      return `sql:${normalizeSql(request.sql)}`;
    case 'schema':
      return 'schema';
    case 'signalsMetadata':
      return `signalsMetadata:${canonicalJson({
        signalName: request.signalName,
        fromDate: request.fromDate,
        toDate: request.toDate,
      })}`;
  }
}

/** What an error or latency rule may name: a query's name, or a request kind for the others. */
export function requestLabel(request: AnalyticsRequest): string {
  return request.kind === 'query' ? request.name : request.kind;
}
