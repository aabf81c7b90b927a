import { act, render, renderHook, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { QueryClient } from '../../src/core/client/QueryClient';
import { createFormatters } from '../../src/core/format/createFormatters';
import { AnalyticsProvider } from '../../src/react/AnalyticsProvider';
import { getDefaultQueryClient } from '../../src/react/defaultQueryClient';
import { useAnalyticsContext } from '../../src/react/useAnalyticsContext';
import { useAnalyticsQuery } from '../../src/react/useAnalyticsQuery';
import { createControlledFetcher, flushMicrotasks } from '../core/client/fakeFetcher';
import { tagBody } from './hookHarness';

describe('AnalyticsProvider', () => {
  it('gives its fetcher, client, locale, currency, time zone, theme and matching formatters', () => {
    const { fetcher } = createControlledFetcher();
    const client = new QueryClient();
    const theme = { mode: 'dark' as const };
    const wrapper = ({ children }: { children?: ReactNode }) => (
      <AnalyticsProvider fetcher={fetcher} client={client} locale="de-DE" currency="EUR" timeZone="Europe/Berlin" theme={theme}>
        {children}
      </AnalyticsProvider>
    );
    const { result } = renderHook(() => useAnalyticsContext(), { wrapper });
    expect(result.current).toMatchObject({ fetcher, client, locale: 'de-DE', currency: 'EUR', timeZone: 'Europe/Berlin', theme });
    const expected = createFormatters({ locale: 'de-DE', currency: 'EUR', timeZone: 'Europe/Berlin' });
    expect(result.current.formatters.cents(123456n)).toBe(expected.cents(123456n));
    expect(result.current.formatters.cents(123456n)).not.toBe(createFormatters({ locale: 'en-US', currency: 'USD' }).cents(123456n));
  });

  it('defaults to en-US, USD and UTC', () => {
    const { fetcher } = createControlledFetcher();
    const wrapper = ({ children }: { children?: ReactNode }) => <AnalyticsProvider fetcher={fetcher}>{children}</AnalyticsProvider>;
    const { result } = renderHook(() => useAnalyticsContext(), { wrapper });
    expect(result.current).toMatchObject({ locale: 'en-US', currency: 'USD', timeZone: 'UTC', theme: undefined });
    expect(result.current.client).toBeInstanceOf(QueryClient);
  });

  it('applies clientOptions to its own client', async () => {
    const { fetcher, calls } = createControlledFetcher();
    function Many() {
      useAnalyticsQuery('SELECT 1');
      useAnalyticsQuery('SELECT 2');
      useAnalyticsQuery('SELECT 3');
      return null;
    }
    render(
      <AnalyticsProvider fetcher={fetcher} clientOptions={{ maxInFlight: 1 }}>
        <Many />
      </AnalyticsProvider>,
    );
    expect(calls).toHaveLength(1);
  });

  it('keeps the same formatters object while locale, currency and zone stay the same', () => {
    const { fetcher } = createControlledFetcher();
    const wrapper = ({ children }: { children?: ReactNode }) => <AnalyticsProvider fetcher={fetcher}>{children}</AnalyticsProvider>;
    const { result, rerender } = renderHook(() => useAnalyticsContext(), { wrapper });
    const first = result.current.formatters;
    rerender();
    expect(result.current.formatters).toBe(first);
  });

  it('without a provider gives the defaults and the module-level default client', () => {
    const { result } = renderHook(() => useAnalyticsContext());
    expect(result.current).toMatchObject({ fetcher: undefined, locale: 'en-US', currency: 'USD', timeZone: 'UTC' });
    expect(result.current.client).toBe(getDefaultQueryClient());
  });

  it('clears its own client when it unmounts: requests aborted, no entry or timer left', async () => {
    const { fetcher, calls } = createControlledFetcher();
    let client: QueryClient | undefined;
    function Probe() {
      client = useAnalyticsContext().client;
      const result = useAnalyticsQuery<{ tag: string }>('SELECT 1');
      return <p>{result.data?.[0]?.tag ?? 'loading'}</p>;
    }
    function Pending() {
      useAnalyticsQuery('SELECT never');
      return null;
    }
    const { unmount } = render(
      <AnalyticsProvider fetcher={fetcher}>
        <Probe />
        <Pending />
      </AnalyticsProvider>,
    );
    act(() => calls[0]!.resolve(tagBody('cached')));
    expect(await screen.findByText('cached')).toBeInTheDocument();
    expect(client!.getActivity().entries).toBe(2);
    unmount();
    await flushMicrotasks();
    expect(calls[1]!.signal.aborted).toBe(true);
    // The aborted request's slot is free at once, although this fetcher ignores the abort and never settles.
    expect(client!.getActivity()).toEqual({ entries: 0, inFlight: 0, queued: 0, waitingToRetry: 0, timers: 0 });
  });

  it("leaves a host's own client alone when it unmounts", async () => {
    const { fetcher, calls } = createControlledFetcher();
    const client = new QueryClient();
    function Probe() {
      useAnalyticsQuery('SELECT 1');
      return null;
    }
    const { unmount } = render(
      <AnalyticsProvider fetcher={fetcher} client={client}>
        <Probe />
      </AnalyticsProvider>,
    );
    act(() => calls[0]!.resolve(tagBody('kept')));
    await act(() => flushMicrotasks());
    unmount();
    await flushMicrotasks();
    expect(client.getState({ kind: 'sql', sql: 'SELECT 1' }, { fetcher }).status).toBe('success');
    client.clear();
  });
});
