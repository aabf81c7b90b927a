/**
 * The guest suite every widget goes through: over every bad-but-plausible body of
 * `adversarialBodies.ts` and bad provider settings, the widget shows data or its own error state,
 * the host's sibling content stays on the page, and nothing from the data becomes markup; a
 * formatter prop that throws becomes RENDER_ERROR with Retry, reported to `onError`.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { cloneElement, type ReactElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AnalyticsFetcher } from '../../../src/core/contract';
import { renderWithProvider } from '../shared/widgetHarness';
import { adversarialFetcher, MUTATIONS } from './adversarialBodies';

/** A widget as a host would render it, given extra props (`onError`, formatters). */
export type GuestWidget = (extra: Record<string, unknown>) => ReactElement;

export interface GuestSuiteOptions {
  /** What counts as "shows data" in these widgets (an empty state counts). */
  data: string;
  /** Formatter props that all throw, by the names these widgets take. */
  formatterProps: readonly string[];
  /** How long a widget may take to settle on one body. @default 10,000 ms */
  settleMs?: number;
  /** How long one adversarial case may take. @default vitest's */
  caseMs?: number;
}

/** Renders the widget between host content; resolves once it shows data (per `data`) or an error. */
export async function renderAsGuest(widget: ReactElement, fetcher: AnalyticsFetcher, data: string, settleMs: number, provider: Record<string, unknown> = {}) {
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
      const settled = card!.querySelector('[data-paw-state="error"]') ?? (card!.matches('[data-paw-state="error"]') ? card : null) ?? card!.querySelector(data);
      expect(settled).not.toBeNull();
      return card as HTMLElement;
    },
    { timeout: settleMs },
  );
  return { ...view, region, onError };
}

/** The host's content is still there, nothing became markup, and the widget shows data or its error state. */
export function expectGuestManners(region: HTMLElement, data: string): void {
  expect(screen.getByText('Host content before')).toBeTruthy();
  expect(screen.getByText('Host content after')).toBeTruthy();
  expect(document.querySelector('img')).toBeNull();
  expect((window as { __pawHacked?: unknown }).__pawHacked).toBeUndefined();
  const error = region.matches('[data-paw-state="error"]') ? region : region.querySelector('[data-paw-state="error"]');
  expect(error !== null || region.querySelector(data) !== null).toBe(true);
}

/** One `describe` per widget with the whole guest suite in it. */
export function describeGuests(widgets: Record<string, GuestWidget>, options: GuestSuiteOptions): void {
  const { data, settleMs = 10_000 } = options;

  afterEach(() => {
    delete (window as { __pawHacked?: unknown }).__pawHacked;
  });

  describe.each(Object.entries(widgets))('%s as a guest', (_name, make) => {
    it.each(Object.entries(MUTATIONS))('over %s: shows data or its error state, the host stays', options.caseMs === undefined ? {} : { timeout: options.caseMs }, async (_case, mutation) => {
      const { region } = await renderAsGuest(make({}), adversarialFetcher(mutation), data, settleMs);
      expectGuestManners(region, data);
    });

    it.each([
      ['an empty currency', { currency: '' }],
      ['a two-letter currency', { currency: 'US' }],
      ['a locale Intl refuses', { locale: 'not a locale!!' }],
      ['a zone Intl refuses', { timeZone: 'Mars/Olympus_Mons' }],
    ])('with %s on the provider: shows data or its error state', async (_case, provider) => {
      const { region } = await renderAsGuest(make({}), adversarialFetcher((body) => body), data, settleMs, provider);
      expectGuestManners(region, data);
    });

    it('a formatter prop that throws becomes RENDER_ERROR with Retry, reported to onError', async () => {
      const explode = () => {
        throw new RangeError('formatter exploded');
      };
      const { region, onError } = await renderAsGuest(make(Object.fromEntries(options.formatterProps.map((name) => [name, explode]))), adversarialFetcher((body) => body), data, settleMs);
      await waitFor(() => expect(region.querySelector('[data-error-key="RENDER_ERROR"]')).not.toBeNull());
      expectGuestManners(region, data);
      expect(onError).toHaveBeenCalled();
      expect(onError.mock.calls[0]![0]).toMatchObject({ code: 'RENDER_ERROR' });
      expect(within(region).getByRole('button', { name: 'Retry' })).toBeTruthy();
    });
  });
}
