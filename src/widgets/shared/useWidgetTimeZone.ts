'use client';
import { useMemo } from 'react';
import { isSupportedTimeZone } from '../../core/decode/zonedTime';
import { AnalyticsError } from '../../core/errors';
import { useAnalyticsContext } from '../../react/useAnalyticsContext';

export interface WidgetTimeZone {
  /** The zone to cut buckets and format dates in: the widget's, else the provider's. */
  timeZone: string;
  /** Set when the widget's `timeZone` prop is not a zone this runtime knows (then `timeZone` is the provider's). */
  error: AnalyticsError | undefined;
}

/**
 * The zone a widget works in: its `timeZone` prop, else the provider's. An unknown zone is the
 * widget's error (`INVALID_PARAMS`), never a crash while formatting.
 */
export function useWidgetTimeZone(timeZoneProp: string | undefined): WidgetTimeZone {
  const providerZone = useAnalyticsContext().timeZone;
  return useMemo(() => {
    if (timeZoneProp === undefined || timeZoneProp === providerZone) return { timeZone: providerZone, error: undefined };
    if (typeof timeZoneProp === 'string' && timeZoneProp !== '' && isSupportedTimeZone(timeZoneProp)) return { timeZone: timeZoneProp, error: undefined };
    return {
      timeZone: providerZone,
      error: new AnalyticsError({ code: 'INVALID_PARAMS', message: `Unknown time zone: "${String(timeZoneProp)}"` }),
    };
  }, [timeZoneProp, providerZone]);
}
