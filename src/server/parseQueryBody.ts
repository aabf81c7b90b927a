/**
 * Tells a named query from raw SQL in a `POST …/query` body. Accepted shapes:
 * `{ name, params? }` and `{ kind: 'query', name, params? }` (named; any `sql` the browser compiled
 * is ignored, the proxy compiles its own), `{ query }` (the API's own body) and
 * `{ kind: 'sql', sql }` (raw SQL).
 */
import { proxyError } from './errorResponse';

/** What a query body asks for. */
export type QueryBody =
  | { kind: 'query'; name: string; params: unknown }
  | { kind: 'sql'; sql: string };

/** The named query or raw SQL a parsed JSON body asks for; `BAD_REQUEST` for any other shape. */
export function parseQueryBody(body: unknown): QueryBody {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw proxyError('BAD_REQUEST', 'The request body must be a JSON object: { name, params } or { query }.');
  }
  const record = body as Record<string, unknown>;
  const kind = record['kind'];
  if (kind !== undefined && kind !== 'query' && kind !== 'sql') {
    throw proxyError('BAD_REQUEST', `Unknown request kind ${JSON.stringify(kind)}; expected 'query' or 'sql'.`);
  }

  const hasName = record['name'] !== undefined;
  const rawSql = kind === 'sql' ? record['sql'] : record['query'];
  const hasSql = rawSql !== undefined;

  if (kind === 'sql' || (kind === undefined && hasSql && !hasName)) {
    if (hasName) throw proxyError('BAD_REQUEST', "A request of kind 'sql' must not also name a query.");
    if (typeof rawSql !== 'string' || rawSql.trim() === '') {
      const field = kind === 'sql' ? 'sql' : 'query';
      throw proxyError('BAD_REQUEST', `"${field}" must be a non-empty string of SQL.`);
    }
    return { kind: 'sql', sql: rawSql };
  }

  if (hasName && hasSql) {
    throw proxyError('BAD_REQUEST', 'Send either { name, params } or { query }, not both.');
  }
  const name = record['name'];
  if (typeof name !== 'string' || name === '') {
    throw proxyError('BAD_REQUEST', 'The request body must name a query ({ name, params }) or carry SQL ({ query }).');
  }
  return { kind: 'query', name, params: record['params'] ?? {} };
}
