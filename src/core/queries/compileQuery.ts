/**
 * `compileQuery`: a named query's name, untrusted params and the server-resolved scope → the one
 * SELECT to send to the Analytics API. The single entry point the proxy and the client use.
 */
import type { Scope } from '../contract';
import { AnalyticsError } from '../errors';
import { describeValue } from './params';
import { NAMED_QUERY_NAMES, findNamedQuery } from './registry';

/**
 * Validates `params` for the query called `name` and returns its SQL with `scope` applied to
 * every fact view it reads.
 * @throws AnalyticsError `UNKNOWN_QUERY` (400) for a name not in `NAMED_QUERIES`,
 *   `INVALID_PARAMS` (400) naming the bad param, `INTERNAL_ERROR` for a malformed scope.
 */
export function compileQuery(name: string, params: unknown, scope: Scope): string {
  const query = findNamedQuery(name);
  if (query === undefined) {
    throw new AnalyticsError({
      code: 'UNKNOWN_QUERY',
      message: `Unknown named query ${describeValue(name)}; expected one of ${NAMED_QUERY_NAMES.join(', ')}`,
    });
  }
  return query.toSql(query.parseParams(params), scope);
}
