import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RevenueAging } from '../../../src/widgets/RevenueAging/RevenueAging';
import { failingFetcher, pendingFetcher, recordRequests, renderWithProvider } from '../shared/widgetHarness';
import { itShowsEveryState } from '../shared/widgetStateSpecs';

describe('RevenueAging states', () => {
  itShowsEveryState(() => <RevenueAging asOf="2026-11-20" title="Receivables" />, 'Receivables');

  it('sizes the loading skeleton to the chart’s height', () => {
    renderWithProvider(<RevenueAging asOf="2026-11-20" height={300} />, { fetcher: pendingFetcher });
    expect(screen.getByRole('status', { busy: true }).querySelector('[aria-hidden="true"]')).toHaveStyle({ height: '300px' });
  });

  it('uses the host’s error text', async () => {
    renderWithProvider(<RevenueAging asOf="2026-11-20" errorMessages={{ ACCESS_DENIED: { title: 'Kein Zugriff', description: 'Bitte anmelden.' } }} />, {
      fetcher: failingFetcher('ACCESS_DENIED').fetcher,
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('Kein Zugriff');
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();
  });

  it.each([
    ['topCustomers out of range', { topCustomers: 500 }],
    ['a malformed day', { asOf: '20-11-2026' }],
    ['an unknown time zone', { timeZone: 'Mars/Olympus' }],
    ['a currency that is no ISO code', { currency: 'dollars' }],
  ])('shows invalid props (%s) as invalid settings and sends nothing', (_name, props) => {
    const recorder = recordRequests(pendingFetcher);
    renderWithProvider(<RevenueAging asOf="2026-11-20" {...props} />, { fetcher: recorder.fetcher });
    expect(screen.getByRole('alert')).toHaveTextContent('Error code: INVALID_PARAMS');
    expect(recorder.requests).toHaveLength(0);
  });
});
