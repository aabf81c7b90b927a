import { createAnalyticsProxy, type AnalyticsProxyOptions } from 'paid-analytics-react/server';
import { signalsByPriority } from './signalsByPriority';

type ProxySettings = Pick<AnalyticsProxyOptions, 'upstream' | 'resolveScope'>;

/** The route handler's proxy with the host's own query registered beside the built-in ones. */
export function createOwnAnalysisProxy({ upstream, resolveScope }: ProxySettings) {
  const proxy = createAnalyticsProxy({ upstream, resolveScope, queries: [signalsByPriority] });
  return proxy;
}
