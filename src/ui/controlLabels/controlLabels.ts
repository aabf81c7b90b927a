import type { TimeRangeLabelsInput } from '../TimeRangeControl/timeRangeLabels';
import type { Granularity } from '../GranularityControl/GranularityControl';
import type { WidgetView } from '../ViewToggle/ViewToggle';

/**
 * The texts of the controls every widget's toolbar carries (time range, granularity, chart /
 * table, CSV export). Set once for the whole page with `AnalyticsProvider`'s `controlLabels`
 * (a translation), rather than on each of the fourteen widgets. Any subset; the rest stay English.
 */
export interface ControlLabels {
  timeRange?: TimeRangeLabelsInput;
  /** The granularity group's accessible name. */
  granularity?: string;
  granularities?: Partial<Record<Granularity, string>>;
  /** The chart / table group's accessible name. */
  view?: string;
  views?: Partial<Record<WidgetView, string>>;
  exportCsv?: string;
}

/**
 * The time-range labels a toolbar shows: the widget's own (its `labels` prop) over the page's
 * (`controlLabels.timeRange`), presets merged one by one.
 */
export function mergeTimeRangeLabels(page: TimeRangeLabelsInput | undefined, widget: TimeRangeLabelsInput | undefined): TimeRangeLabelsInput | undefined {
  if (page === undefined) return widget;
  if (widget === undefined) return page;
  return { ...page, ...widget, presets: { ...page.presets, ...widget.presets } };
}
