/**
 * Specifications every widget's states must meet, written once and run per widget: the loading
 * skeleton while a request is pending, and for every error code its message, its code, and a
 * Retry button exactly where a retry may help (which sends the request again).
 */
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { expect, it } from 'vitest';
import { ANALYTICS_ERROR_CODES, AnalyticsError } from '../../../src/core/errors';
import { describeError } from '../../../src/ui/states/errorMessages';
import { failingFetcher, pendingFetcher, renderWithProvider } from './widgetHarness';

/** Every code an `AnalyticsError` can carry. */
export const ALL_ERROR_CODES = ANALYTICS_ERROR_CODES;

/**
 * Registers the state specs for one widget inside the caller's `describe`. `widget` renders it
 * with valid params (the fetcher comes from the provider), titled `title`.
 */
export function itShowsEveryState(widget: () => ReactElement, title: string): void {
  it('holds a labelled loading skeleton while the request is pending', () => {
    renderWithProvider(widget(), { fetcher: pendingFetcher });
    expect(screen.getByRole('region', { name: title })).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByRole('status', { busy: true })).toHaveTextContent('Loading…');
  });

  it.each(ALL_ERROR_CODES)('shows the message for %s, with Retry only where a retry may help', async (code) => {
    const user = userEvent.setup();
    const failing = failingFetcher(code);
    renderWithProvider(widget(), { fetcher: failing.fetcher });
    const alert = await screen.findByRole('alert');
    const described = describeError(new AnalyticsError({ code, message: 'x' }));
    expect(alert).toHaveTextContent(described.title);
    expect(alert).toHaveTextContent(`Error code: ${code}`);
    expect(screen.getByRole('region', { name: title })).not.toHaveAttribute('aria-busy');
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

  it('offers Retry for a timeout', async () => {
    renderWithProvider(widget(), { fetcher: failingFetcher('QUERY_TIMEOUT').fetcher });
    expect(await screen.findByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });
}
