/**
 * Fault tests of the data layer: a server that never answers, a fetcher that ignores its abort signal,
 * and a storm of 429s. What must hold: every request ends (data or a typed error), no slot is held for
 * good, the cap is never exceeded, and `clear()` / `dispose()` leave nothing behind.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AnalyticsFetcher } from '../../../src/core/contract';
import { AnalyticsError } from '../../../src/core/errors';
import { QueryClient } from '../../../src/core/client/QueryClient';
import { countBody, createControlledFetcher, flushMicrotasks, sqlRequest } from './fakeFetcher';

afterEach(() => {
  vi.useRealTimers();
});

/** A fetcher for a server that never answers; it honours its signal (rejects when aborted), as `fetch` does. */
function hungFetcher(): { fetcher: AnalyticsFetcher; signals: AbortSignal[] } {
  const signals: AbortSignal[] = [];
  const fetcher: AnalyticsFetcher = (_request, { signal }) =>
    new Promise((_resolve, reject) => {
      signals.push(signal);
      signal.addEventListener('abort', () => reject(signal.reason), { once: true });
    });
  return { fetcher, signals };
}

describe('a hung endpoint', () => {
  it('fails each request with REQUEST_TIMEOUT at the deadline, aborts it and frees its slot for the queue', async () => {
    vi.useFakeTimers();
    const { fetcher, signals } = hungFetcher();
    const client = new QueryClient({ fetcher, maxInFlight: 2, requestTimeoutMs: 1_000 });
    const requests = [1, 2, 3].map((n) => client.fetchQuery(sqlRequest(`SELECT ${n} AS n`)));
    const outcomes = requests.map((request) => request.then(() => 'success', (error: AnalyticsError) => error.code));
    await vi.advanceTimersByTimeAsync(0);
    expect(signals).toHaveLength(2);
    expect(client.getActivity()).toMatchObject({ inFlight: 2, queued: 1 });

    await vi.advanceTimersByTimeAsync(999);
    expect(signals.some((signal) => signal.aborted)).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    // The first two ran out of time: aborted, failed with the typed error, the third sent in their place.
    expect(signals.slice(0, 2).every((signal) => signal.aborted)).toBe(true);
    expect(signals).toHaveLength(3);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await Promise.all(outcomes)).toEqual(['REQUEST_TIMEOUT', 'REQUEST_TIMEOUT', 'REQUEST_TIMEOUT']);
    const state = client.getState(sqlRequest('SELECT 1 AS n'));
    expect(state).toMatchObject({ status: 'error', isFetching: false });
    expect(state.error).toBeInstanceOf(AnalyticsError);
    expect(state.error!.retryable).toBe(false);
    expect(client.getActivity()).toMatchObject({ inFlight: 0, queued: 0, waitingToRetry: 0 });
    client.dispose();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('waits 35 s by default, a little longer than the API’s own 30 s limit', async () => {
    vi.useFakeTimers();
    const { fetcher, signals } = hungFetcher();
    const client = new QueryClient({ fetcher });
    const outcome = client.fetchQuery(sqlRequest('SELECT 1 AS n')).catch((error: AnalyticsError) => error.code);
    await vi.advanceTimersByTimeAsync(34_999);
    expect(signals[0]!.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await outcome).toBe('REQUEST_TIMEOUT');
    client.dispose();
  });

  it('keeps no deadline with requestTimeoutMs: Infinity', async () => {
    vi.useFakeTimers();
    const { fetcher, signals } = hungFetcher();
    const client = new QueryClient({ fetcher, requestTimeoutMs: Number.POSITIVE_INFINITY });
    void client.fetchQuery(sqlRequest('SELECT 1 AS n')).catch(() => {});
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(signals[0]!.aborted).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
    client.dispose();
    expect(signals[0]!.aborted).toBe(true);
  });

  it('refuses a negative deadline', () => {
    expect(() => new QueryClient({ requestTimeoutMs: -1 })).toThrow(expect.objectContaining({ code: 'BAD_REQUEST' }));
  });
});

describe('a deaf fetcher (ignores abort, never settles)', () => {
  it('holds no slot once its request is abandoned, times out or is cleared', async () => {
    vi.useFakeTimers();
    const { fetcher, calls } = createControlledFetcher(); // never settles unless told, ignores its signal
    const client = new QueryClient({ fetcher, maxInFlight: 4, requestTimeoutMs: 5_000 });

    // Four watchers leave: their slots are free at once, although the fetcher never settles.
    const leaving = [1, 2, 3, 4].map((n) => client.watch(sqlRequest(`SELECT ${n} AS n`), () => {}));
    expect(client.getActivity().inFlight).toBe(4);
    for (const unsubscribe of leaving) unsubscribe();
    await flushMicrotasks();
    expect(calls.slice(0, 4).every((call) => call.signal.aborted)).toBe(true);
    expect(client.getActivity()).toMatchObject({ inFlight: 0 });

    // Four more, watched: they are sent at once (no leaked slot), and time out at the deadline.
    const states: string[] = [];
    const watching = [5, 6, 7, 8].map((n) => client.watch(sqlRequest(`SELECT ${n} AS n`), (state) => states.push(state.status)));
    expect(calls).toHaveLength(8);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(client.getActivity()).toMatchObject({ inFlight: 0 });
    expect(states.filter((status) => status === 'error')).toHaveLength(4);

    // Their late answers land nowhere and free nothing twice.
    for (const call of calls) call.resolve(countBody(1));
    await flushMicrotasks();
    expect(client.getActivity().inFlight).toBe(0);
    expect(client.getState(sqlRequest('SELECT 5 AS n')).status).toBe('error');

    // A fifth wave, then clear(): every slot free, nothing pending, even with the fetcher deaf.
    client.refetch(sqlRequest('SELECT 5 AS n'));
    for (const n of [9, 10, 11, 12]) void client.fetchQuery(sqlRequest(`SELECT ${n} AS n`)).catch(() => {});
    expect(client.getActivity()).toMatchObject({ inFlight: 4, queued: 1 });
    client.clear();
    // The still-watched entries start over; with the deaf fetcher they are in flight again, nothing more.
    expect(client.getActivity()).toMatchObject({ inFlight: 4, queued: 0 });
    for (const unsubscribe of watching) unsubscribe();
    await flushMicrotasks();
    expect(client.getActivity()).toMatchObject({ inFlight: 0, queued: 0 });
    client.dispose();
    expect(client.getActivity()).toEqual({ entries: 0, inFlight: 0, queued: 0, waitingToRetry: 0, timers: 0 });
    expect(vi.getTimerCount()).toBe(0);
  });

  it('dispose() frees every slot of a full client at once', async () => {
    const { fetcher } = createControlledFetcher();
    const client = new QueryClient({ fetcher, maxInFlight: 4 });
    for (const n of [1, 2, 3, 4, 5, 6]) client.watch(sqlRequest(`SELECT ${n} AS n`), () => {});
    expect(client.getActivity()).toMatchObject({ inFlight: 4, queued: 2 });
    client.dispose();
    expect(client.getActivity()).toMatchObject({ inFlight: 0, queued: 0 });
  });
});

describe('a 429 storm', () => {
  /** A server at its concurrency limit: every request is refused with 429 and `Retry-After`. */
  function stormFetcher(retryAfterMs: number, recoverAfterCalls = Number.POSITIVE_INFINITY) {
    let calls = 0;
    let concurrent = 0;
    let highest = 0;
    const fetcher: AnalyticsFetcher = () => {
      calls += 1;
      concurrent += 1;
      highest = Math.max(highest, concurrent);
      const call = calls;
      return new Promise((resolve, reject) => {
        setTimeout(() => {
          concurrent -= 1;
          if (call > recoverAfterCalls) resolve(countBody(call));
          else reject(new AnalyticsError({ code: 'CONCURRENCY_LIMIT_EXCEEDED', status: 429, message: 'Too many queries', retryAfterMs }));
        }, 10);
      });
    };
    return { fetcher, stats: () => ({ calls, highest, concurrent }) };
  }

  it('never exceeds the cap, gives up after the retries with the typed error, and leaves no timer', async () => {
    vi.useFakeTimers();
    const storm = stormFetcher(1_000);
    const client = new QueryClient({ fetcher: storm.fetcher, maxInFlight: 4, retries: 3 });
    const outcomes = Array.from({ length: 10 }, (_, n) =>
      client.fetchQuery(sqlRequest(`SELECT ${n} AS n`)).then(() => 'success', (error: AnalyticsError) => error.code),
    );
    await vi.advanceTimersByTimeAsync(60_000);
    expect(await Promise.all(outcomes)).toEqual(Array.from({ length: 10 }, () => 'CONCURRENCY_LIMIT_EXCEEDED'));
    expect(storm.stats()).toMatchObject({ calls: 40, concurrent: 0 }); // 1 try + 3 retries each
    expect(storm.stats().highest).toBeLessThanOrEqual(4);
    expect(client.getActivity()).toMatchObject({ inFlight: 0, queued: 0, waitingToRetry: 0 });
    client.dispose();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('lets every request through once the storm passes', async () => {
    vi.useFakeTimers();
    const storm = stormFetcher(500, 12);
    const client = new QueryClient({ fetcher: storm.fetcher, maxInFlight: 4, retries: 5 });
    const outcomes = Array.from({ length: 8 }, (_, n) => client.fetchQuery(sqlRequest(`SELECT ${n} AS n`)).then(() => 'success', () => 'error'));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(await Promise.all(outcomes)).toEqual(Array.from({ length: 8 }, () => 'success'));
    expect(storm.stats().highest).toBeLessThanOrEqual(4);
    client.dispose();
  });
});
