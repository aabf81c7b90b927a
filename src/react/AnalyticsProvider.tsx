'use client';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { QueryClient, type QueryClientOptions } from '../core/client/QueryClient';
import type { AnalyticsFetcher } from '../core/contract';
import { createFormatters } from '../core/format/createFormatters';
import type { ThemeInput } from '../theme/types';
import type { ControlLabels } from '../ui/controlLabels/controlLabels';
import { AnalyticsContext, type AnalyticsContextValue } from './AnalyticsContext';
import { DEFAULT_CURRENCY, DEFAULT_LOCALE, DEFAULT_TIME_ZONE } from './useAnalyticsContext';

export interface AnalyticsProviderProps {
  /**
   * The host's transport to its backend proxy, e.g. `createHttpFetcher({ baseUrl: '/api/analytics' })`.
   * Keep it stable (create it once, outside render or in `useMemo`): the cache is per fetcher, so
   * a new fetcher on every render means new requests on every render.
   */
  fetcher: AnalyticsFetcher;
  /** BCP 47 locale for every number and date. Default `'en-US'`. */
  locale?: string | undefined;
  /** ISO 4217 currency for money. Default `'USD'`. */
  currency?: string | undefined;
  /** IANA time zone for dates and time buckets. Default `'UTC'`. */
  timeZone?: string | undefined;
  /** The widgets' default theme. */
  theme?: ThemeInput | undefined;
  /** A QueryClient of the host's (shared between providers, or inspected in tests). */
  client?: QueryClient | undefined;
  /** Options for the provider's own QueryClient, read once at mount; ignored when `client` is given. */
  clientOptions?: QueryClientOptions | undefined;
  /**
   * Texts of every widget's toolbar controls (time range, granularity, chart / table, CSV export),
   * for a translated page; a widget's own `labels.timeRange` wins over these. Default: English.
   */
  controlLabels?: ControlLabels | undefined;
  children?: ReactNode | undefined;
}

/**
 * Gives the widgets and hooks below it their fetcher, a QueryClient (one cache, one in-flight
 * cap for the whole page), locale, currency, time zone, theme and formatters. A client the
 * provider made itself is cleared when the provider unmounts: no request, timer or entry is left.
 */
export function AnalyticsProvider(props: AnalyticsProviderProps): ReactNode {
  const { fetcher, theme, client: hostClient, controlLabels, children } = props;
  const locale = props.locale ?? DEFAULT_LOCALE;
  const currency = props.currency ?? DEFAULT_CURRENCY;
  const timeZone = props.timeZone ?? DEFAULT_TIME_ZONE;
  const [ownClient] = useState(() => (hostClient === undefined ? new QueryClient(props.clientOptions) : undefined));
  const client = hostClient ?? ownClient!;

  const mounts = useRef(0);
  useEffect(() => {
    if (ownClient === undefined) return undefined;
    mounts.current += 1;
    return () => {
      mounts.current -= 1;
      // After the current task, so Strict Mode's unmount-and-remount keeps the cache.
      queueMicrotask(() => {
        if (mounts.current === 0) ownClient.clear();
      });
    };
  }, [ownClient]);

  const formatters = useMemo(() => createFormatters({ locale, currency, timeZone }), [locale, currency, timeZone]);
  const value = useMemo<AnalyticsContextValue>(
    () => ({ fetcher, client, locale, currency, timeZone, theme, formatters, controlLabels }),
    [fetcher, client, locale, currency, timeZone, theme, formatters, controlLabels],
  );
  return <AnalyticsContext.Provider value={value}>{children}</AnalyticsContext.Provider>;
}
