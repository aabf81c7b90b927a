'use client';
import type { TimeRange } from '../../core/time/timeRange';
import { GranularityControl, type Granularity } from '../../ui/GranularityControl/GranularityControl';
import { TimeRangeControl } from '../../ui/TimeRangeControl/TimeRangeControl';
import type { TimeRangeLabelsInput } from '../../ui/TimeRangeControl/timeRangeLabels';
import { ViewToggle, type WidgetView } from '../../ui/ViewToggle/ViewToggle';
import { useAnalyticsContext } from '../../react/useAnalyticsContext';
import { mergeTimeRangeLabels } from '../../ui/controlLabels/controlLabels';
import type { ToolbarCsv } from './toolbarCsv';
import { ToolbarCsvButton } from './ToolbarCsvButton';

export interface WidgetToolbarProps<Row> {
  /** The time range control; omitted when the host fixed the window. */
  timeRange?: { value: TimeRange; onChange: (range: TimeRange) => void; timeZone: string; now?: () => Date; labels?: TimeRangeLabelsInput };
  /** The granularity control; omitted for widgets without buckets. */
  granularity?: { value: Granularity; onChange: (granularity: Granularity) => void; options: readonly Granularity[] };
  view: { value: WidgetView; onChange: (view: WidgetView) => void };
  /** The CSV export of the table (always the whole table in its order, whichever view is shown; made on click). */
  csv?: ToolbarCsv<Row> | undefined;
}

/**
 * The controls every widget's header carries, in one order: time range, granularity, chart /
 * table, export. All controlled: the widget owns the state (see `useTimeWindow`,
 * `useControllableState`). Their texts come from the provider's `controlLabels` (a page's
 * translation), the widget's own time-range labels winning.
 */
export function WidgetToolbar<Row>({ timeRange, granularity, view, csv }: WidgetToolbarProps<Row>) {
  const page = useAnalyticsContext().controlLabels ?? {};
  const timeRangeLabels = mergeTimeRangeLabels(page.timeRange, timeRange?.labels);
  return (
    <>
      {timeRange && (
        <TimeRangeControl
          value={timeRange.value}
          onChange={timeRange.onChange}
          timeZone={timeRange.timeZone}
          {...(timeRange.now === undefined ? {} : { now: timeRange.now })}
          {...(timeRangeLabels === undefined ? {} : { labels: timeRangeLabels })}
        />
      )}
      {granularity && (
        <GranularityControl
          value={granularity.value}
          onChange={granularity.onChange}
          options={granularity.options}
          {...(page.granularity === undefined ? {} : { label: page.granularity })}
          {...(page.granularities === undefined ? {} : { optionLabels: page.granularities })}
        />
      )}
      <ViewToggle
        value={view.value}
        onChange={view.onChange}
        {...(page.view === undefined ? {} : { label: page.view })}
        {...(page.views === undefined ? {} : { labels: page.views })}
      />
      {csv && <ToolbarCsvButton csv={csv} {...(page.exportCsv === undefined ? {} : { label: page.exportCsv })} />}
    </>
  );
}
