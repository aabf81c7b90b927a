/**
 * Records fixtures by sending requests through any fetcher (an HTTP fetcher pointed at the
 * emulator, your proxy or a live account) and keeping each body, ready for `createFixtureFetcher`.
 */
import type { AnalyticsFetcher, AnalyticsRequest } from '../core/contract';
import type { AnalyticsFixture } from './fixture';

/**
 * Removes what changes from run to run without the data changing (`meta.elapsedMs`), so
 * a re-recording of the same data is byte-identical.
 */
export function stabilizeBody(body: unknown): unknown {
  if (typeof body !== 'object' || body === null) return body;
  const meta = (body as { meta?: unknown }).meta;
  if (typeof meta !== 'object' || meta === null || !('elapsedMs' in meta)) return body;
  return { ...body, meta: { ...meta, elapsedMs: 0 } };
}

/** Runs `requests` one after another through `fetcher` and pairs each with its stabilized body. */
export async function recordFixtures(
  fetcher: AnalyticsFetcher,
  requests: readonly AnalyticsRequest[],
  init: { signal?: AbortSignal } = {},
): Promise<AnalyticsFixture[]> {
  const signal = init.signal ?? new AbortController().signal;
  const fixtures: AnalyticsFixture[] = [];
  for (const request of requests) {
    const body = await fetcher(request, { signal });
    fixtures.push({ request, body: stabilizeBody(body) });
  }
  return fixtures;
}
