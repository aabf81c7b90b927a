/**
 * `paid-analytics-react/server`: the backend proxy a host mounts. It holds the API key, resolves
 * each end user's scope, compiles named queries on the server and refuses browser SQL unless the
 * host trusts the user. Fetch-API handler; `toNodeHandler` adapts it to `node:http` and Express.
 */
export { createAnalyticsProxy } from './createAnalyticsProxy';
export { toNodeHandler, type NodeRequestHandler } from './toNodeHandler';
export type { UpstreamFetch } from './callUpstream';
export type {
  AllowSql,
  AnalyticsProxyHandler,
  AnalyticsProxyOptions,
  ProxyQueryEvent,
  ProxyRequestKind,
  ResolveScope,
} from './proxyOptions';
export { AnalyticsError, PAID_ANALYTICS_URL, type Scope } from '../core/index';
