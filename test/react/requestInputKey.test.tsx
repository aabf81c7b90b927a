import { act, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AnalyticsFetcher, QueryResponseBody } from '../../src/core/contract';
import { requestInputKey } from '../../src/react/requestInputKey';
import { useCostPerModel } from '../../src/react/useCostPerModel';
import { useSignalsMetadata } from '../../src/react/useSignalsMetadata';
import { providerFor } from './hookHarness';

afterEach(() => {
  vi.useRealTimers();
});

const COST_BODY: QueryResponseBody = {
  columns: [
    { name: 'vendor', type: 'String' },
    { name: 'model', type: 'String' },
    { name: 'cost_amount', type: 'String' },
    { name: 'calls', type: 'UInt64' },
    { name: 'input_tokens', type: 'UInt64' },
    { name: 'output_tokens', type: 'UInt64' },
    { name: 'avg_latency_ms', type: 'Float64' },
    { name: 'signals', type: 'Nullable(UInt64)' },
    { name: 'cost_per_signal', type: 'Nullable(String)' },
  ],
  rows: [['openai', 'gpt-4o', '12.5', '3', '10', '20', 120.5, null, null]],
  meta: { rowCount: 1, elapsedMs: 2, truncated: false },
};

describe('requestInputKey', () => {
  it('is the same for instants within one minute, Date or ISO text, and differs across minutes', () => {
    const at = (iso: string) => ({ from: new Date(iso), limit: 5 });
    expect(requestInputKey(at('2026-11-20T12:00:01.000Z'))).toBe(requestInputKey(at('2026-11-20T12:00:59.999Z')));
    expect(requestInputKey({ from: '2026-11-20T12:00:05Z' })).toBe(requestInputKey({ from: '2026-11-20T12:00:40.5Z' }));
    expect(requestInputKey(at('2026-11-20T12:00:59.999Z'))).not.toBe(requestInputKey(at('2026-11-20T12:01:00.000Z')));
    expect(requestInputKey({ a: 1, b: 'x' })).toBe(requestInputKey({ b: 'x', a: 1 }));
    expect(requestInputKey({ day: '2026-11-20' })).not.toBe(requestInputKey({ day: '2026-11-21' }));
  });
});

describe('a window written inline with new Date()', () => {
  it('loads (one request, then data), however often the host re-renders', async () => {
    const fetcher = vi.fn<AnalyticsFetcher>(async () => COST_BODY);
    const { wrapper: Provider } = providerFor(fetcher);
    let renders = 0;
    function Costs() {
      renders += 1;
      const costs = useCostPerModel({ from: new Date(Date.now() - 30 * 864e5), to: new Date() });
      return <p>{costs.status === 'success' ? `rows ${costs.data?.length ?? 0}` : costs.status}</p>;
    }
    const { rerender } = render(<Costs />, { wrapper: Provider });
    expect(await screen.findByText('rows 1')).toBeInTheDocument();
    for (let i = 0; i < 5; i += 1) rerender(<Costs />);
    expect(screen.getByText('rows 1')).toBeInTheDocument();
    expect(fetcher).toHaveBeenCalledTimes(1);
    expect(renders).toBeGreaterThan(5);
  });

  it('asks again once the window has moved by a minute', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-20T12:00:10Z'));
    const fetcher = vi.fn<AnalyticsFetcher>(async () => COST_BODY);
    const { wrapper: Provider } = providerFor(fetcher);
    function Costs() {
      const costs = useCostPerModel({ from: new Date(Date.now() - 30 * 864e5), to: new Date() });
      return <p>{costs.status}</p>;
    }
    const { rerender } = render(<Costs />, { wrapper: Provider });
    await waitFor(() => expect(screen.getByText('success')).toBeInTheDocument());
    vi.setSystemTime(new Date('2026-11-20T12:01:10Z'));
    act(() => rerender(<Costs />));
    await waitFor(() => expect(fetcher).toHaveBeenCalledTimes(2));
    const sent = fetcher.mock.calls.map(([request]) => ((request as unknown as { params: { to: Date } }).params.to).toISOString());
    expect(sent).toEqual(['2026-11-20T12:00:10.000Z', '2026-11-20T12:01:10.000Z']);
  });

  it('holds for the signals metadata window too', async () => {
    const fetcher = vi.fn<AnalyticsFetcher>(async () => ({ signals: [], meta: { fromDate: '2026-10-21T00:00:00Z', toDate: '2026-11-20T00:00:00Z' } }));
    const { wrapper: Provider } = providerFor(fetcher);
    function Metadata() {
      const metadata = useSignalsMetadata({ fromDate: new Date(Date.now() - 7 * 864e5), toDate: new Date() });
      return <p>{metadata.status}</p>;
    }
    const { rerender } = render(<Metadata />, { wrapper: Provider });
    expect(await screen.findByText('success')).toBeInTheDocument();
    rerender(<Metadata />);
    expect(fetcher).toHaveBeenCalledTimes(1);
  });
});
