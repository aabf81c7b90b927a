/**
 * The widgets' fetcher for a "view as" choice: an HTTP fetcher to the proxy whose `headers`
 * function sends the demo's customer header. One fetcher per choice, kept, because the
 * QueryClient caches per fetcher: switching back to a customer already seen is instant.
 */
import { useRef } from 'react';
import { createHttpFetcher } from '../src/core/client/createHttpFetcher';
import type { AnalyticsFetcher } from '../src/core/contract';
import { DEMO_CUSTOMER_HEADER } from './demoScope';

export function useScopedFetcher(baseUrl: string, customerId: string | null): AnalyticsFetcher {
  const fetchers = useRef(new Map<string, AnalyticsFetcher>());
  const key = customerId ?? '';
  let fetcher = fetchers.current.get(key);
  if (fetcher === undefined) {
    fetcher = createHttpFetcher({
      baseUrl,
      headers: () => (customerId === null ? {} : { [DEMO_CUSTOMER_HEADER]: customerId }),
    });
    fetchers.current.set(key, fetcher);
  }
  return fetcher;
}
