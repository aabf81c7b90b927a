'use client';
import { useMemo } from 'react';
import type { EChartsType } from 'echarts/core';
import type { Granularity } from '../../core/queries/timeBucket';
import type { UsageSummaryInput } from '../../core/queries/usageSummary';
import type { UsageTrendsInput } from '../../core/queries/usageTrends';
import { useUsageSummary } from '../../react/useUsageSummary';
import { useUsageTrends } from '../../react/useUsageTrends';
import { useResolvedTheme } from '../../theme/useResolvedTheme';
import { AnalyticsChart } from '../../ui/Chart/AnalyticsChart';
import { useControllableState } from '../../ui/controllableState/useControllableState';
import { tableColumnsToCsv } from '../../ui/csv/tableColumnsToCsv';
import { LazyDataTable as DataTable } from '../../ui/DataTable/LazyDataTable';
import { ALL_GRANULARITIES } from '../../ui/GranularityControl/GranularityControl';
import type { WidgetView } from '../../ui/ViewToggle/ViewToggle';
import { WidgetFrame } from '../../ui/WidgetFrame/WidgetFrame';
import { useBoundaryRefetch } from '../../ui/ErrorBoundary/BoundaryRefetchContext';
import { withWidgetBoundary } from '../../ui/ErrorBoundary/withWidgetBoundary';
import { csvFilename } from '../shared/csvFilename';
import { describeWindow } from '../shared/describeWindow';
import { HeadlineStats } from '../shared/HeadlineStats';
import { effectiveGranularity, offeredGranularities } from '../shared/offeredGranularities';
import { listTimeBuckets } from '../shared/timeBuckets';
import { useParamsOfData } from '../shared/useParamsOfData';
import { useTimeWindow, type TimeWindowProps } from '../shared/useTimeWindow';
import { useWidgetFormatters } from '../shared/useWidgetFormatters';
import { useWidgetTimeZone } from '../shared/useWidgetTimeZone';
import { widgetFrameState } from '../shared/widgetFrameState';
import { DEFAULT_CHART_HEIGHT, type GranularityProps, type WidgetBaseProps } from '../shared/widgetProps';
import { WidgetBody } from '../shared/WidgetBody';
import { WidgetToolbar } from '../shared/WidgetToolbar';
import { buildUsageTrendsOption, type UsageTrendsChartType } from './buildUsageTrendsOption';
import { pivotUsageTrends } from './pivotUsageTrends';
import { registerUsageTrendsChart } from './registerUsageTrendsChart';
import { summarizeUsageTrends } from './summarizeUsageTrends';
import { usageTrendsColumns, usageTrendsTableRows } from './usageTrendsColumns';
import { usageTrendsHeadline } from './usageTrendsHeadline';
import { DEFAULT_USAGE_TRENDS_LABELS, type UsageTrendsLabels } from './usageTrendsLabels';

const echarts = registerUsageTrendsChart();

export interface UsageTrendsProps
  extends WidgetBaseProps,
    TimeWindowProps,
    GranularityProps<Granularity>,
    Pick<UsageTrendsInput, 'topN' | 'signalName' | 'productId' | 'customerId'> {
  /** Which bucket sizes the control offers (hour only for windows up to 31 days). Default all four. */
  granularities?: readonly Granularity[];
  /** Formats every exact count shown (tooltip, table, headline, summary). Default: the provider's `formatCount`. */
  valueFormatter?: (value: bigint) => string;
  /** The label of the series that sums every signal name outside the top N. Default `'Other'`. */
  otherLabel?: string;
  /** Stacked bars (default) or stacked areas. */
  chartType?: UsageTrendsChartType;
  /** Text overrides (translation). */
  labels?: Partial<UsageTrendsLabels>;
  /** Called with the ECharts instance once the chart is drawn. */
  onChartReady?: (chart: EChartsType) => void;
}

/**
 * Signals per hour, day, week or month by signal name — the top N names stacked, the rest as
 * "Other" — with the total and its change against the previous period. Data from the
 * `usage-trends` and `usage-summary` named queries; every number shown is exact.
 */
function UsageTrendsWidget(props: UsageTrendsProps) {
  const zone = useWidgetTimeZone(props.timeZone);
  const timeZone = zone.timeZone;
  const formatters = useWidgetFormatters(timeZone);
  const labels: UsageTrendsLabels = { ...DEFAULT_USAGE_TRENDS_LABELS, ...props.labels };
  const otherLabel = props.otherLabel ?? 'Other';
  const theme = useResolvedTheme(props.theme);
  const height = props.height ?? DEFAULT_CHART_HEIGHT;
  const chartType = props.chartType ?? 'bar';
  const valueFormatter = props.valueFormatter;
  const formatValue = useMemo(() => valueFormatter ?? ((value: bigint) => formatters.count(value)), [valueFormatter, formatters]);

  const time = useTimeWindow(props, timeZone);
  const settingsError = zone.error ?? time.error;
  const offered = offeredGranularities(props.granularities ?? ALL_GRANULARITIES, time.window);
  const [chosenGranularity, setGranularity] = useControllableState<Granularity>({
    value: props.granularity,
    defaultValue: props.defaultGranularity ?? 'day',
    onChange: props.onGranularityChange,
  });
  const granularity = effectiveGranularity(chosenGranularity, offered, 'day');
  const [view, setView] = useControllableState<WidgetView>({
    value: props.view,
    defaultValue: props.defaultView ?? 'chart',
    onChange: props.onViewChange,
  });

  // The summary ignores granularity and topN: leaving them out keeps one request per window.
  const summaryInput: UsageSummaryInput = {
    ...time.input,
    timeZone,
    ...(props.signalName === undefined ? {} : { signalName: props.signalName }),
    ...(props.productId === undefined ? {} : { productId: props.productId }),
    ...(props.customerId === undefined ? {} : { customerId: props.customerId }),
  };
  const input: UsageTrendsInput = { ...summaryInput, granularity, ...(props.topN === undefined ? {} : { topN: props.topN }) };
  const hookOptions = { fetcher: props.fetcher, keepPreviousData: true, enabled: settingsError === undefined };
  const trends = useUsageTrends(input, hookOptions);
  // Invalid trends params (e.g. topN out of range) are the widget's error: ask for nothing more.
  const summary = useUsageSummary(summaryInput, { ...hookOptions, enabled: hookOptions.enabled && trends.error?.code !== 'INVALID_PARAMS' });
  const frame = widgetFrameState([trends, summary]);
  useBoundaryRefetch(frame.refetchAll);
  const error = settingsError ?? frame.error;

  // Lay the rows out with the window and granularity they were fetched for (keepPreviousData).
  const shown = useParamsOfData(trends, { window: time.window, granularity });
  const pivot = useMemo(() => {
    if (trends.data === undefined) return undefined;
    const buckets = shown.window ? listTimeBuckets({ ...shown.window, granularity: shown.granularity, timeZone }) : [];
    return pivotUsageTrends(trends.data, buckets, { other: otherLabel, unnamedSignal: labels.unnamedSignal });
  }, [trends.data, shown.window, shown.granularity, timeZone, otherLabel, labels.unnamedSignal]);
  const totals = summary.data?.[0];

  const option = useMemo(
    () =>
      pivot &&
      buildUsageTrendsOption({ pivot, granularity: shown.granularity, formatters, formatValue, theme, chartType, labels: { bucketTotal: labels.bucketTotal } }),
    [pivot, shown.granularity, formatters, formatValue, theme, chartType, labels.bucketTotal],
  );
  const columns = useMemo(
    () =>
      pivot &&
      usageTrendsColumns({ pivot, granularity: shown.granularity, formatters, formatValue, labels: { period: labels.period, bucketTotal: labels.bucketTotal } }),
    [pivot, shown.granularity, formatters, formatValue, labels.period, labels.bucketTotal],
  );
  const tableRows = useMemo(() => (pivot ? usageTrendsTableRows(pivot) : []), [pivot]);
  const csvColumns = useMemo(() => (columns ? tableColumnsToCsv(columns) : []), [columns]);
  const summaryText = pivot ? summarizeUsageTrends({ pivot, totals, window: shown.window, formatters, formatValue, labels }) : '';
  const empty = pivot !== undefined && pivot.total === 0n;

  return (
    <WidgetFrame
      title={props.title ?? labels.title}
      subtitle={props.subtitle ?? (time.window ? describeWindow(time.window, formatters, labels.window) : undefined)}
      theme={theme}
      className={props.className}
      style={props.style}
      headingLevel={props.headingLevel}
      loading={frame.loading}
      error={error}
      onRetry={frame.retry}
      empty={empty}
      truncated={frame.truncated}
      truncatedRowCount={frame.truncatedRowCount === undefined ? undefined : formatters.count(frame.truncatedRowCount)}
      errorMessages={props.errorMessages}
      onError={props.onError}
      loadingHeight={height}
      toolbar={
        <WidgetToolbar
          timeRange={time.fixed ? undefined : { value: time.range, onChange: time.setRange, timeZone, now: props.now }}
          granularity={{ value: granularity, onChange: (next) => setGranularity(next), options: offered }}
          view={{ value: view, onChange: setView }}
          csv={
            time.window
              ? { columns: csvColumns, rows: tableRows, filename: csvFilename('usage-trends', time.window, timeZone), onExport: props.onExportCsv }
              : undefined
          }
        />
      }
    >
      <WidgetBody refreshing={frame.refreshing}>
        {totals && <HeadlineStats label={labels.headline} stats={usageTrendsHeadline(totals, formatters, formatValue, labels)} />}
        {view === 'chart' && option ? (
          <AnalyticsChart echarts={echarts} option={option} summary={summaryText} theme={theme} height={height} onChartReady={props.onChartReady} />
        ) : null}
        {view === 'table' && columns ? (
          <DataTable columns={columns} rows={tableRows} caption={labels.tableCaption} pageSize={props.pageSize} />
        ) : null}
      </WidgetBody>
    </WidgetFrame>
  );
}

/** {@link UsageTrendsWidget} inside its own error boundary: nothing thrown in it reaches the host page. */
export const UsageTrends = withWidgetBoundary(UsageTrendsWidget, (props) => props.labels?.title ?? DEFAULT_USAGE_TRENDS_LABELS.title, 'UsageTrends');
