'use client';
import { useMemo } from 'react';
import { stableSerialize } from '../../core/client/stableSerialize';
import { AnalyticsError, isAnalyticsError } from '../../core/errors';
import { isCalendarDate, resolveTimeRange, type TimeRange } from '../../core/time/timeRange';
import { useHydrated } from '../../react/useHydrated';
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
  /**
   * Uncontrolled starting time range.
   * @default '30d'
   */
  defaultTimeRange?: TimeRange | undefined;
  /** Fires when the user picks another range (controlled or not). */
  onTimeRangeChange?: ((range: TimeRange) => void) | undefined;
  /**
   * IANA zone of the buckets, presets and labels.
   * @default the provider's time zone
   */
  timeZone?: string | undefined;
  /**
   * The clock presets count back from (tests, stories, fixtures, or a server's render time passed to the
   * browser). Default `() => new Date()`, read only in the browser after hydration: without `now`, a preset
   * window renders as loading on the server, so a page prerendered one day hydrates cleanly on another.
   * @default () => new Date()
   */
  now?: (() => Date) | undefined;
}

export interface TimeWindowState {
  /** What the named query takes as `from` / `to`: the props as given, or the resolved preset. */
  input: { from: string | Date; to: string | Date };
  /**
   * The window as instants, when it is valid and resolved. `undefined` also while a preset waits for the
   * clock (on the server and during hydration, without `now`): the widget then shows loading.
   */
  window: TimeWindow | undefined;
  /** A preset waits for the browser's clock: the query is not sent yet, and nothing is wrong. */
  pending: boolean;
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

/** Whether resolving `range` reads the clock: presets do; a custom range of dates or instants does not. */
function readsClock(range: TimeRange): boolean {
  if (typeof range === 'string') return true;
  if (range === null || typeof range !== 'object') return false;
  return ![range.from, range.to].every((end) => end instanceof Date || (typeof end === 'string' && (isCalendarDate(end) || !Number.isNaN(Date.parse(end)))));
}

/**
 * The window a widget queries: a fixed `from`/`to`, else its (controlled or uncontrolled) time
 * range resolved in `timeZone` against `now()`. Resolved when the range or zone changes, not on
 * every render, so the query key stays stable while the user looks at it. Without a `now` prop, a
 * preset is resolved only in the browser after hydration (`pending` until then): "today" on the
 * server is not "today" in the browser that hydrates the page a day later.
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
  const hydrated = useHydrated();
  const waitsForClock = !fixed && now === undefined && !hydrated && readsClock(range);
  const resolved = useMemo((): Omit<TimeWindowState, 'fixed' | 'range' | 'setRange'> => {
    if (waitsForClock) return { input: { from: '', to: '' }, window: undefined, error: undefined, pending: true };
    if (fixed) {
      const from = props.from!;
      const to = props.to!;
      const fromDate = toDate(from);
      const toDateValue = toDate(to);
      const window = fromDate && toDateValue ? { from: fromDate, to: toDateValue } : undefined;
      return { input: { from, to }, window, error: undefined, pending: false };
    }
    try {
      const { from, to } = resolveTimeRange(range, { now: now?.() ?? new Date(), timeZone });
      return { input: { from, to }, window: { from: new Date(from), to: new Date(to) }, error: undefined, pending: false };
    } catch (error) {
      const analyticsError = isAnalyticsError(error)
        ? error
        : new AnalyticsError({ code: 'INVALID_DATE_RANGE', message: 'The time range could not be resolved.', cause: error });
      return { input: { from: '', to: '' }, window: undefined, error: analyticsError, pending: false };
    }
    // `now` is read when the range changes, not a dependency: a new clock function each render must not move the window.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [fixed, fixedKey, rangeKey, timeZone, waitsForClock]);
  return { ...resolved, fixed, range, setRange };
}
