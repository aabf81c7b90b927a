import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AnalyticsFetcher, NamedQueryRequest } from '../../../src/core/contract';
import { AnalyticsError } from '../../../src/core/errors';
import { QueryClient, type QueryState } from '../../../src/core/client/QueryClient';
import { countBody, createControlledFetcher, drainScheduler, flushMicrotasks, sqlRequest } from './fakeFetcher';

afterEach(() => {
  vi.useRealTimers();
});

function httpError(status: number, retryAfterMs?: number): AnalyticsError {
  return new AnalyticsError({ code: 'HTTP_ERROR', status, message: `HTTP ${status}`, retryAfterMs });
}

describe('QueryClient', () => {
  describe('cache and dedupe', () => {
    it('sends identical requests in flight once, whatever the key order, and gives every watcher the rows', async () => {
      const { fetcher, calls } = createControlledFetcher();
      const client = new QueryClient({ fetcher });
      const seen: QueryState<unknown>[][] = [[], [], []];
      const requests: NamedQueryRequest[] = [
        { kind: 'query', name: 'usage-trends', params: { from: '2026-01-01', grain: 'day' } },
        { kind: 'query', name: 'usage-trends', params: { grain: 'day', from: '2026-01-01' } },
        { params: { grain: 'day', from: '2026-01-01' }, name: 'usage-trends', kind: 'query' },
      ];
      requests.forEach((request, index) => client.watch(request, (state) => seen[index]!.push(state)));
      const awaited = client.fetchQuery(requests[0]!);

      expect(calls).toHaveLength(1);
      calls[0]!.resolve(countBody('9007199254740993'));
      const data = await awaited;

      expect(data.rows).toEqual([{ n: 9007199254740993n }]);
      for (const states of seen) expect(states.at(-1)).toMatchObject({ status: 'success', isFetching: false });
      expect(calls).toHaveLength(1);
    });

    it('sends each distinct request once however watchers and answers interleave (fast-check scheduler)', async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.scheduler(),
          fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 20 }),
          async (scheduler, picks) => {
            const sent: string[] = [];
            const fetcher: AnalyticsFetcher = (request) => {
              sent.push((request as { sql: string }).sql);
              return scheduler.schedule(Promise.resolve(countBody(sent.length)), `answer ${sent.length}`);
            };
            const client = new QueryClient({ fetcher, staleTimeMs: Number.POSITIVE_INFINITY });
            const joining = scheduler.scheduleSequence(
              picks.map((pick, index) => ({
                label: `watcher ${index} wants ${pick}`,
                builder: async () => {
                  client.watch(sqlRequest(`SELECT ${pick} AS n`), () => {});
                },
              })),
            );
            await drainScheduler(scheduler);
            await joining.task;
            await drainScheduler(scheduler);

            expect([...sent].sort()).toEqual([...new Set(picks)].map((pick) => `SELECT ${pick} AS n`).sort());
            for (const pick of new Set(picks)) expect(client.getState(sqlRequest(`SELECT ${pick} AS n`)).status).toBe('success');
          },
        ),
        { numRuns: 80 },
      );
    });

    it('serves fresh data from the cache and refetches once it is stale', async () => {
      let now = 1_000;
      const { fetcher, calls } = createControlledFetcher();
      const client = new QueryClient({ fetcher, staleTimeMs: 10_000, now: () => now });
      const request = sqlRequest('SELECT 1 AS n');
      const first = client.fetchQuery(request);
      calls[0]!.resolve(countBody(1));
      await first;

      now += 9_999;
      await expect(client.fetchQuery(request)).resolves.toMatchObject({ rows: [{ n: 1n }] });
      const unsubscribe = client.watch(request, () => {});
      expect(calls).toHaveLength(1);
      unsubscribe();

      now += 1;
      client.watch(request, () => {});
      expect(calls).toHaveLength(2);
      expect(client.getState(request)).toMatchObject({ status: 'success', isFetching: true, data: { rows: [{ n: 1n }] } });
    });

    it('keeps the cache of different fetchers apart', async () => {
      const first = createControlledFetcher();
      const second = createControlledFetcher();
      const client = new QueryClient();
      const request = sqlRequest('SELECT 1 AS n');
      client.watch(request, () => {}, { fetcher: first.fetcher });
      client.watch(request, () => {}, { fetcher: second.fetcher });
      expect(first.calls).toHaveLength(1);
      expect(second.calls).toHaveLength(1);
    });

    it('returns the same state object until something changes (a valid React snapshot)', () => {
      const { fetcher, calls } = createControlledFetcher();
      const client = new QueryClient({ fetcher });
      const request = sqlRequest('SELECT 1 AS n');
      client.watch(request, () => {});
      const before = client.getState(request);
      expect(client.getState({ ...request })).toBe(before);
      calls[0]!.resolve(countBody(1));
      return flushMicrotasks().then(() => expect(client.getState(request)).not.toBe(before));
    });

    it('fails a request with a clear BAD_REQUEST when there is no fetcher at all', () => {
      const client = new QueryClient();
      const request = sqlRequest('SELECT 1');
      client.watch(request, () => {});
      const state = client.getState(request);
      expect(state.status).toBe('error');
      expect(state.error).toBeInstanceOf(AnalyticsError);
      expect(state.error?.code).toBe('BAD_REQUEST');
    });
  });

  describe('in-flight cap', () => {
    it('never has more than maxInFlight requests in flight, sends in FIFO order and drains the queue', async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.scheduler(),
          fc.integer({ min: 1, max: 5 }),
          fc.integer({ min: 1, max: 16 }),
          async (scheduler, maxInFlight, count) => {
            let inFlight = 0;
            let highest = 0;
            const sentOrder: string[] = [];
            const fetcher: AnalyticsFetcher = (request) => {
              inFlight += 1;
              highest = Math.max(highest, inFlight);
              sentOrder.push((request as { sql: string }).sql);
              return scheduler.schedule(Promise.resolve(countBody(sentOrder.length))).finally(() => {
                inFlight -= 1;
              });
            };
            const client = new QueryClient({ fetcher, maxInFlight });
            const requests = Array.from({ length: count }, (_, index) => sqlRequest(`SELECT ${index} AS n`));
            const results = Promise.all(requests.map((request) => client.fetchQuery(request)));

            await drainScheduler(scheduler);
            await results;

            expect(highest).toBeLessThanOrEqual(maxInFlight);
            expect(highest).toBe(Math.min(maxInFlight, count));
            expect(sentOrder).toEqual(requests.map((request) => (request as { sql: string }).sql));
            expect(client.getActivity()).toMatchObject({ inFlight: 0, queued: 0, waitingToRetry: 0 });
          },
        ),
        { numRuns: 60 },
      );
    });

    it('keeps the cap and drains the queue when watchers leave at random moments', async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.scheduler(),
          fc.integer({ min: 1, max: 4 }),
          fc.array(fc.boolean(), { minLength: 1, maxLength: 12 }),
          async (scheduler, maxInFlight, leaves) => {
            // Requests the fetcher is working on: it honours its signal (as createHttpFetcher does), so an
            // aborted request stops counting at once — the client frees the slot then, too.
            let inFlight = 0;
            let highest = 0;
            const fetcher: AnalyticsFetcher = (_request, { signal }) => {
              inFlight += 1;
              highest = Math.max(highest, inFlight);
              let done = false;
              const finish = () => {
                if (done) return;
                done = true;
                inFlight -= 1;
              };
              signal.addEventListener('abort', finish, { once: true });
              return scheduler.schedule(Promise.resolve(countBody(1))).finally(finish);
            };
            const client = new QueryClient({ fetcher, maxInFlight });
            const watched = leaves.map((leaves, index) => {
              const request = sqlRequest(`SELECT ${index} AS n`);
              const unsubscribe = client.watch(request, () => {});
              if (leaves) void scheduler.schedule(Promise.resolve(), `leave ${index}`).then(unsubscribe);
              return { request, leaves };
            });

            await drainScheduler(scheduler);

            expect(highest).toBeLessThanOrEqual(maxInFlight);
            expect(client.getActivity()).toMatchObject({ inFlight: 0, queued: 0 });
            for (const { request, leaves } of watched) {
              const state = client.getState(request);
              expect(state.isFetching).toBe(false);
              expect(state.status).not.toBe('error');
              if (!leaves) expect(state.status).toBe('success');
            }
          },
        ),
        { numRuns: 60 },
      );
    });

    it('never sends a queued request whose last watcher left before its turn', async () => {
      const { fetcher, calls } = createControlledFetcher();
      const client = new QueryClient({ fetcher, maxInFlight: 1 });
      client.watch(sqlRequest('SELECT 1 AS n'), () => {});
      const leave = client.watch(sqlRequest('SELECT 2 AS n'), () => {});
      client.watch(sqlRequest('SELECT 3 AS n'), () => {});
      expect(client.getActivity().queued).toBe(2);
      leave();
      await flushMicrotasks();
      calls[0]!.resolve(countBody(1));
      await flushMicrotasks();
      expect(calls.map((call) => (call.request as { sql: string }).sql)).toEqual(['SELECT 1 AS n', 'SELECT 3 AS n']);
    });
  });

  describe('retries', () => {
    it('retries a 503 with exponential backoff and full jitter, then succeeds', async () => {
      vi.useFakeTimers();
      const { fetcher, calls } = createControlledFetcher();
      const client = new QueryClient({ fetcher, retryBaseDelayMs: 1_000, random: () => 0.5 });
      const request = sqlRequest('SELECT 1 AS n');
      const result = client.fetchQuery(request);

      calls[0]!.reject(httpError(503));
      await vi.advanceTimersByTimeAsync(499);
      expect(calls).toHaveLength(1);
      expect(client.getState(request)).toMatchObject({ status: 'loading', isFetching: true, failureCount: 1 });
      await vi.advanceTimersByTimeAsync(1);
      expect(calls).toHaveLength(2);

      calls[1]!.reject(httpError(429));
      await vi.advanceTimersByTimeAsync(999); // 0.5 × 2 000
      expect(calls).toHaveLength(2);
      await vi.advanceTimersByTimeAsync(1);
      expect(calls).toHaveLength(3);

      calls[2]!.resolve(countBody(7));
      await expect(result).resolves.toMatchObject({ rows: [{ n: 7n }] });
      expect(client.getState(request)).toMatchObject({ status: 'success', failureCount: 2 });
    });

    it('draws each delay uniformly below the doubling ceiling, capped at maxRetryDelayMs', async () => {
      vi.useFakeTimers();
      const draws = [0.999, 0.25, 0.75];
      const { fetcher, calls } = createControlledFetcher();
      const client = new QueryClient({ fetcher, retryBaseDelayMs: 4_000, maxRetryDelayMs: 10_000, random: () => draws.shift()! });
      const result = client.fetchQuery(sqlRequest('SELECT 1 AS n'));
      const sentAt: number[] = [Date.now()];
      const start = Date.now();
      for (let attempt = 0; attempt < 3; attempt += 1) {
        calls[attempt]!.reject(new AnalyticsError({ code: 'NETWORK_ERROR', message: 'offline' }));
        while (calls.length === attempt + 1) await vi.advanceTimersByTimeAsync(1);
        sentAt.push(Date.now());
      }
      calls[3]!.resolve(countBody(1));
      await result;
      // Ceilings 4 000, 8 000, min(16 000, 10 000); draws 0.999, 0.25, 0.75.
      expect(sentAt.map((at) => at - start)).toEqual([0, 3_996, 3_996 + 2_000, 3_996 + 2_000 + 7_500]);
    });

    it('retries at most `retries` times, then shows the last error', async () => {
      vi.useFakeTimers();
      const { fetcher, calls } = createControlledFetcher();
      const client = new QueryClient({ fetcher, retries: 3, random: () => 0 });
      const request = sqlRequest('SELECT 1 AS n');
      const result = client.fetchQuery(request);
      const assertion = expect(result).rejects.toMatchObject({ code: 'HTTP_ERROR', status: 502 });
      for (let attempt = 0; attempt < 4; attempt += 1) {
        calls[attempt]!.reject(httpError(502));
        await vi.advanceTimersByTimeAsync(0);
      }
      await assertion;
      await vi.advanceTimersByTimeAsync(60_000);
      expect(calls).toHaveLength(4);
      expect(client.getState(request)).toMatchObject({ status: 'error', isFetching: false, failureCount: 4 });
      expect(client.getActivity()).toMatchObject({ waitingToRetry: 0, queued: 0, inFlight: 0 });
    });

    it.each([400, 401, 403, 404, 408, 500])('never retries HTTP %i', async (status) => {
      vi.useFakeTimers();
      const { fetcher, calls } = createControlledFetcher();
      const client = new QueryClient({ fetcher, random: () => 0 });
      const request = sqlRequest('SELECT 1 AS n');
      const result = client.fetchQuery(request);
      calls[0]!.reject(httpError(status));
      await expect(result).rejects.toMatchObject({ status });
      await vi.advanceTimersByTimeAsync(120_000);
      expect(calls).toHaveLength(1);
      expect(client.getState(request).status).toBe('error');
    });

    it('honours Retry-After instead of the backoff', async () => {
      vi.useFakeTimers();
      const { fetcher, calls } = createControlledFetcher();
      const client = new QueryClient({ fetcher, retryBaseDelayMs: 10, random: () => 0 });
      const result = client.fetchQuery(sqlRequest('SELECT 1 AS n'));
      calls[0]!.reject(httpError(429, 2_000));
      await vi.advanceTimersByTimeAsync(1_999);
      expect(calls).toHaveLength(1);
      await vi.advanceTimersByTimeAsync(1);
      expect(calls).toHaveLength(2);
      calls[1]!.resolve(countBody(1));
      await expect(result).resolves.toBeDefined();
    });

    it('fails fast when Retry-After asks for longer than maxRetryDelayMs', async () => {
      vi.useFakeTimers();
      const { fetcher, calls } = createControlledFetcher();
      const client = new QueryClient({ fetcher, maxRetryDelayMs: 5_000 });
      const request = sqlRequest('SELECT 1 AS n');
      const result = client.fetchQuery(request);
      calls[0]!.reject(httpError(429, 5_001));
      await expect(result).rejects.toMatchObject({ status: 429, retryAfterMs: 5_001 });
      expect(client.getState(request).status).toBe('error');
      expect(client.getActivity().timers).toBe(1); // only the GC timer
      await vi.advanceTimersByTimeAsync(10_000);
      expect(calls).toHaveLength(1);
    });

    it('counts an unknown fetcher failure as a network failure and retries it', async () => {
      vi.useFakeTimers();
      const { fetcher, calls } = createControlledFetcher();
      const client = new QueryClient({ fetcher, random: () => 0 });
      const request = sqlRequest('SELECT 1 AS n');
      const result = client.fetchQuery(request);
      calls[0]!.reject(new TypeError('Failed to fetch'));
      await vi.advanceTimersByTimeAsync(0);
      expect(calls).toHaveLength(2);
      calls[1]!.resolve(countBody(3));
      await expect(result).resolves.toMatchObject({ rows: [{ n: 3n }] });
    });

    it('treats a body that is not the documented shape as INVALID_RESPONSE, never as rows, and does not retry', async () => {
      const { fetcher, calls } = createControlledFetcher();
      const client = new QueryClient({ fetcher });
      const request = sqlRequest('SELECT 1 AS n');
      const result = client.fetchQuery(request);
      calls[0]!.resolve({ rows: 'not rows' });
      await expect(result).rejects.toMatchObject({ code: 'INVALID_RESPONSE' });
      expect(client.getState(request)).toMatchObject({ status: 'error', data: undefined });
      expect(calls).toHaveLength(1);
    });
  });

  describe('abort', () => {
    it('aborts the request when its last watcher leaves, and shows no error and retries nothing', async () => {
      const { fetcher, calls } = createControlledFetcher();
      const client = new QueryClient({ fetcher });
      const request = sqlRequest('SELECT 1 AS n');
      const states: QueryState<unknown>[] = [];
      const first = client.watch(request, (state) => states.push(state));
      const second = client.watch(request, () => {});
      first();
      await flushMicrotasks();
      expect(calls[0]!.signal.aborted).toBe(false);
      second();
      await flushMicrotasks();
      expect(calls[0]!.signal.aborted).toBe(true);

      calls[0]!.reject(new AnalyticsError({ code: 'ABORTED', message: 'aborted' }));
      await flushMicrotasks();
      expect(calls).toHaveLength(1);
      expect(client.getState(request)).toMatchObject({ status: 'loading', error: undefined, isFetching: false });
      expect(states.every((state) => state.status !== 'error')).toBe(true);
    });

    it('does not abort or resend when a watcher leaves and comes back in the same task (Strict Mode)', async () => {
      const { fetcher, calls } = createControlledFetcher();
      const client = new QueryClient({ fetcher });
      const request = sqlRequest('SELECT 1 AS n');
      const unsubscribe = client.watch(request, () => {});
      unsubscribe();
      client.watch(request, () => {});
      await flushMicrotasks();
      expect(calls).toHaveLength(1);
      expect(calls[0]!.signal.aborted).toBe(false);
    });

    it('ignores a late answer to an aborted request', async () => {
      const { fetcher, calls } = createControlledFetcher();
      const client = new QueryClient({ fetcher });
      const request = sqlRequest('SELECT 1 AS n');
      client.watch(request, () => {})();
      await flushMicrotasks();
      calls[0]!.resolve(countBody(1)); // a fetcher that ignored its signal
      await flushMicrotasks();
      expect(client.getState(request).data).toBeUndefined();
    });

    it('rejects a fetchQuery caller whose own signal aborts, with ABORTED', async () => {
      const { fetcher, calls } = createControlledFetcher();
      const client = new QueryClient({ fetcher });
      const controller = new AbortController();
      const result = client.fetchQuery(sqlRequest('SELECT 1 AS n'), { signal: controller.signal });
      controller.abort();
      await expect(result).rejects.toMatchObject({ code: 'ABORTED' });
      await flushMicrotasks();
      expect(calls[0]!.signal.aborted).toBe(true);
    });

    it('cancels a pending retry when nobody waits any more', async () => {
      vi.useFakeTimers();
      const { fetcher, calls } = createControlledFetcher();
      const client = new QueryClient({ fetcher, random: () => 0.9 });
      const request = sqlRequest('SELECT 1 AS n');
      const unsubscribe = client.watch(request, () => {});
      calls[0]!.reject(httpError(503));
      await vi.advanceTimersByTimeAsync(0);
      expect(client.getActivity().waitingToRetry).toBe(1);
      unsubscribe();
      await vi.advanceTimersByTimeAsync(60_000);
      expect(calls).toHaveLength(1);
      expect(client.getState(request).status).not.toBe('error');
    });
  });

  describe('stale responses', () => {
    it('never lets an older response replace newer data (fast-check scheduler)', async () => {
      await fc.assert(
        fc.asyncProperty(fc.scheduler(), fc.integer({ min: 1, max: 5 }), async (scheduler, refetches) => {
          let sent = 0;
          // A fetcher that ignores its signal, so old answers really do arrive, in any order.
          const fetcher: AnalyticsFetcher = () => {
            sent += 1;
            return scheduler.schedule(Promise.resolve(countBody(sent)), `answer ${sent}`);
          };
          const client = new QueryClient({ fetcher });
          const request = sqlRequest('SELECT n');
          const shown: unknown[] = [];
          client.watch(request, (state) => {
            if (state.data !== undefined && shown.at(-1) !== state.data) shown.push(state.data);
          });
          for (let index = 0; index < refetches; index += 1) client.refetch(request);
          await drainScheduler(scheduler);
          // Superseded requests still queued are never sent; of those sent, only the last counts.
          expect(sent).toBeLessThanOrEqual(refetches + 1);
          expect(shown.map((data) => (data as { rows: unknown[] }).rows)).toEqual([[{ n: BigInt(sent) }]]);
        }),
        { numRuns: 80 },
      );
    });

    it('aborts the replaced request when refetch sends a new one', () => {
      const { fetcher, calls } = createControlledFetcher();
      const client = new QueryClient({ fetcher });
      const request = sqlRequest('SELECT 1 AS n');
      client.watch(request, () => {});
      client.refetch(request);
      expect(calls).toHaveLength(2);
      expect(calls[0]!.signal.aborted).toBe(true);
      expect(calls[1]!.signal.aborted).toBe(false);
    });

    it('gives a fetchQuery caller the answer of the refetch that replaced its request', async () => {
      const { fetcher, calls } = createControlledFetcher();
      const client = new QueryClient({ fetcher });
      const request = sqlRequest('SELECT 1 AS n');
      const result = client.fetchQuery(request);
      client.refetch(request);
      calls[1]!.resolve(countBody(2));
      await expect(result).resolves.toMatchObject({ rows: [{ n: 2n }] });
    });
  });

  describe('invalidate', () => {
    it('refetches watched requests that match and marks unwatched ones stale', async () => {
      const { fetcher, calls } = createControlledFetcher();
      const client = new QueryClient({ fetcher, staleTimeMs: Number.POSITIVE_INFINITY });
      const watched = sqlRequest('SELECT 1 AS n');
      const unwatched = sqlRequest('SELECT 2 AS n');
      const other = { kind: 'schema' } as const;
      client.watch(watched, () => {});
      client.watch(other, () => {});
      const done = client.fetchQuery(unwatched);
      calls[0]!.resolve(countBody(1));
      calls[1]!.resolve({ views: [] });
      calls[2]!.resolve(countBody(2));
      await done;
      await flushMicrotasks();

      client.invalidate((request) => request.kind === 'sql');
      expect(calls).toHaveLength(4);
      expect(calls[3]!.request).toEqual(watched);
      client.watch(unwatched, () => {});
      expect(calls).toHaveLength(5);
      expect(calls[4]!.request).toEqual(unwatched);
    });
  });

  describe('garbage collection and teardown', () => {
    it('drops an entry nobody watches after gcTimeMs, and keeps it while watched', async () => {
      vi.useFakeTimers();
      const { fetcher, calls } = createControlledFetcher();
      const client = new QueryClient({ fetcher, gcTimeMs: 1_000 });
      const request = sqlRequest('SELECT 1 AS n');
      const unsubscribe = client.watch(request, () => {});
      calls[0]!.resolve(countBody(1));
      await vi.advanceTimersByTimeAsync(5_000);
      expect(client.getActivity().entries).toBe(1);
      unsubscribe();
      await vi.advanceTimersByTimeAsync(999);
      expect(client.getState(request).status).toBe('success');
      await vi.advanceTimersByTimeAsync(1);
      expect(client.getActivity()).toMatchObject({ entries: 0, timers: 0 });
      expect(client.getState(request).status).toBe('loading');
    });

    it('keeps an entry whose gcTimeMs is beyond what a timer can hold, instead of dropping it at once', async () => {
      vi.useFakeTimers();
      const { fetcher, calls } = createControlledFetcher();
      const client = new QueryClient({ fetcher, gcTimeMs: 2 ** 40 });
      const request = sqlRequest('SELECT 1 AS n');
      const unsubscribe = client.watch(request, () => {});
      calls[0]!.resolve(countBody(1));
      await vi.advanceTimersByTimeAsync(10);
      unsubscribe();
      await vi.advanceTimersByTimeAsync(60_000);
      expect(client.getState(request).status).toBe('success');
    });

    it('clear() aborts everything and leaves no timer, request or entry behind', async () => {
      vi.useFakeTimers();
      const { fetcher, calls } = createControlledFetcher();
      const client = new QueryClient({ fetcher, maxInFlight: 1, random: () => 0.5 });
      const retrying = client.fetchQuery(sqlRequest('SELECT 1 AS n'));
      const cached = client.fetchQuery(sqlRequest('SELECT 2 AS n'));
      const pending = client.fetchQuery(sqlRequest('SELECT 3 AS n'));
      calls[0]!.reject(httpError(503));
      await vi.advanceTimersByTimeAsync(0);
      calls[1]!.resolve(countBody(2));
      await cached;
      await vi.advanceTimersByTimeAsync(0);
      expect(client.getActivity()).toMatchObject({ entries: 3, inFlight: 1, waitingToRetry: 1 });
      const rejected = Promise.all([
        expect(retrying).rejects.toMatchObject({ code: 'ABORTED' }),
        expect(pending).rejects.toMatchObject({ code: 'ABORTED' }),
      ]);

      client.clear();
      await rejected;
      expect(calls.every((call) => call.signal.aborted || call.settled)).toBe(true);
      expect(vi.getTimerCount()).toBe(0);
      // The slot of the request in flight is free at once, before its fetcher settles.
      expect(client.getActivity()).toEqual({ entries: 0, inFlight: 0, queued: 0, waitingToRetry: 0, timers: 0 });
      calls[2]!.resolve(countBody(3));
      await vi.advanceTimersByTimeAsync(0);
      expect(client.getActivity().inFlight).toBe(0);
    });

    it('clear() starts what is still watched over from loading and fetches it anew', async () => {
      const { fetcher, calls } = createControlledFetcher();
      const client = new QueryClient({ fetcher });
      const request = sqlRequest('SELECT 1 AS n');
      const states: QueryState<unknown>[] = [];
      client.watch(request, (state) => states.push(state));
      calls[0]!.resolve(countBody(1));
      await flushMicrotasks();
      expect(client.getState(request).status).toBe('success');

      client.clear();
      expect(client.getState(request)).toMatchObject({ status: 'loading', data: undefined, isFetching: true });
      expect(calls).toHaveLength(2);
      calls[1]!.resolve(countBody(2));
      await flushMicrotasks();
      expect(client.getState(request).data?.rows).toEqual([{ n: 2n }]);
    });

    it('dispose() refuses new work', async () => {
      const { fetcher, calls } = createControlledFetcher();
      const client = new QueryClient({ fetcher });
      client.dispose();
      client.watch(sqlRequest('SELECT 1'), () => {});
      await expect(client.fetchQuery(sqlRequest('SELECT 1'))).rejects.toBeInstanceOf(AnalyticsError);
      expect(calls).toHaveLength(0);
    });
  });

  describe('options', () => {
    it.each([{ maxInFlight: 0 }, { maxInFlight: 1.5 }, { retries: -1 }, { gcTimeMs: Number.NaN }])(
      'rejects the invalid option %o with a typed error',
      (options) => {
        expect(() => new QueryClient(options)).toThrow(AnalyticsError);
      },
    );
  });
});
