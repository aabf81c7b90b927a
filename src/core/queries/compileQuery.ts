/**
 * `compileQuery`: a named query's name, untrusted params and the server-resolved scope → the one
 * SELECT to send to the Analytics API. The single entry point the proxy and the client use.
 */
import type { Scope } from '../contract';
import { AnalyticsError } from '../errors';
import { describeValue } from './params';
import type { QueryRegistry } from './queryRegistry';
import { BUILT_IN_QUERIES, findNamedQuery } from './registry';
import type { AnyNamedQuery } from './types';

/**
 * Validates `params` for the query called `name` and returns its SQL with `scope` applied to
 * every customer-data view it reads. `registry` (from `createQueryRegistry`) holds the host's
 * queries beside the built-in ones; without it only the built-in ones are known.
 * @throws AnalyticsError `UNKNOWN_QUERY` (400) for an unknown name,
 *   `INVALID_PARAMS` (400) naming the bad param, `INTERNAL_ERROR` for a malformed scope.
 */
export function compileQuery(name: string, params: unknown, scope: Scope, registry?: QueryRegistry): string {
  const query: AnyNamedQuery | undefined =
    registry === undefined ? findNamedQuery(name) : typeof name === 'string' ? registry.get(name) : undefined;
  if (query === undefined) {
    const names = registry === undefined ? Object.keys(BUILT_IN_QUERIES) : [...registry.keys()];
    throw new AnalyticsError({
      code: 'UNKNOWN_QUERY',
      message: `Unknown named query ${describeValue(name)}; expected one of ${names.join(', ')}`,
    });
  }
  return query.toSql(query.parseParams(params), scope);
}
