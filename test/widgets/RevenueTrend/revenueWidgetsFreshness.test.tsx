import { screen, waitFor } from '@testing-library/react';
import type { ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import type { AnalyticsFetcher } from '../../../src/core/contract';
import { BilledUsage } from '../../../src/widgets/BilledUsage/BilledUsage';
import { CreditUsage } from '../../../src/widgets/CreditUsage/CreditUsage';
import { RevenueByProduct } from '../../../src/widgets/RevenueByProduct/RevenueByProduct';
import { RevenueTrend } from '../../../src/widgets/RevenueTrend/RevenueTrend';
import { adversarialFetcher } from '../containment/adversarialBodies';
import { renderWithProvider } from '../shared/widgetHarness';

const WINDOW = { from: '2026-08-23T00:00:00.000Z', to: '2026-11-21T00:00:00.000Z' } as const;
const WIDGETS: [string, (extra: { refetchIntervalMs?: number; showUpdated?: boolean }) => ReactElement][] = [
  ['RevenueTrend', (extra) => <RevenueTrend {...WINDOW} {...extra} />],
  ['RevenueByProduct', (extra) => <RevenueByProduct {...WINDOW} {...extra} />],
  ['BilledUsage', (extra) => <BilledUsage asOf="2026-11-20T12:00:00.000Z" {...extra} />],
  ['CreditUsage', (extra) => <CreditUsage {...WINDOW} {...extra} />],
];

function counting(): { fetcher: AnalyticsFetcher; calls: () => number } {
  let calls = 0;
  const inner = adversarialFetcher((body) => body);
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
