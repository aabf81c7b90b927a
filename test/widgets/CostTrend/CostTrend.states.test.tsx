import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { CostTrend } from '../../../src/widgets/CostTrend/CostTrend';
import { pendingFetcher, recordRequests, renderWithProvider } from '../shared/widgetHarness';
import { itShowsEveryState } from '../shared/widgetStateSpecs';

const WINDOW = { from: '2026-11-01T00:00:00Z', to: '2026-11-08T00:00:00Z' } as const;

describe('CostTrend states', () => {
  itShowsEveryState(() => <CostTrend {...WINDOW} title="Spend" />, 'Spend');

  it('shows invalid props (topN out of range) as invalid settings and sends nothing', () => {
    const recorder = recordRequests(pendingFetcher);
    renderWithProvider(<CostTrend {...WINDOW} topN={99} />, { fetcher: recorder.fetcher });
    expect(screen.getByRole('alert')).toHaveTextContent('Error code: INVALID_PARAMS');
    expect(recorder.requests).toHaveLength(0);
  });

  it('shows an unknown time zone as invalid settings and sends nothing', () => {
    const recorder = recordRequests(pendingFetcher);
    renderWithProvider(<CostTrend {...WINDOW} timeZone="Mars/Olympus_Mons" />, { fetcher: recorder.fetcher });
    expect(screen.getByRole('alert')).toHaveTextContent('Error code: INVALID_PARAMS');
    expect(recorder.requests).toHaveLength(0);
  });

  it('shows the empty state when the window has no AI calls', async () => {
    renderWithProvider(<CostTrend {...WINDOW} />, { fetcher: async () => ({ columns: [
      { name: 'bucket', type: "DateTime('UTC')" }, { name: 'series', type: 'String' }, { name: 'series_label', type: 'String' },
      { name: 'is_other', type: 'Bool' }, { name: 'cost_amount', type: 'String' }, { name: 'calls', type: 'UInt64' },
    ], rows: [], meta: { rowCount: 0, elapsedMs: 1, truncated: false } }) });
    expect(await screen.findByText(/No data/i)).toBeInTheDocument();
  });

  it('contains a cost formatter that throws: the widget shows its error state, onError hears it, the host survives', async () => {
    const onError = vi.fn();
    const fetcher = async () => ({
      columns: [
        { name: 'bucket', type: "DateTime('UTC')" }, { name: 'series', type: 'String' }, { name: 'series_label', type: 'String' },
        { name: 'is_other', type: 'Bool' }, { name: 'cost_amount', type: 'String' }, { name: 'calls', type: 'UInt64' },
      ],
      rows: [['2026-11-02 00:00:00', 'openai', 'openai', false, '12.5', '3']],
      meta: { rowCount: 1, elapsedMs: 1, truncated: false },
    });
    renderWithProvider(
      <div>
        <p>Host content</p>
        <CostTrend {...WINDOW} onError={onError} costFormatter={() => { throw new RangeError('bad currency'); }} />
      </div>,
      { fetcher },
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('RENDER_ERROR');
    expect(screen.getByText('Host content')).toBeInTheDocument();
    expect(onError).toHaveBeenCalled();
  });
});
