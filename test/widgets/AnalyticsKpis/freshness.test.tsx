import { screen, waitFor } from '@testing-library/react';
import type { ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import { ALL_FIXTURES, STORY_PROPS } from '../../../fixtures/index';
import type { AnalyticsFetcher } from '../../../src/core/contract';
import { createFixtureFetcher } from '../../../src/testing/createFixtureFetcher';
import { AnalyticsKpis } from '../../../src/widgets/AnalyticsKpis/AnalyticsKpis';
import { SignalPayloadBreakdown } from '../../../src/widgets/SignalPayloadBreakdown/SignalPayloadBreakdown';
import { renderWithProvider } from '../shared/widgetHarness';

const WIDGETS: [string, (extra: { refetchIntervalMs?: number; showUpdated?: boolean }) => ReactElement][] = [
  ['AnalyticsKpis', (extra) => <AnalyticsKpis {...STORY_PROPS.analyticsKpis} {...extra} />],
  ['SignalPayloadBreakdown', (extra) => <SignalPayloadBreakdown {...STORY_PROPS.signalPayloadBreakdown} {...extra} />],
];

function counting(): { fetcher: AnalyticsFetcher; calls: () => number } {
  let calls = 0;
  const inner = createFixtureFetcher(ALL_FIXTURES, { matchByName: false });
  return { calls: () => calls, fetcher: (request, init) => ((calls += 1), inner(request, init)) };
}

describe.each(WIDGETS)('%s freshness', (_name, make) => {
  it('refetchIntervalMs refetches while the page is visible; showUpdated shows when the data arrived', async () => {
    const { fetcher, calls } = counting();
    renderWithProvider(make({ refetchIntervalMs: 40, showUpdated: true }), { fetcher, client: { staleTimeMs: 0 } });
    const first = await waitFor(() => {
      expect(document.querySelector('[data-paw-headline]')).not.toBeNull();
      return calls();
    });
    await waitFor(() => expect(calls()).toBeGreaterThanOrEqual(first + 2), { timeout: 5_000 });
    expect(screen.getByText('Updated just now')).toBeTruthy();
  });

  it('is off by default: no refetch, no "Updated" line', async () => {
    const { fetcher, calls } = counting();
    renderWithProvider(make({}), { fetcher });
    await waitFor(() => expect(document.querySelector('[data-paw-headline]')).not.toBeNull());
    const settled = calls();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(calls()).toBe(settled);
    expect(document.querySelector('[data-paw-updated]')).toBeNull();
  });
});
