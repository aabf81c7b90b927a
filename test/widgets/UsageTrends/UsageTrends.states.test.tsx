import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AnalyticsError } from '../../../src/core/errors';
import { describeError } from '../../../src/ui/states/errorMessages';
import { UsageTrends } from '../../../src/widgets/UsageTrends/UsageTrends';
import { failingFetcher, pendingFetcher, recordRequests, renderWithProvider } from '../shared/widgetHarness';
import { itShowsEveryState } from '../shared/widgetStateSpecs';

const WINDOW = { from: '2026-11-01T00:00:00Z', to: '2026-11-08T00:00:00Z' } as const;

describe('UsageTrends states', () => {
  itShowsEveryState(() => <UsageTrends {...WINDOW} title="Signals" />, 'Signals');

  it('sizes the loading skeleton to the chart’s height', () => {
    renderWithProvider(<UsageTrends {...WINDOW} height={320} />, { fetcher: pendingFetcher });
    expect(screen.getByRole('status', { busy: true }).querySelector('[aria-hidden="true"]')).toHaveStyle({ height: '320px' });
  });

  it('uses the host’s error text', async () => {
    renderWithProvider(<UsageTrends {...WINDOW} errorMessages={{ ACCESS_DENIED: { title: 'Kein Zugriff', description: 'Bitte anmelden.' } }} />, {
      fetcher: failingFetcher('ACCESS_DENIED').fetcher,
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('Kein Zugriff');
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();
  });

  it('shows an invalid custom range as an error and sends nothing', () => {
    const recorder = recordRequests(pendingFetcher);
    renderWithProvider(<UsageTrends timeRange={{ from: '2026-11-10', to: '2026-11-01' }} />, { fetcher: recorder.fetcher });
    const errorState = screen.getAllByRole('alert').find((element) => element.dataset.pawState === 'error');
    expect(errorState).toHaveTextContent(describeError(new AnalyticsError({ code: 'INVALID_DATE_RANGE', message: 'x' })).title);
    expect(recorder.requests).toHaveLength(0);
  });

  it('shows invalid props (topN out of range) as invalid settings and sends nothing', () => {
    const recorder = recordRequests(pendingFetcher);
    renderWithProvider(<UsageTrends {...WINDOW} topN={99} />, { fetcher: recorder.fetcher });
    expect(screen.getByRole('alert')).toHaveTextContent('Error code: INVALID_PARAMS');
    expect(recorder.requests).toHaveLength(0);
  });

  it('shows an unknown time zone as invalid settings, sends nothing and does not crash', () => {
    const recorder = recordRequests(pendingFetcher);
    renderWithProvider(<UsageTrends {...WINDOW} timeZone="Mars/Olympus_Mons" />, { fetcher: recorder.fetcher });
    expect(screen.getByRole('alert')).toHaveTextContent('Error code: INVALID_PARAMS');
    expect(recorder.requests).toHaveLength(0);
  });
});
