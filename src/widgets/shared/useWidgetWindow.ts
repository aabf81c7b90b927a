'use client';
import type { AnalyticsError } from '../../core/errors';
import type { Formatters } from '../../core/format/createFormatters';
import type { TimeRange } from '../../core/time/timeRange';
import { useTimeWindow, type TimeWindowProps, type TimeWindowState } from './useTimeWindow';
import { useWidgetFormatters } from './useWidgetFormatters';
import { useWidgetTimeZone } from './useWidgetTimeZone';

export interface WidgetWindow {
  /** The zone the widget cuts buckets and formats dates in (its `timeZone` prop, else the provider's). */
  timeZone: string;
  /** The provider's formatters in that zone. */
  formatters: Formatters;
  /** The window the widget queries, and its time range control's state. */
  time: TimeWindowState;
  /** An unknown zone or an unresolvable range: the widget's error, and no query is sent. */
  settingsError: AnalyticsError | undefined;
}

/**
 * A time-window widget's set-up: its zone, the formatters in that zone, the window it queries
 * (`from`/`to`, else its time range resolved in the zone; `defaultTimeRange` when the host gives
 * none), and the settings error that stops its queries.
 */
export function useWidgetWindow(props: TimeWindowProps, defaultTimeRange?: TimeRange): WidgetWindow {
  const zone = useWidgetTimeZone(props.timeZone);
  const formatters = useWidgetFormatters(zone.timeZone);
  const time = useTimeWindow(defaultTimeRange === undefined ? props : { ...props, defaultTimeRange: props.defaultTimeRange ?? defaultTimeRange }, zone.timeZone);
  return { timeZone: zone.timeZone, formatters, time, settingsError: zone.error ?? time.error };
}
