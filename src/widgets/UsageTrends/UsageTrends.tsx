'use client';
import { useMemo, useState } from 'react';
import type { EChartsType } from 'echarts/core';
import type { Granularity } from '../../core/queries/timeBucket';
import type { UsageSummaryInput } from '../../core/queries/usageSummaryReference';
import type { UsageTrendsInput, UsageTrendsRow } from '../../core/queries/usageTrendsReference';
import { useUsageSummary } from '../../react/useUsageSummary';
import { useUsageTrends } from '../../react/useUsageTrends';
import { useResolvedTheme } from '../../theme/useResolvedTheme';
import { useControllableState } from '../../ui/controllableState/useControllableState';
import { LazyDataTable as DataTable } from '../../ui/DataTable/LazyDataTable';
import type { DataTableSort } from '../../ui/DataTable/types';
import { useBoundaryRefetch } from '../../ui/ErrorBoundary/BoundaryRefetchContext';
import { withWidgetBoundary } from '../../ui/ErrorBoundary/withWidgetBoundary';
import { ALL_GRANULARITIES } from '../../ui/GranularityControl/GranularityControl';
import type { NumericValue } from '../../ui/series/fields';
import { Stat, StatList } from '../../ui/Stat/Stat';
import { statChange } from '../../ui/Stat/statChange';
import { TimeSeriesChartView } from '../../ui/TimeSeriesChart/TimeSeriesChart';
import { useTimeSeries } from '../../ui/TimeSeriesChart/useTimeSeries';
import type { WidgetView } from '../../ui/ViewToggle/ViewToggle';
import { WidgetFrame } from '../../ui/WidgetFrame/WidgetFrame';
import { describeWindow } from '../shared/describeWindow';
import { effectiveGranularity, offeredGranularities } from '../shared/offeredGranularities';
import { useParamsOfData } from '../shared/useParamsOfData';
import { useTimeWindow, type TimeWindowProps } from '../shared/useTimeWindow';
import { useWidgetFormatters } from '../shared/useWidgetFormatters';
import { useWidgetTimeZone } from '../shared/useWidgetTimeZone';
import { widgetFrameState } from '../shared/widgetFrameState';
import { DEFAULT_CHART_HEIGHT, type GranularityProps, type WidgetBaseProps } from '../shared/widgetProps';
import { WidgetBody } from '../shared/WidgetBody';
import { WidgetToolbar } from '../shared/WidgetToolbar';
import { summarizeUsageTrends } from './summarizeUsageTrends';
import { DEFAULT_USAGE_TRENDS_LABELS, type UsageTrendsLabels } from './usageTrendsLabels';

/** Stacked bars (default) or stacked areas. */
export type UsageTrendsChartType = 'bar' | 'area';

export interface UsageTrendsProps
  extends WidgetBaseProps,
    TimeWindowProps,
    GranularityProps<Granularity>,
    Pick<UsageTrendsInput, 'topN' | 'signalName' | 'productId' | 'customerId'> {
  /**
   * Which bucket sizes the control offers (hour only for windows up to 31 days).
   * @default all four
   */
  granularities?: readonly Granularity[];
  /**
   * Formats every exact count shown (tooltip, table, headline, summary).
   * @default the provider's `formatCount`
   */
  valueFormatter?: (value: bigint) => string;
  /**
   * The label of the series that sums every signal name outside the top N.
   * @default 'Other'
   */
  otherLabel?: string;
  /** Stacked bars (default) or stacked areas. */
  chartType?: UsageTrendsChartType;
  /** Text overrides (translation). */
  labels?: Partial<UsageTrendsLabels>;
  /** Called with the ECharts instance once the chart is drawn. */
  onChartReady?: (chart: EChartsType) => void;
}

const NO_ROWS: readonly UsageTrendsRow[] = [];
const isOtherRow = (row: UsageTrendsRow) => row.is_other;
/** Counts are bigints end to end; a block hands them back as the NumericValue they were. */
const asCount = (value: NumericValue): bigint => (typeof value === 'bigint' ? value : BigInt(typeof value === 'number' ? Math.trunc(value) : value));

/**
 * Signals per hour, day, week or month by signal name — the top N names stacked, the rest as
 * "Other" — with the total and its change against the previous period. Data from the
 * `usage-trends` and `usage-summary` named queries; every number shown is exact. A composition of
 * the blocks: `WidgetFrame`, `Stat`, `TimeSeriesChartView` and `DataTable` over one `useTimeSeries` model.
 */
function UsageTrendsWidget(props: UsageTrendsProps) {
  const zone = useWidgetTimeZone(props.timeZone);
  const timeZone = zone.timeZone;
  const formatters = useWidgetFormatters(timeZone);
  const labels: UsageTrendsLabels = { ...DEFAULT_USAGE_TRENDS_LABELS, ...props.labels };
  const theme = useResolvedTheme(props.theme);
  const height = props.height ?? DEFAULT_CHART_HEIGHT;
  const { valueFormatter } = props;
  const formatValue = useMemo(() => valueFormatter ?? ((value: bigint) => formatters.count(value)), [valueFormatter, formatters]);
  const formatExact = useMemo(() => (value: NumericValue) => formatValue(asCount(value)), [formatValue]);

  const time = useTimeWindow(props, timeZone);
  const settingsError = zone.error ?? time.error;
  const offered = offeredGranularities(props.granularities ?? ALL_GRANULARITIES, time.window);
  const [chosenGranularity, setGranularity] = useControllableState<Granularity>({
    value: props.granularity,
    defaultValue: props.defaultGranularity ?? 'day',
    onChange: props.onGranularityChange,
  });
  const granularity = effectiveGranularity(chosenGranularity, offered, 'day');
  const [view, setView] = useControllableState<WidgetView>({ value: props.view, defaultValue: props.defaultView ?? 'chart', onChange: props.onViewChange });
  const [sort, setSort] = useState<DataTableSort | undefined>(undefined);

  // The summary ignores granularity and topN: leaving them out keeps one request per window.
  const summaryInput: UsageSummaryInput = {
    ...time.input,
    timeZone,
    ...(props.signalName === undefined ? {} : { signalName: props.signalName }),
    ...(props.productId === undefined ? {} : { productId: props.productId }),
    ...(props.customerId === undefined ? {} : { customerId: props.customerId }),
  };
  const input: UsageTrendsInput = { ...summaryInput, granularity, ...(props.topN === undefined ? {} : { topN: props.topN }) };
  const hookOptions = { fetcher: props.fetcher, keepPreviousData: true, refetchIntervalMs: props.refetchIntervalMs, enabled: settingsError === undefined };
  const trends = useUsageTrends(input, hookOptions);
  // Invalid trends params (e.g. topN out of range) are the widget's error: ask for nothing more.
  const summary = useUsageSummary(summaryInput, { ...hookOptions, enabled: hookOptions.enabled && trends.error?.code !== 'INVALID_PARAMS' });
  const frame = widgetFrameState([trends, summary]);
  useBoundaryRefetch(frame.refetchAll);
  const error = settingsError ?? frame.error;

  // Lay the rows out with the window and granularity they were fetched for (keepPreviousData).
  const shown = useParamsOfData(trends, { window: time.window, granularity });
  const model = useTimeSeries(
    {
      rows: trends.data ?? NO_ROWS,
      index: 'bucket',
      series: 'series',
      value: 'signals',
      isOther: isOtherRow,
      // The query sends at most topN (≤ 20) names and Other; more is a malformed answer, capped.
      maxSeries: (props.topN ?? 5) + 1,
      granularity: shown.granularity,
      ...(shown.window ? { window: shown.window } : {}),
      timeZone,
      valueFormatter: formatExact,
      labels: { total: labels.bucketTotal, period: labels.period, unnamed: labels.unnamedSignal, other: props.otherLabel ?? 'Other' },
    },
    theme.colors.series,
    theme.colors.muted,
  );
  const totals = summary.data?.[0];
  const summaryText = summarizeUsageTrends({
    pivot: { series: model.pivot.series.map((series) => ({ label: series.label, total: asCount(series.total) })), total: asCount(model.pivot.total) },
    totals,
    window: shown.window,
    formatters,
    formatValue,
    labels,
  });
  const { columns, rows, footerRows } = model.table;
  const empty = trends.data !== undefined && asCount(model.pivot.total) === 0n;

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
      updatedAt={props.showUpdated ? frame.updatedAt : undefined}
      loadingHeight={height}
      toolbar={
        <WidgetToolbar
          timeRange={time.fixed ? undefined : { value: time.range, onChange: time.setRange, timeZone, now: props.now }}
          granularity={{ value: granularity, onChange: (next) => setGranularity(next), options: offered }}
          view={{ value: view, onChange: setView }}
          csv={
            time.window
              ? {
                  columns,
                  rows,
                  sort,
                  footer: footerRows,
                  filename: { slug: 'usage-trends', window: time.window, timeZone },
                  onExport: props.onExportCsv,
                }
              : undefined
          }
        />
      }
    >
      <WidgetBody refreshing={frame.refreshing}>
        {totals ? (
          <StatList label={labels.headline}>
            <Stat
              id="total"
              label={labels.total}
              value={formatValue(totals.current)}
              change={statChange(totals.current, totals.previous, { ...(formatters.locale ? { locale: formatters.locale } : {}), context: labels.versusPrevious })}
            />
          </StatList>
        ) : summary.data !== undefined && trends.data !== undefined ? (
          // The summary came back without its row: the total is still the rows' own (no change told).
          <StatList label={labels.headline}>
            <Stat id="total" label={labels.total} value={formatValue(asCount(model.pivot.total))} />
          </StatList>
        ) : null}
        {view === 'chart' ? (
          <TimeSeriesChartView
            model={model}
            kind={props.chartType === 'area' ? 'area' : 'bar'}
            summary={summaryText}
            theme={theme}
            height={height}
            {...(props.onChartReady ? { onChartReady: props.onChartReady } : {})}
          />
        ) : (
          <DataTable columns={columns} rows={rows} footerRows={footerRows} caption={labels.tableCaption} pageSize={props.pageSize} sort={sort ?? null} onSortChange={setSort} />
        )}
      </WidgetBody>
    </WidgetFrame>
  );
}

/** {@link UsageTrendsWidget} inside its own error boundary: nothing thrown in it reaches the host page. */
export const UsageTrends = withWidgetBoundary(UsageTrendsWidget, (props) => props.labels?.title ?? DEFAULT_USAGE_TRENDS_LABELS.title, 'UsageTrends');
