/**
 * A page prerendered on one day and hydrated on a later one: the server's HTML and the browser's first
 * render must match (React error #418 otherwise), so "today" is read only after hydration — or from a
 * `now` the host passes to both. Rendered with `renderToString`, hydrated with `hydrateRoot` in jsdom
 * under a faked clock a day later.
 */
import { act } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AnalyticsFetcher, NamedQueryRequest } from '../../../src/core/contract';
import { QueryClient } from '../../../src/core/client/QueryClient';
import { AnalyticsProvider } from '../../../src/react/AnalyticsProvider';
import { CreditBurn } from '../../../src/widgets/CreditBurn/CreditBurn';
import { RevenueAging } from '../../../src/widgets/RevenueAging/RevenueAging';
import { useTimeWindow } from '../../../src/widgets/shared/useTimeWindow';

const SERVER_DAY = new Date('2026-11-20T23:30:00Z');
const BROWSER_DAY = new Date('2026-11-21T08:00:00Z');

afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
});

/** What the window looks like in markup. */
function WindowProbe(props: { now?: () => Date }) {
  const time = useTimeWindow({ defaultTimeRange: '7d', ...(props.now ? { now: props.now } : {}) }, 'UTC');
  return <p data-testid="window">{time.window ? `${time.window.from.toISOString()} – ${time.window.to.toISOString()}` : time.pending ? 'loading' : 'none'}</p>;
}

/** Server HTML at SERVER_DAY, then hydration at BROWSER_DAY; the errors React reports, and the container. */
async function prerenderThenHydrateLater(element: () => React.ReactElement) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(SERVER_DAY);
  const html = renderToString(element());
  vi.setSystemTime(BROWSER_DAY);
  const container = document.createElement('div');
  container.innerHTML = html;
  document.body.append(container);
  const recoverable: unknown[] = [];
  const consoleErrors = vi.spyOn(console, 'error').mockImplementation(() => {});
  await act(async () => {
    hydrateRoot(container, element(), { onRecoverableError: (error) => recoverable.push(error) });
  });
  const logged = consoleErrors.mock.calls.map((call) => String(call[0]));
  consoleErrors.mockRestore();
  return { html, container, recoverable, logged };
}

describe('relative windows across a prerender and a later hydration', () => {
  it('render loading on the server and resolve "today" in the browser, with no hydration mismatch', async () => {
    const { html, container, recoverable, logged } = await prerenderThenHydrateLater(() => <WindowProbe />);
    expect(html).toContain('loading');
    expect(recoverable).toEqual([]);
    expect(logged.filter((message) => /hydrat|did not match|418/i.test(message))).toEqual([]);
    // After hydration: the browser's day, not the server's.
    expect(container.textContent).toBe('2026-11-15T00:00:00.000Z – 2026-11-22T00:00:00.000Z');
  });

  it('resolve on the server from a `now` the host passes to both sides', async () => {
    const anchor = () => new Date(SERVER_DAY);
    const { html, container, recoverable } = await prerenderThenHydrateLater(() => <WindowProbe now={anchor} />);
    expect(html).toContain('2026-11-14T00:00:00.000Z – 2026-11-21T00:00:00.000Z');
    expect(recoverable).toEqual([]);
    expect(container.textContent).toBe('2026-11-14T00:00:00.000Z – 2026-11-21T00:00:00.000Z');
  });

  it('a widget (CreditBurn, 30-day preset) hydrates cleanly a day later, then asks for the browser’s window', async () => {
    const requests: NamedQueryRequest[] = [];
    const fetcher: AnalyticsFetcher = (request, { signal }) => {
      requests.push(request as NamedQueryRequest);
      return new Promise((_resolve, reject) => signal.addEventListener('abort', () => reject(signal.reason), { once: true }));
    };
    const client = new QueryClient();
    const widget = () => (
      <AnalyticsProvider fetcher={fetcher} client={client} timeZone="UTC">
        <CreditBurn creditsCurrencyId="cc_ai_credits" title="Credits" />
      </AnalyticsProvider>
    );
    const { html, recoverable, logged } = await prerenderThenHydrateLater(widget);
    expect(html).toContain('data-paw-state="loading"');
    expect(html).not.toContain('data-paw-state="error"');
    expect(recoverable).toEqual([]);
    expect(logged.filter((message) => /hydrat|did not match|418/i.test(message))).toEqual([]);
    const froms = requests.map((request) => new Date(request.params.from as string | Date).toISOString()).sort();
    // The chart's 30 days up to the browser's today (Nov 21) and the burn rate's 30 whole days before it.
    expect(froms).toEqual(['2026-10-22T00:00:00.000Z', '2026-10-23T00:00:00.000Z']);
    client.dispose();
  });

  it('RevenueAging (aging to "today") hydrates cleanly a day later, then counts to the browser’s today', async () => {
    const requests: NamedQueryRequest[] = [];
    const fetcher: AnalyticsFetcher = (request, { signal }) => {
      requests.push(request as NamedQueryRequest);
      return new Promise((_resolve, reject) => signal.addEventListener('abort', () => reject(signal.reason), { once: true }));
    };
    const client = new QueryClient();
    const widget = () => (
      <AnalyticsProvider fetcher={fetcher} client={client} timeZone="UTC">
        <RevenueAging title="Receivables" />
      </AnalyticsProvider>
    );
    const { html, recoverable, logged } = await prerenderThenHydrateLater(widget);
    expect(html).not.toContain('Nov 20, 2026');
    expect(recoverable).toEqual([]);
    expect(logged.filter((message) => /hydrat|did not match|418/i.test(message))).toEqual([]);
    expect(requests.at(-1)?.params).toMatchObject({ asOf: '2026-11-21' });
    client.dispose();
  });
});
