/**
 * CostTrend, CustomerLeaderboard, Margin and DeliveredValue as guests: over every bad-but-plausible
 * body of the shared adversarial suite and bad provider settings, each shows data or its own error
 * state, the host's content stays, and nothing from the data becomes markup.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { cloneElement, type ReactElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AnalyticsFetcher } from '../../../src/core/contract';
import { CostTrend } from '../../../src/widgets/CostTrend/CostTrend';
import { CustomerLeaderboard } from '../../../src/widgets/CustomerLeaderboard/CustomerLeaderboard';
import { DeliveredValue } from '../../../src/widgets/DeliveredValue/DeliveredValue';
import { Margin } from '../../../src/widgets/Margin/Margin';
import { adversarialFetcher, MUTATIONS } from '../containment/adversarialBodies';
import { renderWithProvider } from '../shared/widgetHarness';

const WINDOW = { from: '2026-08-23T00:00:00.000Z', to: '2026-11-21T00:00:00.000Z' } as const;

const WIDGETS: Record<string, (extra: Record<string, unknown>) => ReactElement> = {
  CostTrend: (extra) => <CostTrend {...WINDOW} granularity="week" {...extra} />,
  CustomerLeaderboard: (extra) => <CustomerLeaderboard {...WINDOW} defaultMetric="margin" {...extra} />,
  Margin: (extra) => <Margin {...WINDOW} {...extra} />,
  DeliveredValue: (extra) => <DeliveredValue {...WINDOW} defaultBreakdown="customer" {...extra} />,
};

const DATA = '[data-paw-chart], [data-paw-timeseries], [data-paw-barlist], [data-paw-margin-bars], [data-paw-roi-bars], table, [data-paw-state="empty"]';

afterEach(() => {
  delete (window as { __pawHacked?: unknown }).__pawHacked;
});

async function renderAsGuest(widget: ReactElement, fetcher: AnalyticsFetcher, provider: Record<string, unknown> = {}) {
  const onError = vi.fn();
  const view = renderWithProvider(
    <main>
      <p>Host content before</p>
      {cloneElement(widget, { onError } as never)}
      <p>Host content after</p>
    </main>,
    { fetcher, ...provider },
  );
  const region = await waitFor(
    () => {
      const card = view.container.querySelector('[data-paw-widget]') ?? view.container.querySelector('[data-paw-state="error"]');
      expect(card).not.toBeNull();
      const settled = card!.querySelector('[data-paw-state="error"]') ?? (card!.matches('[data-paw-state="error"]') ? card : null) ?? card!.querySelector(DATA);
      expect(settled).not.toBeNull();
      return card as HTMLElement;
    },
    { timeout: 60_000 },
  );
  return { region, onError };
}

function expectGuestManners(region: HTMLElement): void {
  expect(screen.getByText('Host content before')).toBeTruthy();
  expect(screen.getByText('Host content after')).toBeTruthy();
  expect(document.querySelector('img')).toBeNull();
  expect((window as { __pawHacked?: unknown }).__pawHacked).toBeUndefined();
  const error = region.matches('[data-paw-state="error"]') ? region : region.querySelector('[data-paw-state="error"]');
  expect(error !== null || region.querySelector(DATA) !== null).toBe(true);
}

describe.each(Object.entries(WIDGETS))('%s as a guest', (_name, make) => {
  it.each(Object.entries(MUTATIONS))('over %s: shows data or its error state, the host stays', { timeout: 90_000 }, async (_case, mutation) => {
    const { region } = await renderAsGuest(make({}), adversarialFetcher(mutation));
    expectGuestManners(region);
  });

  it.each([
    ['an empty currency', { currency: '' }],
    ['a two-letter currency', { currency: 'US' }],
    ['a locale Intl refuses', { locale: 'not a locale!!' }],
    ['a zone Intl refuses', { timeZone: 'Mars/Olympus_Mons' }],
  ])('with %s on the provider: shows data or its error state', async (_case, provider) => {
    const { region } = await renderAsGuest(make({}), adversarialFetcher((body) => body), provider);
    expectGuestManners(region);
  });

  it('a formatter prop that throws becomes RENDER_ERROR with Retry, reported to onError', async () => {
    const explode = () => {
      throw new RangeError('formatter exploded');
    };
    const { region, onError } = await renderAsGuest(make({ amountFormatter: explode, costFormatter: explode }), adversarialFetcher((body) => body));
    await waitFor(() => expect(region.querySelector('[data-error-key="RENDER_ERROR"]')).not.toBeNull());
    expectGuestManners(region);
    expect(onError.mock.calls[0]![0]).toMatchObject({ code: 'RENDER_ERROR' });
    expect(within(region).getByRole('button', { name: 'Retry' })).toBeTruthy();
  });
});
