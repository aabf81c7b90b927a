import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CreditBurn } from '../../../src/widgets/CreditBurn/CreditBurn';
import { pendingFetcher, recordRequests, renderWithProvider } from '../shared/widgetHarness';
import { itShowsEveryState } from '../shared/widgetStateSpecs';

const WINDOW = { from: '2026-11-01T00:00:00Z', to: '2026-11-08T00:00:00Z' } as const;

describe('CreditBurn states', () => {
  itShowsEveryState(() => <CreditBurn {...WINDOW} creditsCurrencyId="cc_ai_credits" title="Credits" />, 'Credits');

  it('shows an empty currency id as the currency state, not an error', () => {
    const recorder = recordRequests(pendingFetcher);
    renderWithProvider(<CreditBurn {...WINDOW} creditsCurrencyId="" labels={{ noCurrencyTitle: 'Pick a currency' }} />, { fetcher: recorder.fetcher });
    expect(screen.getByText('Pick a currency')).toBeInTheDocument();
    expect(recorder.requests).toHaveLength(0);
  });

  it('shows an invalid currency id as invalid settings and sends nothing', () => {
    const recorder = recordRequests(pendingFetcher);
    renderWithProvider(<CreditBurn {...WINDOW} creditsCurrencyId={'x'.repeat(500)} />, { fetcher: recorder.fetcher });
    expect(screen.getByRole('alert')).toHaveTextContent('Error code: INVALID_PARAMS');
    expect(recorder.requests).toHaveLength(0);
  });

  it('shows an unknown time zone as invalid settings, sends nothing and does not crash', () => {
    const recorder = recordRequests(pendingFetcher);
    renderWithProvider(<CreditBurn {...WINDOW} creditsCurrencyId="cc_ai_credits" timeZone="Mars/Olympus_Mons" />, { fetcher: recorder.fetcher });
    expect(screen.getByRole('alert')).toHaveTextContent('Error code: INVALID_PARAMS');
    expect(recorder.requests).toHaveLength(0);
  });
});
