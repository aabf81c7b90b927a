/**
 * A widget is a guest: over every bad-but-plausible body (see `adversarialBodies.ts`) and bad
 * settings, each widget shows data or its own error state, the host's sibling content stays on the
 * page, and nothing from the data becomes markup.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { cloneElement, type ReactElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AnalyticsFetcher } from '../../../src/core/contract';
import { CostPerModel } from '../../../src/widgets/CostPerModel/CostPerModel';
import { CreditBurn } from '../../../src/widgets/CreditBurn/CreditBurn';
import { RevenueAging } from '../../../src/widgets/RevenueAging/RevenueAging';
import { UsageTrends } from '../../../src/widgets/UsageTrends/UsageTrends';
import { renderWithProvider } from '../shared/widgetHarness';
import { adversarialFetcher, MUTATIONS } from './adversarialBodies';

const WINDOW = { from: '2026-08-23T00:00:00.000Z', to: '2026-11-21T00:00:00.000Z' } as const;

/** Each widget, rendered with the props a host would give it. */
const WIDGETS: Record<string, (extra: Record<string, unknown>) => ReactElement> = {
  UsageTrends: (extra) => <UsageTrends {...WINDOW} granularity="week" {...extra} />,
  CostPerModel: (extra) => <CostPerModel {...WINDOW} {...extra} />,
  RevenueAging: (extra) => <RevenueAging asOf="2026-11-20" {...extra} />,
  CreditBurn: (extra) => <CreditBurn {...WINDOW} granularity="week" creditsCurrencyId="cc_ai_credits" {...extra} />,
};

afterEach(() => {
  delete (window as { __pawHacked?: unknown }).__pawHacked;
});

/** Renders the widget beside host content; resolves once it shows data or an error. */
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
      const settled =
        card!.querySelector('[data-paw-state="error"]') ??
        (card!.matches('[data-paw-state="error"]') ? card : null) ??
        card!.querySelector('[data-paw-chart], [data-paw-barlist], table, [data-paw-state="empty"]');
      expect(settled).not.toBeNull();
      return card as HTMLElement;
    },
    { timeout: 10_000 },
  );
  return { ...view, region, onError };
}

function expectGuestManners(region: HTMLElement): void {
  expect(screen.getByText('Host content before')).toBeTruthy();
  expect(screen.getByText('Host content after')).toBeTruthy();
  expect(document.querySelector('img')).toBeNull();
  expect((window as { __pawHacked?: unknown }).__pawHacked).toBeUndefined();
  const error = region.matches('[data-paw-state="error"]') ? region : region.querySelector('[data-paw-state="error"]');
  const data = region.querySelector('[data-paw-chart], [data-paw-barlist], table, [data-paw-state="empty"]');
  expect(error !== null || data !== null).toBe(true);
}

describe.each(Object.entries(WIDGETS))('%s as a guest', (_name, make) => {
  it.each(Object.entries(MUTATIONS))('over %s: shows data or its error state, the host stays', async (_case, mutation) => {
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
    const { region, onError } = await renderAsGuest(
      make({ valueFormatter: explode, amountFormatter: explode, costFormatter: explode, countFormatter: explode }),
      adversarialFetcher((body) => body),
    );
    await waitFor(() => expect(region.querySelector('[data-error-key="RENDER_ERROR"]')).not.toBeNull());
    expectGuestManners(region);
    expect(onError).toHaveBeenCalled();
    expect(onError.mock.calls[0]![0]).toMatchObject({ code: 'RENDER_ERROR' });
    expect(within(region).getByRole('button', { name: 'Retry' })).toBeTruthy();
  });
});

describe('missing totals are computed from the rows', () => {
  it('UsageTrends shows the rows’ total when usage-summary answers without its row', async () => {
    const fetcher = adversarialFetcher((body, name) => (name === 'usage-summary' ? { ...(body as object), rows: [] } : body));
    renderWithProvider(<UsageTrends {...WINDOW} granularity="week" defaultView="table" />, { fetcher });
    const stat = await waitFor(
      () => {
        const element = document.querySelector('[data-paw-stat="total"] dd');
        expect(element).not.toBeNull();
        return element as HTMLElement;
      },
      { timeout: 10_000 },
    );
    const footer = await waitFor(() => {
      const cell = document.querySelector('tfoot tr td:last-child');
      expect(cell).not.toBeNull();
      return cell as HTMLElement;
    }, { timeout: 10_000 });
    expect(stat.textContent).toBe(footer.textContent);
    expect(Number(stat.textContent!.replace(/\D/g, ''))).toBeGreaterThan(0);
  });
});
