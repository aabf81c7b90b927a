import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AnalyticsFetcher } from '../../../src/core/contract';
import { CostPerModel } from '../../../src/widgets/CostPerModel/CostPerModel';
import { adversarialFetcher } from '../containment/adversarialBodies';
import { renderWithProvider } from './widgetHarness';

const WINDOW = { from: '2026-08-23T00:00:00.000Z', to: '2026-11-21T00:00:00.000Z' } as const;

describe('widget freshness', () => {
  it('refetchIntervalMs refetches while the page is visible; showUpdated shows when the data arrived', async () => {
    let calls = 0;
    const inner = adversarialFetcher((body) => body);
    const fetcher: AnalyticsFetcher = (request, init) => {
      calls += 1;
      return inner(request, init);
    };
    renderWithProvider(<CostPerModel {...WINDOW} refetchIntervalMs={40} showUpdated />, { fetcher, client: { staleTimeMs: 0 } });
    await waitFor(() => expect(calls).toBeGreaterThanOrEqual(3), { timeout: 5_000 });
    expect(screen.getByText('Updated just now')).toBeTruthy();
  });

  it('is off by default: one request, no "Updated" line', async () => {
    let calls = 0;
    const inner = adversarialFetcher((body) => body);
    renderWithProvider(<CostPerModel {...WINDOW} />, {
      fetcher: (request, init) => {
        calls += 1;
        return inner(request, init);
      },
    });
    await screen.findByRole('list', { name: 'AI cost by vendor and model' });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(calls).toBe(1);
    expect(document.querySelector('[data-paw-updated]')).toBeNull();
  });
});
