/**
 * Which of the proxy's three routes a request path names. Matching is on the path's end, so the
 * host may mount the proxy under any prefix (`/api/analytics/query`, `/analytics/v1/query`, …).
 */

/** The kind of request a route serves, as the fetcher contract names it. */
export type ProxyRouteKind = 'query' | 'schema' | 'signalsMetadata';

export interface ProxyRoute {
  /** `query` serves both named queries and raw SQL; the body tells which. */
  kind: ProxyRouteKind;
  /** The one method the route answers. */
  method: 'GET' | 'POST';
}

const ROUTES: readonly (readonly [suffix: string, route: ProxyRoute])[] = [
  ['/signals/metadata', { kind: 'signalsMetadata', method: 'GET' }],
  ['/schema', { kind: 'schema', method: 'GET' }],
  ['/query', { kind: 'query', method: 'POST' }],
];

/** The route whose suffix ends `pathname` (one trailing slash ignored), or `null` when none does. */
export function matchProxyRoute(pathname: string): ProxyRoute | null {
  const path = pathname.length > 1 && pathname.endsWith('/') ? pathname.slice(0, -1) : pathname;
  for (const [suffix, route] of ROUTES) {
    if (path.endsWith(suffix)) return route;
  }
  return null;
}
