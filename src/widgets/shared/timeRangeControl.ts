import type { WidgetToolbarProps } from './WidgetToolbar';
import type { TimeWindowState } from './useTimeWindow';

/**
 * The toolbar's time range control for a window: none when the host fixed `from`/`to`, else the
 * range, its setter, the zone it resolves in and the host's clock (`now`) when given.
 */
export function timeRangeControl(time: TimeWindowState, timeZone: string, now: (() => Date) | undefined): WidgetToolbarProps<unknown>['timeRange'] {
  return time.fixed ? undefined : { value: time.range, onChange: time.setRange, timeZone, ...(now ? { now } : {}) };
}
