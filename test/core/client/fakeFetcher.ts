/**
 * A fetcher whose answers the test controls: every call is recorded with its request and signal
 * and stays pending until the test resolves or rejects it.
 */
import type { AnalyticsFetcher, AnalyticsRequest, QueryResponseBody, SqlRequest } from '../../../src/core/contract';

export interface FetcherCall {
  request: AnalyticsRequest;
  signal: AbortSignal;
  resolve: (body: unknown) => void;
  reject: (error: unknown) => void;
  settled: boolean;
}

export interface ControlledFetcher {
  fetcher: AnalyticsFetcher;
  calls: FetcherCall[];
  /** Calls sent and not yet answered. */
  pending(): FetcherCall[];
}

export function createControlledFetcher(): ControlledFetcher {
  const calls: FetcherCall[] = [];
  const fetcher: AnalyticsFetcher = (request, { signal }) =>
    new Promise((resolve, reject) => {
      const call: FetcherCall = {
        request,
        signal,
        settled: false,
        resolve: (body) => {
          call.settled = true;
          resolve(body);
        },
        reject: (error) => {
          call.settled = true;
          reject(error);
        },
      };
      calls.push(call);
    });
  return { fetcher, calls, pending: () => calls.filter((call) => !call.settled) };
}

/** A valid `POST /query` body with one UInt64 column `n` (sent, as the API does, as a string). */
export function countBody(n: number | string): QueryResponseBody {
  return {
    columns: [{ name: 'n', type: 'UInt64' }],
    rows: [[String(n)]],
    meta: { rowCount: 1, elapsedMs: 1, truncated: false },
  };
}

export function sqlRequest(sql: string): SqlRequest {
  return { kind: 'sql', sql };
}

/** Lets pending promise callbacks and microtasks run. */
export async function flushMicrotasks(rounds = 10): Promise<void> {
  for (let round = 0; round < rounds; round += 1) await Promise.resolve();
}

/**
 * Runs a fast-check scheduler until nothing is left: answers release queued requests, whose
 * answers are scheduled in turn, so one `waitAll()` is not always enough.
 */
export async function drainScheduler(scheduler: { count(): number; waitAll(): Promise<void> }): Promise<void> {
  do {
    await flushMicrotasks();
    await scheduler.waitAll();
    await flushMicrotasks();
  } while (scheduler.count() > 0);
}
