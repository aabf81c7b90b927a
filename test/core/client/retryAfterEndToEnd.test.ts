/**
 * Retry-After from the wire to the wait: createHttpFetcher reads the header (both forms) and the
 * QueryClient waits exactly that long, under fake timers and a fake clock.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHttpFetcher } from '../../../src/core/client/createHttpFetcher';
import { QueryClient } from '../../../src/core/client/QueryClient';
import { countBody } from './fakeFetcher';

const START = Date.UTC(2026, 10, 23, 18, 0, 0);

/** A fetch answering each call with the next scripted response, recording when it was called. */
function scriptedFetch(script: (() => Response)[]) {
  const calledAt: number[] = [];
  const fetchImplementation = (async () => {
    calledAt.push(Date.now());
    const next = script.shift();
    if (next === undefined) throw new Error('no more scripted responses');
    return next();
  }) as unknown as typeof fetch;
  return { fetchImplementation, calledAt };
}

function busy(retryAfter: string): () => Response {
  return () =>
    new Response(JSON.stringify({ error: 'Busy', code: 'CONCURRENCY_LIMIT_EXCEEDED' }), {
      status: 429,
      headers: { 'content-type': 'application/json', 'retry-after': retryAfter },
    });
}

const ok = () => new Response(JSON.stringify(countBody(5)), { status: 200, headers: { 'content-type': 'application/json' } });

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(START);
});

afterEach(() => {
  vi.useRealTimers();
});

describe('Retry-After end to end', () => {
  it('waits the seconds a 429 asks for, not the (shorter) backoff', async () => {
    const { fetchImplementation, calledAt } = scriptedFetch([busy('4'), ok]);
    const client = new QueryClient({ fetcher: createHttpFetcher({ baseUrl: 'http://proxy.test', fetch: fetchImplementation }), random: () => 0 });
    const result = client.fetchQuery({ kind: 'sql', sql: 'SELECT 5 AS n' });
    await vi.advanceTimersByTimeAsync(3_999);
    expect(calledAt).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    await expect(result).resolves.toMatchObject({ rows: [{ n: 5n }] });
    expect(calledAt.map((at) => at - START)).toEqual([0, 4_000]);
  });

  it('waits until the HTTP-date a 503 names', async () => {
    const until = new Date(START + 7_000).toUTCString();
    const { fetchImplementation, calledAt } = scriptedFetch([
      () => new Response('down for a moment', { status: 503, headers: { 'retry-after': until } }),
      ok,
    ]);
    const client = new QueryClient({ fetcher: createHttpFetcher({ baseUrl: 'http://proxy.test', fetch: fetchImplementation }), random: () => 0 });
    const result = client.fetchQuery({ kind: 'sql', sql: 'SELECT 5 AS n' });
    await vi.advanceTimersByTimeAsync(10_000);
    await expect(result).resolves.toBeDefined();
    expect(calledAt.map((at) => at - START)).toEqual([0, 7_000]);
  });

  it('fails fast when Retry-After is beyond maxRetryDelayMs, sending once', async () => {
    const { fetchImplementation, calledAt } = scriptedFetch([busy('120'), ok]);
    const client = new QueryClient({
      fetcher: createHttpFetcher({ baseUrl: 'http://proxy.test', fetch: fetchImplementation }),
      maxRetryDelayMs: 30_000,
    });
    const result = client.fetchQuery({ kind: 'sql', sql: 'SELECT 5 AS n' });
    await expect(result).rejects.toMatchObject({ code: 'CONCURRENCY_LIMIT_EXCEEDED', status: 429, retryAfterMs: 120_000 });
    await vi.advanceTimersByTimeAsync(200_000);
    expect(calledAt).toHaveLength(1);
  });
});
