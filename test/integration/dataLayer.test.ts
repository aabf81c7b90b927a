// @vitest-environment jsdom
/**
 * The data layer against the real emulator over HTTP: createHttpFetcher → QueryClient →
 * decodeResult → hooks, on real ClickHouse (chDB) answers, real error bodies and the real
 * per-organization concurrency limit.
 */
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { createElement, type ReactNode } from 'react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createHttpFetcher } from '../../src/core/client/createHttpFetcher';
import { QueryClient, type QueryClientOptions } from '../../src/core/client/QueryClient';
import type { AnalyticsFetcher } from '../../src/core/contract';
import { AnalyticsError } from '../../src/core/errors';
import { usageTrends } from '../../src/core/queries/usageTrends';
import { VIEW_NAMES } from '../../src/core/views';
import { AnalyticsProvider } from '../../src/react/AnalyticsProvider';
import { useAnalyticsQuery } from '../../src/react/useAnalyticsQuery';
import { useNamedQuery } from '../../src/react/useNamedQuery';
import { useSchema } from '../../src/react/useSchema';
import { useSignalsMetadata } from '../../src/react/useSignalsMetadata';
import { queryRows, startTestEmulator, type TestEmulator } from '../support/emulator';

const CONCURRENCY_LIMIT = 2;

let emulator: TestEmulator;
/** Every HTTP status the emulator answered, in order. */
let statuses: number[] = [];
/** The signal of every request sent. */
let signals: AbortSignal[] = [];
let fetcher: AnalyticsFetcher;

/** Node's own fetch, counting statuses; jsdom's AbortSignal is bridged to a Node one. */
const countingFetch: typeof fetch = async (input, init) => {
  const bridge = new AbortController();
  const signal = init?.signal;
  if (signal) signals.push(signal);
  if (signal?.aborted) bridge.abort();
  signal?.addEventListener('abort', () => bridge.abort(), { once: true });
  const response = await fetch(input, { ...init, signal: bridge.signal });
  statuses.push(response.status);
  return response;
};

beforeAll(async () => {
  emulator = await startTestEmulator({ concurrencyLimit: CONCURRENCY_LIMIT });
  fetcher = createHttpFetcher({
    baseUrl: emulator.url,
    compile: 'client',
    headers: () => ({ authorization: `Bearer ${emulator.apiKey}` }),
    fetch: countingFetch,
  });
});

afterAll(async () => {
  await emulator?.close();
});

/** Clients made by a test: cleared after its hooks unmount, so nothing is refetched or left running. */
let clients: QueryClient[] = [];

afterEach(() => {
  cleanup();
  for (const client of clients) client.clear();
  clients = [];
  statuses = [];
  signals = [];
});

function wrapperWith(client: QueryClient) {
  return ({ children }: { children?: ReactNode }) => createElement(AnalyticsProvider, { fetcher, client }, children);
}

function newClient(options: QueryClientOptions = {}): QueryClient {
  const client = new QueryClient({ fetcher, maxInFlight: CONCURRENCY_LIMIT, ...options });
  clients.push(client);
  return client;
}

/**
 * A client reading the second organization, which no other test here uses: the concurrency
 * limit is per organization, so requests other tests aborted (still running on the server) do
 * not count against it.
 */
function burstClient(options: QueryClientOptions = {}): QueryClient {
  const secondOrganization = createHttpFetcher({
    baseUrl: emulator.url,
    headers: { authorization: `Bearer ${emulator.orgs[1]!.apiKey}` },
    fetch: countingFetch,
  });
  return newClient({ fetcher: secondOrganization, ...options });
}

/** The test data's last month: the window every query here reads. */
function lastMonth(): { from: string; to: string } {
  const end = new Date(`${emulator.anchorDate}T00:00:00Z`);
  end.setUTCDate(end.getUTCDate() + 1);
  const start = new Date(end);
  start.setUTCDate(start.getUTCDate() - 28);
  return { from: start.toISOString(), to: end.toISOString() };
}

describe('the data layer against the emulator', () => {
  it('useAnalyticsQuery decodes a real count as an exact bigint', async () => {
    const client = newClient();
    const sql = 'SELECT count() AS n, toUInt8(1) AS one FROM fact_signal';
    const { result } = renderHook(() => useAnalyticsQuery<{ n: bigint; one: number }>(sql), { wrapper: wrapperWith(client) });
    await waitFor(() => expect(result.current.status).toBe('success'), { timeout: 20_000 });
    const raw = await queryRows(emulator, sql);
    expect(raw.columns[0]!.type).toBe('UInt64');
    expect(result.current.data).toEqual([{ n: BigInt(raw.rows[0]![0] as string), one: 1 }]);
    expect(result.current.data![0]!.n).toBeGreaterThan(0n);
    expect(result.current.meta).toMatchObject({ rowCount: 1, truncated: false });
  });

  it("useNamedQuery compiles usage-trends and its buckets add up to the engine's own count", async () => {
    const client = newClient();
    const window = lastMonth();
    const { result } = renderHook(() => useNamedQuery(usageTrends, { ...window, granularity: 'week', topN: 3 }), {
      wrapper: wrapperWith(client),
    });
    await waitFor(() => expect(result.current.status).toBe('success'), { timeout: 20_000 });
    const rows = result.current.data!;
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.bucket).toBeInstanceOf(Date);
      expect(typeof row.signals).toBe('bigint');
      expect(typeof row.is_other).toBe('boolean');
    }
    expect(new Set(rows.filter((row) => !row.is_other).map((row) => row.series)).size).toBeLessThanOrEqual(3);
    const total = rows.reduce((sum, row) => sum + row.signals, 0n);
    const direct = await queryRows(
      emulator,
      `SELECT count() AS n FROM fact_signal WHERE created_at >= parseDateTime64BestEffort('${window.from}') AND created_at < parseDateTime64BestEffort('${window.to}')`,
    );
    expect(total).toBe(BigInt(direct.rows[0]![0] as string));
  });

  it('useSchema lists the 15 views', async () => {
    const client = newClient();
    const { result } = renderHook(() => useSchema(), { wrapper: wrapperWith(client) });
    await waitFor(() => expect(result.current.status).toBe('success'), { timeout: 20_000 });
    expect(result.current.data!.views.map((view) => view.name).sort()).toEqual([...VIEW_NAMES].sort());
  });

  it('useSignalsMetadata lists payload paths for a real signal name and echoes the window', async () => {
    const client = newClient();
    const names = await queryRows(emulator, 'SELECT signal_name FROM fact_signal GROUP BY signal_name ORDER BY count() DESC LIMIT 1');
    const signalName = names.rows[0]![0] as string;
    const window = lastMonth();
    const { result } = renderHook(() => useSignalsMetadata({ signalName, fromDate: window.from, toDate: window.to }), {
      wrapper: wrapperWith(client),
    });
    await waitFor(() => expect(result.current.status).toBe('success'), { timeout: 20_000 });
    const body = result.current.data!;
    expect(body.signals.map((signal) => signal.signalName)).toEqual([signalName]);
    expect(body.signals[0]!.paths.length).toBeGreaterThan(0);
    expect(new Date(body.meta.fromDate).getTime()).toBe(new Date(window.from).getTime());
    expect(new Date(body.meta.toDate).getTime()).toBe(new Date(window.to).getTime());
  });

  it('shows a real QUERY_ERROR from the engine once, without retrying it', async () => {
    const client = newClient();
    const { result } = renderHook(() => useAnalyticsQuery('SELECT no_such_column FROM fact_signal'), { wrapper: wrapperWith(client) });
    await waitFor(() => expect(result.current.status).toBe('error'), { timeout: 20_000 });
    expect(result.current.error).toBeInstanceOf(AnalyticsError);
    expect(result.current.error).toMatchObject({ status: 400, code: 'QUERY_ERROR', retryable: false });
    expect(statuses).toEqual([400]);
  });

  it('with maxInFlight at the org limit, a burst of queries never meets a 429', async () => {
    const client = burstClient();
    const sqls = Array.from({ length: 8 }, (_, index) => `SELECT count() + ${index} AS n FROM fact_cost`);
    const results = await Promise.all(sqls.map((sql) => client.fetchQuery({ kind: 'sql', sql })));
    expect(results.map((result) => typeof result.rows[0]!.n)).toEqual(Array(8).fill('bigint'));
    expect(statuses).toEqual(Array(8).fill(200));
  });

  it("above the org limit, the 429s are retried after the emulator's Retry-After and every query lands", async () => {
    const client = burstClient({ maxInFlight: 6, maxRetryDelayMs: 5_000 });
    const sqls = Array.from({ length: 6 }, (_, index) => `SELECT count() + ${index} AS n FROM fact_signal`);
    const results = await Promise.all(sqls.map((sql) => client.fetchQuery({ kind: 'sql', sql })));
    expect(results).toHaveLength(6);
    expect(statuses.filter((status) => status === 200)).toHaveLength(6);
    expect(statuses).toContain(429);
    expect(statuses.every((status) => status === 200 || status === 429)).toBe(true);
  }, 30_000);

  it('an unmounted hook aborts its request and leaves nothing behind', async () => {
    const client = newClient();
    const sql = 'SELECT signal_name, count() AS n FROM fact_signal GROUP BY signal_name';
    const { unmount } = renderHook(() => useAnalyticsQuery(sql), { wrapper: wrapperWith(client) });
    expect(client.getActivity().inFlight).toBe(1);
    unmount();
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    expect(signals).toHaveLength(1);
    expect(signals[0]!.aborted).toBe(true);
    expect(client.getActivity()).toMatchObject({ inFlight: 0, queued: 0, waitingToRetry: 0 });
    expect(client.getState({ kind: 'sql', sql }).status).toBe('loading');
  });
});
