'use client';
import { useMemo } from 'react';
import { stableSerialize } from '../../core/client/stableSerialize';
import { AnalyticsError, isAnalyticsError } from '../../core/errors';
import { resolveTimeRange, type TimeRange } from '../../core/time/timeRange';
import { useControllableState } from '../../ui/controllableState/useControllableState';
import type { TimeWindow } from './describeWindow';

/** The window props every time-based widget takes. */
export interface TimeWindowProps {
  /**
   * Start of a fixed window (ISO 8601 instant with a zone, or a Date), inclusive. With `from`
   * and `to` the host owns the window: the time range control is hidden and `timeRange` unused.
   */
  from?: string | Date | undefined;
  /** End of a fixed window, exclusive. */
  to?: string | Date | undefined;
  /** Controlled time range: a preset (`'7d'`, `'30d'`, `'90d'`, `'12m'`) or a custom range. */
  timeRange?: TimeRange | undefined;
  /** Uncontrolled starting time range. Default `'30d'`. */
  defaultTimeRange?: TimeRange | undefined;
  /** Fires when the user picks another range (controlled or not). */
  onTimeRangeChange?: ((range: TimeRange) => void) | undefined;
  /** IANA zone of the buckets, presets and labels. Default: the provider's. */
  timeZone?: string | undefined;
  /** The clock presets count back from (tests, stories, fixtures). Default `() => new Date()`. */
  now?: (() => Date) | undefined;
}

export interface TimeWindowState {
  /** What the named query takes as `from` / `to`: the props as given, or the resolved preset. */
  input: { from: string | Date; to: string | Date };
  /** The window as instants, when it is valid. */
  window: TimeWindow | undefined;
  /** Why the range could not be resolved (a custom range that is empty or malformed). */
  error: AnalyticsError | undefined;
  /** The host passed `from` and `to`: no time range control. */
  fixed: boolean;
  range: TimeRange;
  setRange: (range: TimeRange) => void;
}

function toDate(value: string | Date): Date | undefined {
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/**
 * The window a widget queries: a fixed `from`/`to`, else its (controlled or uncontrolled) time
 * range resolved in `timeZone` against `now()`. Resolved when the range or zone changes, not on
 * every render, so the query key stays stable while the user looks at it.
 */
export function useTimeWindow(props: TimeWindowProps, timeZone: string): TimeWindowState {
  const [range, setRange] = useControllableState<TimeRange>({
    value: props.timeRange,
    defaultValue: props.defaultTimeRange ?? '30d',
    onChange: props.onTimeRangeChange,
  });
  const fixed = props.from !== undefined && props.to !== undefined;
  const rangeKey = stableSerialize(range);
  const fixedKey = fixed ? stableSerialize([props.from, props.to]) : '';
  const now = props.now;
  const resolved = useMemo((): Omit<TimeWindowState, 'fixed' | 'range' | 'setRange'> => {
    if (fixed) {
      const from = props.from!;
      const to = props.to!;
      const fromDate = toDate(from);
      const toDateValue = toDate(to);
      const window = fromDate && toDateValue ? { from: fromDate, to: toDateValue } : undefined;
      return { input: { from, to }, window, error: undefined };
    }
    try {
      const { from, to } = resolveTimeRange(range, { now: now?.() ?? new Date(), timeZone });
      return { input: { from, to }, window: { from: new Date(from), to: new Date(to) }, error: undefined };
    } catch (error) {
      const analyticsError = isAnalyticsError(error)
        ? error
        : new AnalyticsError({ code: 'INVALID_DATE_RANGE', message: 'The time range could not be resolved.', cause: error });
      return { input: { from: '', to: '' }, window: undefined, error: analyticsError };
    }
    // `now` is read when the range changes, not a dependency: a new clock function each render must not move the window.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [fixed, fixedKey, rangeKey, timeZone]);
  return { ...resolved, fixed, range, setRange };
}
