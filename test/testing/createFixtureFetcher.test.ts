import { describe, expect, it } from 'vitest';
import type { AnalyticsRequest } from '../../src/core/contract';
import { AnalyticsError } from '../../src/core/errors';
import { createFixtureFetcher } from '../../src/testing/createFixtureFetcher';
import type { AnalyticsFixture } from '../../src/testing/fixture';
import { toEmptyResult, toTruncatedResult } from '../../src/testing/transformResult';

const usageBody = {
  columns: [
    { name: 'signal_name', type: 'String' },
    { name: 'signals', type: 'UInt64' },
  ],
  rows: [
    ['chat', '12'],
    ['triage', '7'],
  ],
  meta: { rowCount: 2, elapsedMs: 0, truncated: false },
};
const otherBody = { ...usageBody, rows: [['chat', '99']], meta: { ...usageBody.meta, rowCount: 1 } };

const fixtures: AnalyticsFixture[] = [
  { request: { kind: 'query', name: 'usage-trends', params: { from: '2026-10-01', granularity: 'day' } }, body: usageBody },
  { request: { kind: 'query', name: 'usage-trends', params: { from: '2026-09-01', granularity: 'day' } }, body: otherBody },
  { request: { kind: 'sql', sql: 'SELECT id, name\n  FROM dim_customer' }, body: otherBody },
  { request: { kind: 'schema' }, body: { views: [] } },
];

const usage = (params: Record<string, unknown>): AnalyticsRequest => ({ kind: 'query', name: 'usage-trends', params });
const signal = () => new AbortController().signal;

async function rejection(promise: Promise<unknown>): Promise<AnalyticsError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AnalyticsError) return error;
    throw new Error(`expected an AnalyticsError, got ${String(error)}`);
  }
  throw new Error('expected the promise to reject');
}

describe('createFixtureFetcher', () => {
  it('answers a named query with the fixture recorded for the same params, whatever their order', async () => {
    const fetcher = createFixtureFetcher(fixtures);
    await expect(fetcher(usage({ granularity: 'day', from: '2026-09-01' }), { signal: signal() })).resolves.toEqual(otherBody);
    await expect(fetcher(usage({ from: '2026-10-01', granularity: 'day', productId: undefined }), { signal: signal() })).resolves.toEqual(usageBody);
  });

  it('falls back to the first fixture of the same query name unless strict', async () => {
    const loose = createFixtureFetcher(fixtures);
    await expect(loose(usage({ from: '2020-01-01' }), { signal: signal() })).resolves.toEqual(usageBody);
    const strict = createFixtureFetcher(fixtures, { matchByName: false });
    const error = await rejection(strict(usage({ from: '2020-01-01' }), { signal: signal() }));
    expect(error.code).toBe('UNKNOWN_QUERY');
    expect(error.details).toContain('"from":"2020-01-01"');
  });

  it('matches SQL regardless of whitespace and answers schema requests', async () => {
    const fetcher = createFixtureFetcher(fixtures);
    await expect(fetcher({ kind: 'sql', sql: '  SELECT id, name FROM   dim_customer ' }, { signal: signal() })).resolves.toEqual(otherBody);
    await expect(fetcher({ kind: 'schema' }, { signal: signal() })).resolves.toEqual({ views: [] });
  });

  it('fails an unknown request with a typed error naming it', async () => {
    const fetcher = createFixtureFetcher(fixtures);
    const unknownQuery = await rejection(fetcher({ kind: 'query', name: 'nope', params: {} }, { signal: signal() }));
    expect(unknownQuery.code).toBe('UNKNOWN_QUERY');
    expect(unknownQuery.message).toContain('nope');
    const unknownSql = await rejection(fetcher({ kind: 'sql', sql: 'SELECT 2' }, { signal: signal() }));
    expect(unknownSql.code).toBe('NOT_FOUND');
  });

  it('returns a copy, so a caller cannot corrupt the recorded body', async () => {
    const fetcher = createFixtureFetcher(fixtures);
    const first = (await fetcher({ kind: 'schema' }, { signal: signal() })) as { views: unknown[] };
    first.views.push('mutated');
    await expect(fetcher({ kind: 'schema' }, { signal: signal() })).resolves.toEqual({ views: [] });
  });

  it('simulates one error code for every request, with the API status and retryability', async () => {
    const fetcher = createFixtureFetcher(fixtures, { errors: 'CONCURRENCY_LIMIT_EXCEEDED' });
    const error = await rejection(fetcher(usage({}), { signal: signal() }));
    expect(error.code).toBe('CONCURRENCY_LIMIT_EXCEEDED');
    expect(error.status).toBe(429);
    expect(error.retryable).toBe(true);
  });

  it('simulates errors per query name, request kind, or for the rest', async () => {
    const fetcher = createFixtureFetcher(fixtures, { errors: { 'usage-trends': 'QUERY_TIMEOUT', '*': 'UNAUTHORIZED' } });
    expect((await rejection(fetcher(usage({}), { signal: signal() }))).code).toBe('QUERY_TIMEOUT');
    expect((await rejection(fetcher({ kind: 'schema' }, { signal: signal() }))).code).toBe('UNAUTHORIZED');
    const onlySchema = createFixtureFetcher(fixtures, { errors: { schema: 'INTERNAL_ERROR' } });
    await expect(onlySchema(usage({}), { signal: signal() })).resolves.toEqual(usageBody);
  });

  it('throws a given AnalyticsError as it is', async () => {
    const custom = new AnalyticsError({ code: 'ACCESS_DENIED', message: 'custom words' });
    const fetcher = createFixtureFetcher(fixtures, { errors: custom });
    expect(await rejection(fetcher(usage({}), { signal: signal() }))).toBe(custom);
  });

  it('waits latencyMs before answering', async () => {
    const fetcher = createFixtureFetcher(fixtures, { latencyMs: 60 });
    const started = performance.now();
    await fetcher({ kind: 'schema' }, { signal: signal() });
    expect(performance.now() - started).toBeGreaterThanOrEqual(55);
  });

  it('never answers with latencyMs Infinity until aborted, then rejects with ABORTED', async () => {
    const fetcher = createFixtureFetcher(fixtures, { latencyMs: Infinity });
    const controller = new AbortController();
    let settled = false;
    const pending = fetcher(usage({}), { signal: controller.signal }).finally(() => {
      settled = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(settled).toBe(false);
    controller.abort();
    expect((await rejection(pending)).code).toBe('ABORTED');
  });

  it('rejects at once when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const fetcher = createFixtureFetcher(fixtures);
    expect((await rejection(fetcher({ kind: 'schema' }, { signal: controller.signal }))).code).toBe('ABORTED');
  });

  it('applies a transform such as toEmptyResult or toTruncatedResult', async () => {
    const empty = createFixtureFetcher(fixtures, { transform: toEmptyResult });
    await expect(empty(usage({}), { signal: signal() })).resolves.toMatchObject({ rows: [], meta: { rowCount: 0 } });
    await expect(empty({ kind: 'schema' }, { signal: signal() })).resolves.toEqual({ views: [] });
    const truncated = createFixtureFetcher(fixtures, { transform: toTruncatedResult });
    await expect(truncated(usage({}), { signal: signal() })).resolves.toMatchObject({ rows: usageBody.rows, meta: { truncated: true } });
  });

  it('refuses malformed fixtures with a typed error, not a TypeError', () => {
    expect(() => createFixtureFetcher([{ body: 1 } as unknown as AnalyticsFixture])).toThrow(AnalyticsError);
    expect(() => createFixtureFetcher(null as unknown as AnalyticsFixture[])).toThrow(/array/);
    expect(() => createFixtureFetcher([{ request: { kind: 'schema' } } as unknown as AnalyticsFixture])).toThrow(/no body/);
  });
});

describe('a fixture body given as JSON text', () => {
  it('keeps every digit of Decimals sent as JSON numbers, through the QueryClient', async () => {
    const text =
      '{"columns":[{"name":"credits","type":"Decimal(38, 6)"},{"name":"share","type":"Float64"}],' +
      '"rows":[[12345678901234567890123456789012.123456,0.1],[-1e-6,2]],"meta":{"rowCount":2,"elapsedMs":1,"truncated":false}}';
    const request: AnalyticsRequest = { kind: 'sql', sql: 'SELECT credits, share FROM t' };
    const { QueryClient } = await import('../../src/core/client/QueryClient');
    const client = new QueryClient({ fetcher: createFixtureFetcher([{ request, body: text }]) });
    const result = await client.fetchQuery(request);
    expect(result.rows).toEqual([
      { credits: '12345678901234567890123456789012.123456', share: 0.1 },
      { credits: '-0.000001', share: 2 },
    ]);
    client.dispose();
  });
});
