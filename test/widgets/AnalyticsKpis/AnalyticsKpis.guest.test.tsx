/**
 * AnalyticsKpis as a guest: over every bad-but-plausible body of the shared adversarial suite and
 * bad provider settings it shows figures or its own error state, the host's content stays, and
 * nothing from the data becomes markup.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AnalyticsFetcher } from '../../../src/core/contract';
import { AnalyticsKpis, type AnalyticsKpisProps } from '../../../src/widgets/AnalyticsKpis/AnalyticsKpis';
import { adversarialFetcher, MUTATIONS } from '../containment/adversarialBodies';
import { renderWithProvider } from '../shared/widgetHarness';

const WINDOW = { from: '2026-10-22T00:00:00.000Z', to: '2026-11-21T00:00:00.000Z' } as const;

afterEach(() => {
  delete (window as { __pawHacked?: unknown }).__pawHacked;
});

async function renderAsGuest(fetcher: AnalyticsFetcher, props: Partial<AnalyticsKpisProps> = {}, provider: Record<string, unknown> = {}) {
  const onError = vi.fn();
  const view = renderWithProvider(
    <main>
      <p>Host content before</p>
      <AnalyticsKpis {...WINDOW} onError={onError} {...props} />
      <p>Host content after</p>
    </main>,
    { fetcher, ...provider },
  );
  const region = await waitFor(
    () => {
      const card = view.container.querySelector('[data-paw-widget]') ?? view.container.querySelector('[data-paw-state="error"]');
      expect(card!.querySelector('[data-paw-state="error"], [data-paw-stat]') ?? (card!.matches('[data-paw-state="error"]') ? card : null)).not.toBeNull();
      return card as HTMLElement;
    },
    { timeout: 10_000 },
  );
  expect(screen.getByText('Host content before')).toBeTruthy();
  expect(screen.getByText('Host content after')).toBeTruthy();
  expect(document.querySelector('img')).toBeNull();
  expect((window as { __pawHacked?: unknown }).__pawHacked).toBeUndefined();
  return { region, onError };
}

describe('AnalyticsKpis as a guest', () => {
  it.each(Object.entries(MUTATIONS))('over %s: shows figures or its error state, the host stays', async (_case, mutation) => {
    await renderAsGuest(adversarialFetcher(mutation));
  });

  it.each([
    ['an empty currency', { currency: '' }],
    ['a two-letter currency', { currency: 'US' }],
    ['a locale Intl refuses', { locale: 'not a locale!!' }],
    ['a zone Intl refuses', { timeZone: 'Mars/Olympus_Mons' }],
  ])('with %s on the provider: shows figures or its error state', async (_case, provider) => {
    await renderAsGuest(adversarialFetcher((body) => body), {}, provider);
  });

  it('a formatter prop that throws becomes RENDER_ERROR with Retry, reported to onError', async () => {
    const explode = () => {
      throw new RangeError('formatter exploded');
    };
    const { region, onError } = await renderAsGuest(adversarialFetcher((body) => body), { amountFormatter: explode });
    await waitFor(() => expect(region.querySelector('[data-error-key="RENDER_ERROR"]')).not.toBeNull());
    expect(onError.mock.calls[0]![0]).toMatchObject({ code: 'RENDER_ERROR' });
    expect(within(region).getByRole('button', { name: 'Retry' })).toBeTruthy();
  });
});
