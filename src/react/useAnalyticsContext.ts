import { useContext } from 'react';
import { createFormatters } from '../core/format/createFormatters';
import { AnalyticsContext, type AnalyticsContextValue } from './AnalyticsContext';
import { getDefaultQueryClient } from './defaultQueryClient';

/** The provider's defaults, also what a component sees without a provider. */
export const DEFAULT_LOCALE = 'en-US';
export const DEFAULT_CURRENCY = 'USD';
export const DEFAULT_TIME_ZONE = 'UTC';

let contextWithoutProvider: AnalyticsContextValue | undefined;

/**
 * The nearest `AnalyticsProvider`'s fetcher, QueryClient, locale, currency, time zone, theme and
 * formatters. A provider is optional: without one this gives no fetcher, the module's default
 * QueryClient and the defaults (`en-US`, `USD`, `UTC`), so a widget given its own `fetcher` works.
 */
export function useAnalyticsContext(): AnalyticsContextValue {
  const context = useContext(AnalyticsContext);
  if (context !== null) return context;
  contextWithoutProvider ??= {
    fetcher: undefined,
    client: getDefaultQueryClient(),
    locale: DEFAULT_LOCALE,
    currency: DEFAULT_CURRENCY,
    timeZone: DEFAULT_TIME_ZONE,
    theme: undefined,
    formatters: createFormatters({ locale: DEFAULT_LOCALE, currency: DEFAULT_CURRENCY, timeZone: DEFAULT_TIME_ZONE }),
  };
  return contextWithoutProvider;
}
