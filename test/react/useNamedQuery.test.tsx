import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { NamedQueryRequest } from '../../src/core/contract';
import { usageTrends } from '../../src/core/queries/usageTrends';
import { useAnalyticsQuery } from '../../src/react/useAnalyticsQuery';
import { useNamedQuery } from '../../src/react/useNamedQuery';
import { createControlledFetcher } from '../core/client/fakeFetcher';
import { providerFor } from './hookHarness';

const INPUT = { from: '2026-10-01T00:00:00Z', to: '2026-11-01T00:00:00Z', granularity: 'week' as const };

const TRENDS_BODY = {
  columns: [
    { name: 'bucket', type: "DateTime('UTC')" },
    { name: 'series', type: 'String' },
    { name: 'is_other', type: 'Bool' },
    { name: 'signals', type: 'UInt64' },
  ],
  rows: [['2026-10-05 00:00:00', 'email-triage', false, '9007199254740993']],
  meta: { rowCount: 1, elapsedMs: 12, truncated: false },
};

describe('useNamedQuery', () => {
  it('sends { kind: query, name, params } with the parsed params and decodes typed rows', async () => {
    const { fetcher, calls } = createControlledFetcher();
    const { wrapper } = providerFor(fetcher);
    const { result } = renderHook(() => useNamedQuery(usageTrends, INPUT), { wrapper });
    expect(calls).toHaveLength(1);
    const request = calls[0]!.request as NamedQueryRequest;
    expect(request.kind).toBe('query');
    expect(request.name).toBe('usage-trends');
    expect(request.params).toEqual(usageTrends.parseParams(INPUT));

    act(() => calls[0]!.resolve(TRENDS_BODY));
    await waitFor(() => expect(result.current.status).toBe('success'));
    const row = result.current.data![0]!;
    expect(row.bucket).toEqual(new Date('2026-10-05T00:00:00Z'));
    expect(row.signals).toBe(9007199254740993n);
    expect(row.is_other).toBe(false);
    expect(result.current.meta?.elapsedMs).toBe(12);
  });

  it('shares one request between equal inputs written differently (defaults, key order)', () => {
    const { fetcher, calls } = createControlledFetcher();
    const { wrapper } = providerFor(fetcher);
    renderHook(
      () => {
        useNamedQuery(usageTrends, { from: INPUT.from, to: INPUT.to });
        useNamedQuery(usageTrends, { to: INPUT.to, granularity: 'day', from: new Date(INPUT.from) });
      },
      { wrapper },
    );
    expect(calls).toHaveLength(1);
  });

  it('turns invalid input into status error with INVALID_PARAMS and sends nothing', () => {
    const { fetcher, calls } = createControlledFetcher();
    const { wrapper } = providerFor(fetcher);
    const { result } = renderHook(
      () => useNamedQuery(usageTrends, { ...INPUT, granularity: 'fortnight' as unknown as 'day' }),
      { wrapper },
    );
    expect(result.current).toMatchObject({ status: 'error', data: undefined, isFetching: false });
    expect(result.current.error?.code).toBe('INVALID_PARAMS');
    expect(result.current.error?.message).toMatch(/granularity/);
    expect(calls).toHaveLength(0);
  });

  it('does not re-send when re-rendered with a new but equal input object', () => {
    const { fetcher, calls } = createControlledFetcher();
    const { wrapper } = providerFor(fetcher);
    const { rerender } = renderHook(({ input }) => useNamedQuery(usageTrends, input), { wrapper, initialProps: { input: { ...INPUT } } });
    rerender({ input: { ...INPUT } });
    rerender({ input: { ...INPUT } });
    expect(calls).toHaveLength(1);
  });

  it('is also reachable as useAnalyticsQuery(query, input), sharing the same request', async () => {
    const { fetcher, calls } = createControlledFetcher();
    const { wrapper } = providerFor(fetcher);
    const { result } = renderHook(
      () => ({ viaNamed: useNamedQuery(usageTrends, INPUT), viaAnalytics: useAnalyticsQuery(usageTrends, INPUT) }),
      { wrapper },
    );
    expect(calls).toHaveLength(1);
    act(() => calls[0]!.resolve(TRENDS_BODY));
    await waitFor(() => expect(result.current.viaAnalytics.status).toBe('success'));
    expect(result.current.viaAnalytics.data).toEqual(result.current.viaNamed.data);
  });

  it('useAnalyticsQuery(query, input) reports invalid input like useNamedQuery', () => {
    const { fetcher, calls } = createControlledFetcher();
    const { wrapper } = providerFor(fetcher);
    const { result } = renderHook(() => useAnalyticsQuery(usageTrends, { from: 'yesterday', to: INPUT.to }), { wrapper });
    expect(result.current.error?.code).toBe('INVALID_PARAMS');
    expect(calls).toHaveLength(0);
  });
});
