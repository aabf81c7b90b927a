/**
 * The response-decoding chunk loads on demand: a QueryClient starts loading it with its first
 * request, an answer that arrives first waits for it, and a chunk that cannot load (offline, a
 * 404 after a deploy) fails the request with a retryable NETWORK_ERROR — never a hang or a throw —
 * and the next attempt loads it again. Each test gets fresh modules: nothing is loaded yet.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AnalyticsError } from '../../../src/core/errors';
import { countBody, createControlledFetcher, sqlRequest } from './fakeFetcher';

const DECODING = '../../../src/core/client/responseDecoding';

async function freshModules() {
  const { QueryClient } = await import('../../../src/core/client/QueryClient');
  const loader = await import('../../../src/core/client/loadResponseDecoding');
  return { QueryClient, ...loader };
}

beforeEach(() => {
  vi.resetModules();
});

afterEach(() => {
  vi.doUnmock(DECODING);
});

describe('the response-decoding chunk', () => {
  it('is not loaded before the first request, starts loading when it is sent, and decodes an answer that came first', async () => {
    const { QueryClient, loadedResponseDecoding } = await freshModules();
    expect(loadedResponseDecoding()).toBeUndefined();
    const controlled = createControlledFetcher();
    const client = new QueryClient({ fetcher: controlled.fetcher, retries: 0 });
    const answer = client.fetchQuery(sqlRequest('SELECT 7 AS n'));
    controlled.pending()[0]!.resolve(countBody('18446744073709551615'));
    const decoded = await answer;
    expect(decoded.rows).toEqual([{ n: 18446744073709551615n }]);
    expect(loadedResponseDecoding()).toBeDefined();
    client.dispose();
  });

  it('that fails to load fails the request with a retryable NETWORK_ERROR, and the next attempt loads it again', async () => {
    let offline = true;
    vi.doMock(DECODING, async (importOriginal) => {
      if (offline) throw new TypeError('Failed to fetch dynamically imported module: /assets/responseDecoding.js');
      return importOriginal();
    });
    const { QueryClient, loadedResponseDecoding } = await freshModules();
    const client = new QueryClient({ fetcher: async () => countBody(1), retries: 0 });
    const request = sqlRequest('SELECT 1 AS n');
    const error = (await client.fetchQuery(request).catch((thrown: unknown) => thrown)) as AnalyticsError;
    expect(error.code).toBe('NETWORK_ERROR');
    expect(error.retryable).toBe(true);
    expect(error.message).toMatch(/could not load/i);
    expect(client.getState(request)).toMatchObject({ status: 'error', isFetching: false });
    expect(client.getActivity()).toMatchObject({ inFlight: 0, queued: 0 });
    expect(loadedResponseDecoding()).toBeUndefined();

    offline = false;
    client.refetch(request);
    await vi.waitFor(() => expect(client.getState(request).status).toBe('success'));
    expect(client.getState(request).data?.rows).toEqual([{ n: 1n }]);
    client.dispose();
  });

  it('is retried with the request when the client retries', async () => {
    let failures = 1;
    vi.doMock(DECODING, async (importOriginal) => {
      if (failures-- > 0) throw new TypeError('Failed to fetch dynamically imported module');
      return importOriginal();
    });
    const { QueryClient } = await freshModules();
    let calls = 0;
    const client = new QueryClient({ fetcher: async () => countBody(++calls), retries: 2, retryBaseDelayMs: 1 });
    const decoded = await client.fetchQuery(sqlRequest('SELECT 1 AS n'));
    expect(decoded.rows).toEqual([{ n: 2n }]);
    expect(calls).toBe(2);
    client.dispose();
  });

  it('lets createHttpFetcher read a 2xx body only through it: an unloadable chunk is a NETWORK_ERROR', async () => {
    vi.doMock(DECODING, async () => {
      throw new TypeError('Failed to fetch dynamically imported module');
    });
    const { createHttpFetcher } = await import('../../../src/core/client/createHttpFetcher');
    const fetcher = createHttpFetcher({ baseUrl: '/api', fetch: async () => new Response(JSON.stringify(countBody(1)), { status: 200 }) });
    await expect(fetcher({ kind: 'sql', sql: 'SELECT 1' }, { signal: new AbortController().signal })).rejects.toMatchObject({ code: 'NETWORK_ERROR' });
  });
});
