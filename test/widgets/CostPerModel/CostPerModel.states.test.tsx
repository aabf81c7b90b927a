import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AnalyticsError, type AnalyticsErrorCode } from '../../../src/core/errors';
import { describeError } from '../../../src/ui/states/errorMessages';
import { CostPerModel } from '../../../src/widgets/CostPerModel/CostPerModel';
import { failingFetcher, pendingFetcher, recordRequests, renderWithProvider } from '../shared/widgetHarness';

const WINDOW = { from: '2026-11-01T00:00:00Z', to: '2026-11-08T00:00:00Z' } as const;

/** Every error code, checked complete by the compiler (a new code fails to type-check here). */
const EVERY_CODE: Record<AnalyticsErrorCode, true> = {
  INVALID_QUERY: true,
  QUERY_ERROR: true,
  INVALID_DATE_RANGE: true,
  ACCESS_DENIED: true,
  QUERY_TIMEOUT: true,
  CONCURRENCY_LIMIT_EXCEEDED: true,
  UNAUTHORIZED: true,
  INTERNAL_ERROR: true,
  NETWORK_ERROR: true,
  ABORTED: true,
  INVALID_RESPONSE: true,
  INVALID_PARAMS: true,
  UNKNOWN_QUERY: true,
  SQL_NOT_ALLOWED: true,
  BAD_REQUEST: true,
  PAYLOAD_TOO_LARGE: true,
  METHOD_NOT_ALLOWED: true,
  NOT_FOUND: true,
  UPSTREAM_TIMEOUT: true,
  UPSTREAM_ERROR: true,
  HTTP_ERROR: true,
};
const CODES = Object.keys(EVERY_CODE) as AnalyticsErrorCode[];

describe('CostPerModel states', () => {
  it('holds a labelled loading skeleton of the chart’s height while the request is pending', () => {
    renderWithProvider(<CostPerModel {...WINDOW} title="AI spend" height={320} />, { fetcher: pendingFetcher });
    const region = screen.getByRole('region', { name: 'AI spend' });
    expect(region).toHaveAttribute('aria-busy', 'true');
    const status = screen.getByRole('status', { busy: true });
    expect(status).toHaveTextContent('Loading…');
    expect(status.querySelector('[aria-hidden="true"]')).toHaveStyle({ height: '320px' });
  });

  it.each(CODES)('shows the message for %s, with Retry only where a retry may help', async (code) => {
    const user = userEvent.setup();
    const failing = failingFetcher(code);
    renderWithProvider(<CostPerModel {...WINDOW} />, { fetcher: failing.fetcher });
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

  it('uses the host’s error text', async () => {
    renderWithProvider(<CostPerModel {...WINDOW} errorMessages={{ ACCESS_DENIED: { title: 'Kein Zugriff', description: 'Bitte anmelden.' } }} />, {
      fetcher: failingFetcher('ACCESS_DENIED').fetcher,
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('Kein Zugriff');
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();
  });

  it('shows an invalid custom range as an error and sends nothing', () => {
    const recorder = recordRequests(pendingFetcher);
    renderWithProvider(<CostPerModel timeRange={{ from: '2026-11-10', to: '2026-11-01' }} />, { fetcher: recorder.fetcher });
    const errorState = screen.getAllByRole('alert').find((element) => element.dataset.pawState === 'error');
    expect(errorState).toHaveTextContent(describeError(new AnalyticsError({ code: 'INVALID_DATE_RANGE', message: 'x' })).title);
    expect(recorder.requests).toHaveLength(0);
  });

  it('shows invalid props (limit out of range) as invalid settings and sends nothing', () => {
    const recorder = recordRequests(pendingFetcher);
    renderWithProvider(<CostPerModel {...WINDOW} limit={5000} />, { fetcher: recorder.fetcher });
    expect(screen.getByRole('alert')).toHaveTextContent('Error code: INVALID_PARAMS');
    expect(recorder.requests).toHaveLength(0);
  });
});
