/**
 * Helpers for the hook tests: a provider bound to a fresh QueryClient, and query bodies whose
 * one String column `tag` says which request they answer.
 */
import type { ReactNode } from 'react';
import { QueryClient, type QueryClientOptions } from '../../src/core/client/QueryClient';
import type { AnalyticsFetcher, QueryResponseBody } from '../../src/core/contract';
import { AnalyticsProvider } from '../../src/react/AnalyticsProvider';

export function tagBody(tag: string): QueryResponseBody {
  return {
    columns: [{ name: 'tag', type: 'String' }],
    rows: [[tag]],
    meta: { rowCount: 1, elapsedMs: 3, truncated: false },
  };
}

export function providerFor(fetcher: AnalyticsFetcher, options: QueryClientOptions = {}) {
  const client = new QueryClient(options);
  const wrapper = ({ children }: { children?: ReactNode }) => (
    <AnalyticsProvider fetcher={fetcher} client={client}>
      {children}
    </AnalyticsProvider>
  );
  return { client, wrapper };
}
