import type { AnalyticsFetcher, AnalyticsRequest } from '../contract';
import { decodeResponse, type DecodedResponse } from './decodeResponse';
import { stableSerialize } from './stableSerialize';

/** The `queryKey` prefix of every analytics query, for `queryClient.invalidateQueries({ queryKey: [ANALYTICS_QUERY_KEY] })`. */
export const ANALYTICS_QUERY_KEY = 'paid-analytics';

/** What `analyticsQueryOptions` gives: a TanStack Query `queryKey` and `queryFn`, and nothing of TanStack's. */
export interface AnalyticsQueryOptions<Request extends AnalyticsRequest> {
  queryKey: readonly [typeof ANALYTICS_QUERY_KEY, string];
  queryFn: (context: { signal: AbortSignal }) => Promise<DecodedResponse<Request>>;
}

/**
 * For hosts already on TanStack Query: `useQuery(analyticsQueryOptions(fetcher, request))` gives the
 * same decoded value as this library's hooks, with TanStack's cache, retries and abort signal.
 * The key is the request's stable serialization (key order does not matter); it does not include
 * the fetcher, so use one fetcher per TanStack QueryClient (or add your own key prefix).
 * Retries are TanStack's: pass `retry: (count, error) => error.retryable && count < 3` to retry
 * only what may succeed later.
 */
export function analyticsQueryOptions<Request extends AnalyticsRequest>(
  fetcher: AnalyticsFetcher,
  request: Request,
): AnalyticsQueryOptions<Request> {
  return {
    queryKey: [ANALYTICS_QUERY_KEY, stableSerialize(request)] as const,
    queryFn: async ({ signal }) => decodeResponse(request, await fetcher(request, { signal })),
  };
}
