import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CreditUsage } from '../../../src/widgets/CreditUsage/CreditUsage';
import { pendingFetcher, recordRequests, renderWithProvider } from '../shared/widgetHarness';
import { itShowsEveryState } from '../shared/widgetStateSpecs';

describe('CreditUsage states', () => {
  itShowsEveryState(() => <CreditUsage from="2026-10-01T00:00:00Z" to="2026-11-01T00:00:00Z" title="Credits" />, 'Credits');

  it.each([
    ['an unknown time zone', { timeZone: 'Mars/Olympus' }],
    ['a malformed customer id', { customerId: "x' OR 1=1" }],
  ])('shows invalid props (%s) as invalid settings and sends nothing', (_name, props) => {
    const recorder = recordRequests(pendingFetcher);
    renderWithProvider(<CreditUsage from="2026-10-01T00:00:00Z" to="2026-11-01T00:00:00Z" {...props} />, { fetcher: recorder.fetcher });
    expect(screen.getByRole('alert')).toHaveTextContent('Error code: INVALID_PARAMS');
    expect(recorder.requests).toHaveLength(0);
  });
});
