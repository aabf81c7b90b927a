import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RevenueByProduct } from '../../../src/widgets/RevenueByProduct/RevenueByProduct';
import { pendingFetcher, recordRequests, renderWithProvider } from '../shared/widgetHarness';
import { itShowsEveryState } from '../shared/widgetStateSpecs';

describe('RevenueByProduct states', () => {
  itShowsEveryState(() => <RevenueByProduct from="2026-01-01T00:00:00Z" to="2026-11-01T00:00:00Z" title="Products" />, 'Products');

  it.each([
    ['an unknown time zone', { timeZone: 'Mars/Olympus' }],
    ['a currency that is no ISO code', { currency: 'dollars' }],
    ['a malformed customer id', { customerId: "x' OR 1=1" }],
  ])('shows invalid props (%s) as invalid settings and sends nothing', (_name, props) => {
    const recorder = recordRequests(pendingFetcher);
    renderWithProvider(<RevenueByProduct from="2026-01-01T00:00:00Z" to="2026-11-01T00:00:00Z" {...props} />, { fetcher: recorder.fetcher });
    expect(screen.getByRole('alert')).toHaveTextContent('Error code: INVALID_PARAMS');
    expect(recorder.requests).toHaveLength(0);
  });
});
