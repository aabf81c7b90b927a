import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { AnalyticsErrorCode } from '../../../src/core/errors';
import { AnalyticsError } from '../../../src/core/errors';
import { describeError } from '../../../src/ui/states/errorMessages';
import { UsageTrends } from '../../../src/widgets/UsageTrends/UsageTrends';
import { failingFetcher, pendingFetcher, recordRequests, renderWithProvider } from '../shared/widgetHarness';

const WINDOW = { from: '2026-11-01T00:00:00Z', to: '2026-11-08T00:00:00Z' } as const;

const CODES: AnalyticsErrorCode[] = [
  'INVALID_QUERY',
  'QUERY_ERROR',
  'INVALID_DATE_RANGE',
  'ACCESS_DENIED',
  'QUERY_TIMEOUT',
  'CONCURRENCY_LIMIT_EXCEEDED',
  'UNAUTHORIZED',
  'INTERNAL_ERROR',
  'NETWORK_ERROR',
  'ABORTED',
  'INVALID_RESPONSE',
  'INVALID_PARAMS',
  'UNKNOWN_QUERY',
  'SQL_NOT_ALLOWED',
  'BAD_REQUEST',
  'PAYLOAD_TOO_LARGE',
  'METHOD_NOT_ALLOWED',
  'NOT_FOUND',
  'UPSTREAM_TIMEOUT',
  'UPSTREAM_ERROR',
  'HTTP_ERROR',
];

describe('UsageTrends states', () => {
  it('holds a labelled loading skeleton of the chart’s height while the request is pending', () => {
    renderWithProvider(<UsageTrends {...WINDOW} title="Signals" height={320} />, { fetcher: pendingFetcher });
    const region = screen.getByRole('region', { name: 'Signals' });
    expect(region).toHaveAttribute('aria-busy', 'true');
    const status = screen.getByRole('status', { busy: true });
    expect(status).toHaveTextContent('Loading…');
    expect(status.querySelector('[aria-hidden="true"]')).toHaveStyle({ height: '320px' });
  });

  it.each(CODES)('shows the message for %s, with Retry only where a retry may help', async (code) => {
    const user = userEvent.setup();
    const failing = failingFetcher(code);
    renderWithProvider(<UsageTrends {...WINDOW} />, { fetcher: failing.fetcher });
    const alert = await screen.findByRole('alert');
    const described = describeError(new AnalyticsError({ code, message: 'x' }));
    expect(alert).toHaveTextContent(described.title);
    expect(alert).toHaveTextContent(`Error code: ${code}`);
    const retry = screen.queryByRole('button', { name: 'Retry' });
    if (!described.retryMayHelp) {
      expect(retry).toBeNull();
      return;
    }
    expect(retry).not.toBeNull();
    const before = failing.calls();
    await user.click(retry!);
    await waitFor(() => expect(failing.calls()).toBeGreaterThan(before));
  });

  it('offers Retry for a timeout and not for access denied', async () => {
    renderWithProvider(<UsageTrends {...WINDOW} />, { fetcher: failingFetcher('QUERY_TIMEOUT').fetcher });
    expect(await screen.findByRole('button', { name: 'Retry' })).toBeInTheDocument();
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
});
