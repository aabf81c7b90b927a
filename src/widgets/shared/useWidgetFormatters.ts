'use client';
import { useMemo } from 'react';
import { createFormatters, type Formatters } from '../../core/format/createFormatters';
import { useAnalyticsContext } from '../../react/useAnalyticsContext';

/**
 * The provider's formatters, rebound to a widget's own time zone when it has one (a widget's
 * `timeZone` prop), so its labels read in the zone its buckets were cut in.
 */
export function useWidgetFormatters(timeZone: string | undefined): Formatters {
  const { formatters, locale, currency } = useAnalyticsContext();
  return useMemo(
    () => (timeZone === undefined || timeZone === formatters.timeZone ? formatters : createFormatters({ locale, currency, timeZone })),
    [formatters, locale, currency, timeZone],
  );
}
