import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BilledUsage } from '../../../src/widgets/BilledUsage/BilledUsage';
import { pendingFetcher, recordRequests, renderWithProvider } from '../shared/widgetHarness';
import { itShowsEveryState } from '../shared/widgetStateSpecs';

describe('BilledUsage states', () => {
  itShowsEveryState(() => <BilledUsage asOf="2026-11-20T12:00:00Z" title="Usage billing" />, 'Usage billing');

  it.each([
    ['a malformed asOf', { asOf: 'yesterday' }],
    ['a malformed customer id', { customerId: "x' OR 1=1" }],
  ])('shows invalid props (%s) as invalid settings and sends nothing', (_name, props) => {
    const recorder = recordRequests(pendingFetcher);
    renderWithProvider(<BilledUsage {...props} />, { fetcher: recorder.fetcher });
    expect(screen.getByRole('alert')).toHaveTextContent('Error code: INVALID_PARAMS');
    expect(recorder.requests).toHaveLength(0);
  });
});
