import { describe, expect, it } from 'vitest';
import { ANALYTICS_QUERY_KEY, analyticsQueryOptions } from '../../../src/core/client/analyticsQueryOptions';
import { countBody, createControlledFetcher } from './fakeFetcher';

describe('analyticsQueryOptions', () => {
  it('keys equal requests alike whatever their key order, and different ones apart', () => {
    const { fetcher } = createControlledFetcher();
    const first = analyticsQueryOptions(fetcher, { kind: 'query', name: 'usage-trends', params: { a: 1, b: 2 } });
    const reordered = analyticsQueryOptions(fetcher, { params: { b: 2, a: 1 }, name: 'usage-trends', kind: 'query' });
    const other = analyticsQueryOptions(fetcher, { kind: 'query', name: 'usage-trends', params: { a: 1, b: 3 } });
    expect(first.queryKey[0]).toBe(ANALYTICS_QUERY_KEY);
    expect(first.queryKey).toEqual(reordered.queryKey);
    expect(first.queryKey).not.toEqual(other.queryKey);
  });

  it("queryFn passes TanStack's signal to the fetcher and resolves to decoded rows", async () => {
    const { fetcher, calls } = createControlledFetcher();
    const controller = new AbortController();
    const pending = analyticsQueryOptions(fetcher, { kind: 'sql', sql: 'SELECT n' }).queryFn({ signal: controller.signal });
    expect(calls[0]!.signal).toBe(controller.signal);
    calls[0]!.resolve(countBody('12345678901234567890'));
    await expect(pending).resolves.toMatchObject({ rows: [{ n: 12345678901234567890n }] });
  });

  it('queryFn rejects a malformed body with INVALID_RESPONSE', async () => {
    const { fetcher, calls } = createControlledFetcher();
    const pending = analyticsQueryOptions(fetcher, { kind: 'schema' }).queryFn({ signal: new AbortController().signal });
    calls[0]!.resolve({ nope: true });
    await expect(pending).rejects.toMatchObject({ code: 'INVALID_RESPONSE' });
  });
});
