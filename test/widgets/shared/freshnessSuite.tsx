/**
 * Freshness, the same for every widget: with `refetchIntervalMs` it refetches while the page is
 * visible and `showUpdated` shows when the data arrived; by default neither (no refetch, no
 * "Updated" line). A widget counts as loaded once its headline shows.
 */
import { screen, waitFor } from '@testing-library/react';
import type { ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import type { AnalyticsFetcher } from '../../../src/core/contract';
import { renderWithProvider } from './widgetHarness';

/** A widget as a host renders it, given the freshness props. */
export type FreshnessWidget = (extra: { refetchIntervalMs?: number; showUpdated?: boolean }) => ReactElement;

/** `answers`, counting the requests it is sent. */
function counting(answers: () => AnalyticsFetcher): { fetcher: AnalyticsFetcher; calls: () => number } {
  let calls = 0;
  const inner = answers();
  return { calls: () => calls, fetcher: (request, init) => ((calls += 1), inner(request, init)) };
}

/** One `describe` per widget; `answers` makes the fetcher that answers its queries. */
export function describeFreshness(widgets: [string, FreshnessWidget][], answers: () => AnalyticsFetcher): void {
  describe.each(widgets)('%s freshness', (_name, make) => {
    it('refetchIntervalMs refetches while the page is visible; showUpdated shows when the data arrived', async () => {
      const { fetcher, calls } = counting(answers);
      renderWithProvider(make({ refetchIntervalMs: 40, showUpdated: true }), { fetcher, client: { staleTimeMs: 0 } });
      const first = await waitFor(() => {
        expect(document.querySelector('[data-paw-headline]')).not.toBeNull();
        return calls();
      });
      await waitFor(() => expect(calls()).toBeGreaterThanOrEqual(first + 2), { timeout: 5_000 });
      expect(screen.getByText('Updated just now')).toBeTruthy();
    });

    it('is off by default: no refetch, no "Updated" line', async () => {
      const { fetcher, calls } = counting(answers);
      renderWithProvider(make({}), { fetcher });
      await waitFor(() => expect(document.querySelector('[data-paw-headline]')).not.toBeNull());
      const settled = calls();
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(calls()).toBe(settled);
      expect(document.querySelector('[data-paw-updated]')).toBeNull();
    });
  });
}
