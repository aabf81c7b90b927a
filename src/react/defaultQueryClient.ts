import { QueryClient } from '../core/client/QueryClient';

let defaultClient: QueryClient | undefined;

/**
 * The QueryClient hooks use outside an `AnalyticsProvider` (each with its own `fetcher` option).
 * Created on first use, never at import, so importing the library starts nothing (SSR-safe).
 */
export function getDefaultQueryClient(): QueryClient {
  defaultClient ??= new QueryClient();
  return defaultClient;
}
