'use client';
import { useMemo, useState } from 'react';
import type { EChartsType } from 'echarts/core';
import { costTrendReference, type CostTrendGroup, type CostTrendInput, type CostTrendRow } from '../../core/queries/costTrendReference';
import { useNamedQuery } from '../../react/useNamedQuery';
import { useResolvedTheme } from '../../theme/useResolvedTheme';
import { useControllableState } from '../../ui/controllableState/useControllableState';
import { centsToMajorUnits } from '../../ui/csv/centsToMajorUnits';
import { LazyDataTable as DataTable } from '../../ui/DataTable/LazyDataTable';
import type { DataTableSort } from '../../ui/DataTable/types';
import { useBoundaryRefetch } from '../../ui/ErrorBoundary/BoundaryRefetchContext';
import { withWidgetBoundary } from '../../ui/ErrorBoundary/withWidgetBoundary';
import type { NumericValue } from '../../ui/series/fields';
import { plotNumber, sumValues } from '../../ui/series/sumValues';
import { TimeSeriesChartView } from '../../ui/TimeSeriesChart/TimeSeriesChart';
import { useTimeSeries } from '../../ui/TimeSeriesChart/useTimeSeries';
import type { WidgetView } from '../../ui/ViewToggle/ViewToggle';
import { WidgetFrame } from '../../ui/WidgetFrame/WidgetFrame';
import { frameHostProps } from '../shared/frameHostProps';
import { describeWindow } from '../shared/describeWindow';
import { HeadlineStats } from '../shared/HeadlineStats';
import { effectiveGranularity, offeredGranularities } from '../shared/offeredGranularities';
import { useParamsOfData } from '../shared/useParamsOfData';
import type { TimeWindowProps } from '../shared/useTimeWindow';
import { widgetFrameState } from '../shared/widgetFrameState';
import { DEFAULT_CHART_HEIGHT, type GranularityProps, type WidgetBaseProps } from '../shared/widgetProps';
import { WidgetBody } from '../shared/WidgetBody';
import { WidgetToolbar } from '../shared/WidgetToolbar';
import { timeRangeControl } from '../shared/timeRangeControl';
import { useWidgetWindow } from '../shared/useWidgetWindow';
import { useWidgetView } from '../shared/useWidgetView';
import { windowCsv } from '../shared/windowCsv';
import { truncationProps } from '../shared/truncationProps';
import { costAxisFormat } from './costAxisFormat';
import { CostGroupControl } from './CostGroupControl';
import { costTrendCsvColumns } from './costTrendCsv';
import { DEFAULT_COST_TREND_LABELS, type CostTrendLabels } from './costTrendLabels';
import { summarizeCostTrend } from './summarizeCostTrend';

/** The bucket sizes CostTrend offers: a day, a week (from Monday) or a month. */
export type CostTrendGranularity = 'day' | 'week' | 'month';
const COST_TREND_GRANULARITIES: readonly CostTrendGranularity[] = ['day', 'week', 'month'];

/** Stacked bars (default), stacked areas, or lines. */
export type CostTrendChartType = 'bar' | 'area' | 'line';

export interface CostTrendProps
  extends WidgetBaseProps,
    TimeWindowProps,
    GranularityProps<CostTrendGranularity>,
    Pick<CostTrendInput, 'topN' | 'productId' | 'customerId' | 'vendor'> {
  /** Controlled grouping: what a series is (vendor, model or product). */
  groupBy?: CostTrendGroup;
  /**
   * Uncontrolled starting grouping.
   * @default 'vendor'
   */
  defaultGroupBy?: CostTrendGroup;
  onGroupByChange?: (group: CostTrendGroup) => void;
  /**
   * Which groupings the control offers; `[]` hides the control.
   * @default all three
   */
  groupOptions?: readonly CostTrendGroup[];
  /**
   * Formats every cost shown (exact cents as decimal text, e.g. `'1234.5678'`).
   * @default the provider's `formatCents`
   */
  costFormatter?: (cents: string) => string;
  /** Stacked bars (default), stacked areas or lines. */
  chartType?: CostTrendChartType;
  /** Text overrides (translation). */
  labels?: Partial<CostTrendLabels>;
  /** Called with the ECharts instance once the chart is drawn. */
  onChartReady?: (chart: EChartsType) => void;
}

const NO_ROWS: readonly CostTrendRow[] = [];
const isOtherRow = (row: CostTrendRow) => row.is_other;
/** Costs are exact decimal text end to end; a block hands them back as the NumericValue they were. */
const asDecimalText = (value: NumericValue): string => (typeof value === 'string' ? value : String(value));
const toMajorUnits = (value: NumericValue) => centsToMajorUnits(value);

/**
 * AI cost per day, week or month by vendor, model or product — the top N stacked, the rest as
 * "Other" — with the exact total cost and calls of the window. Data from the `cost-trend` named
 * query; every amount shown is exact (fractional cents summed as decimal text). A composition of
 * the blocks: `WidgetFrame`, `HeadlineStats`, `TimeSeriesChartView` and `DataTable` over one
 * `useTimeSeries` model, so chart, table, CSV and headline cannot disagree.
 */
function CostTrendWidget(props: CostTrendProps) {
  const { timeZone, formatters, time, settingsError } = useWidgetWindow(props);
  const labels: CostTrendLabels = { ...DEFAULT_COST_TREND_LABELS, ...props.labels, groups: { ...DEFAULT_COST_TREND_LABELS.groups, ...props.labels?.groups } };
  const theme = useResolvedTheme(props.theme);
  const height = props.height ?? DEFAULT_CHART_HEIGHT;
  const { costFormatter } = props;
  const formatCost = useMemo(() => costFormatter ?? ((cents: string) => formatters.cents(cents)), [costFormatter, formatters]);
  const formatExact = useMemo(() => (value: NumericValue) => formatCost(asDecimalText(value)), [formatCost]);

  const offered = offeredGranularities(COST_TREND_GRANULARITIES, time.window);
  const [chosenGranularity, setGranularity] = useControllableState<CostTrendGranularity>({
    value: props.granularity,
    defaultValue: props.defaultGranularity ?? 'day',
    onChange: props.onGranularityChange,
  });
  const granularity = effectiveGranularity(chosenGranularity, offered, 'day');
  const [groupBy, setGroupBy] = useControllableState<CostTrendGroup>({
    value: props.groupBy,
    defaultValue: props.defaultGroupBy ?? 'vendor',
    onChange: props.onGroupByChange,
  });
  const [view, setView] = useWidgetView(props);
  const [sort, setSort] = useState<DataTableSort | undefined>(undefined);

  const input: CostTrendInput = {
    ...time.input,
    timeZone,
    granularity,
    groupBy,
    ...(props.topN === undefined ? {} : { topN: props.topN }),
    ...(props.productId === undefined ? {} : { productId: props.productId }),
    ...(props.customerId === undefined ? {} : { customerId: props.customerId }),
    ...(props.vendor === undefined ? {} : { vendor: props.vendor }),
  };
  const result = useNamedQuery(costTrendReference, input, { fetcher: props.fetcher, keepPreviousData: true, refetchIntervalMs: props.refetchIntervalMs, enabled: settingsError === undefined });
  const frame = widgetFrameState([result]);
  useBoundaryRefetch(frame.refetchAll);
  const error = settingsError ?? frame.error;

  // Lay the rows out with the window, granularity and grouping they were fetched for (keepPreviousData).
  const shown = useParamsOfData(result, { window: time.window, granularity, groupBy });
  const rows = result.data ?? NO_ROWS;
  // Series are keyed by id (stable colour per vendor / model / product); products show their names.
  const names = useMemo(() => new Map(rows.map((row) => [row.series, row.series_label])), [rows]);
  const seriesLabel = useMemo(() => (key: string) => names.get(key) || key, [names]);
  const model = useTimeSeries(
    {
      rows,
      index: 'bucket',
      series: 'series',
      value: 'cost_amount',
      isOther: isOtherRow,
      granularity: shown.granularity,
      ...(shown.window ? { window: shown.window } : {}),
      timeZone,
      valueFormatter: formatExact,
      seriesLabel,
      csvValue: toMajorUnits,
      labels: { total: labels.bucketTotal, period: labels.period, unnamed: labels.unnamed, other: labels.other, partial: labels.partialPeriod },
    },
    theme.colors.series,
    theme.colors.muted,
  );
  const total = asDecimalText(model.pivot.total);
  const calls = sumValues(rows.map((row) => row.calls), 0n) as bigint;
  const summaryText = summarizeCostTrend({
    series: model.pivot.series.map((series) => ({ label: series.label, total: asDecimalText(series.total) })),
    total,
    window: shown.window,
    group: shown.groupBy,
    formatters,
    formatCost,
    labels,
  });
  const axisFormatter = useMemo(
    () => costAxisFormat(formatters, model.pivot.bucketTotals.reduce<number>((top, value) => Math.max(top, Math.abs(plotNumber(value))), 0)),
    [formatters, model],
  );
  const columns = useMemo(() => costTrendCsvColumns(model.table.columns, formatters.currency), [model, formatters.currency]);
  const { rows: tableRows, footerRows } = model.table;
  const empty = result.data !== undefined && result.data.length === 0;
  const groupOptions = props.groupOptions ?? ['vendor', 'model', 'product'];

  return (
    <WidgetFrame
      {...frameHostProps(props, frame)}
      title={props.title ?? labels.title}
      subtitle={props.subtitle ?? (time.window ? describeWindow(time.window, formatters, labels.window) : undefined)}
      theme={theme}
      error={error}
      empty={empty}
      {...truncationProps(frame, formatters)}
      loadingHeight={height}
      toolbar={
        <>
          {groupOptions.length > 1 && (
            <CostGroupControl value={groupBy} onChange={setGroupBy} label={labels.groupBy} optionLabels={labels.groups} options={groupOptions} />
          )}
          <WidgetToolbar
            timeRange={timeRangeControl(time, timeZone, props.now)}
            granularity={{ value: granularity, onChange: (next) => setGranularity(next as CostTrendGranularity), options: offered }}
            view={{ value: view, onChange: setView }}
            csv={windowCsv({ window: time.window, timeZone, slug: `cost-trend-by-${groupBy}`, columns, rows: tableRows, sort, footer: footerRows, onExport: props.onExportCsv })}
          />
        </>
      }
    >
      <WidgetBody refreshing={frame.refreshing}>
        {result.data && (
          <HeadlineStats
            label={labels.headline}
            stats={[
              { id: 'cost', label: labels.total, value: formatCost(total) },
              { id: 'calls', label: labels.calls, value: formatters.count(calls) },
            ]}
          />
        )}
        {view === 'chart' ? (
          <TimeSeriesChartView
            model={model}
            kind={props.chartType ?? 'bar'}
            summary={summaryText}
            axisFormatter={axisFormatter}
            legendLabel={labels.groups[shown.groupBy]}
            theme={theme}
            height={height}
            {...(props.onChartReady ? { onChartReady: props.onChartReady } : {})}
          />
        ) : (
          <DataTable
            columns={columns}
            rows={tableRows}
            footerRows={footerRows}
            caption={labels.tableCaption}
            pageSize={props.pageSize}
            sort={sort ?? null}
            onSortChange={setSort}
          />
        )}
      </WidgetBody>
    </WidgetFrame>
  );
}

/** {@link CostTrendWidget} inside its own error boundary: nothing thrown in it reaches the host page. */
export const CostTrend = withWidgetBoundary(CostTrendWidget, (props) => props.labels?.title ?? DEFAULT_COST_TREND_LABELS.title, 'CostTrend');
