'use client';
import { useMemo, useState } from 'react';
import type { EChartsType } from 'echarts/core';
import { CREDIT_BURN_GRANULARITIES, type CreditBurnGranularity, type CreditBurnInput } from '../../core/queries/creditBurnReference';
import { creditBurnRateInput, creditBurnRateWindow, DEFAULT_BURN_RATE_DAYS, summarizeCreditBurn } from '../../core/queries/summarizeCreditBurn';
import { useCreditBurn } from '../../react/useCreditBurn';
import { useHydrated } from '../../react/useHydrated';
import { useResolvedTheme } from '../../theme/useResolvedTheme';
import { AnalyticsChart } from '../../ui/Chart/AnalyticsChart';
import { ChartLegend } from '../../ui/ChartLegend/ChartLegend';
import { useControllableState } from '../../ui/controllableState/useControllableState';
import { LazyDataTable as DataTable } from '../../ui/DataTable/LazyDataTable';
import { EmptyState } from '../../ui/states/EmptyState';
import type { WidgetView } from '../../ui/ViewToggle/ViewToggle';
import { WidgetFrame } from '../../ui/WidgetFrame/WidgetFrame';
import type { DataTableSort } from '../../ui/DataTable/types';
import { bucketSpanLabel, bucketSpans } from '../../ui/time/bucketSpans';
import { useBoundaryRefetch } from '../../ui/ErrorBoundary/BoundaryRefetchContext';
import { withWidgetBoundary } from '../../ui/ErrorBoundary/withWidgetBoundary';
import { describeWindow } from '../shared/describeWindow';
import { HeadlineStats } from '../shared/HeadlineStats';
import { effectiveGranularity } from '../shared/offeredGranularities';
import { listTimeBuckets } from '../shared/timeBuckets';
import { useParamsOfData } from '../shared/useParamsOfData';
import { useTimeWindow, type TimeWindowProps } from '../shared/useTimeWindow';
import { useWidgetFormatters } from '../shared/useWidgetFormatters';
import { useWidgetTimeZone } from '../shared/useWidgetTimeZone';
import { widgetFrameState } from '../shared/widgetFrameState';
import { DEFAULT_CHART_HEIGHT, type GranularityProps, type WidgetBaseProps } from '../shared/widgetProps';
import { WidgetBody } from '../shared/WidgetBody';
import { WidgetToolbar } from '../shared/WidgetToolbar';
import { buildCreditBurnOption, CREDIT_BURN_SERIES, creditBurnSeriesColor } from './buildCreditBurnOption';
import { creditBurnColumns } from './creditBurnColumns';
import { creditBurnHeadline } from './creditBurnHeadline';
import { DEFAULT_CREDIT_BURN_LABELS, type CreditBurnLabels } from './creditBurnLabels';
import { fillCreditBurnGaps, isCreditBurnEmpty, type CreditBurnPoint } from './fillCreditBurnGaps';
import { formatCredits } from './formatCredits';
import { registerCreditBurnChart } from './registerCreditBurnChart';
import { summarizeCreditBurnChart } from './summarizeCreditBurnChart';

const echarts = registerCreditBurnChart();

/** The series the legend lists, in its order. */
const LEGEND_SERIES = [CREDIT_BURN_SERIES.granted, CREDIT_BURN_SERIES.spent, CREDIT_BURN_SERIES.balance] as const;

export interface CreditBurnProps
  extends WidgetBaseProps,
    TimeWindowProps,
    GranularityProps<CreditBurnGranularity>,
    Pick<CreditBurnInput, 'creditsCurrencyId' | 'customerId'> {
  /**
   * Which bucket sizes the control offers.
   * @default day, week and month
   */
  granularities?: readonly CreditBurnGranularity[];
  /**
   * Formats every exact credit amount shown (tooltip, table, headline, summary). Amounts are exact
   * decimal text (`'1250.5'`: credits are Decimals). Default: the provider's `formatCount` with every digit.
   */
  valueFormatter?: (value: string) => string;
  /**
   * The burn rate and the projected depletion are measured over this many whole days before today
   * (shown under the rate), whatever range the chart shows. Default 30.
   */
  burnRateDays?: number;
  /** Text overrides (translation; `credits` is the unit in sentences, e.g. `'AI credits'`). */
  labels?: Partial<CreditBurnLabels>;
  /** Called with the ECharts instance once the chart is drawn. */
  onChartReady?: (chart: EChartsType) => void;
}

/**
 * Credits granted vs spent per day, week or month for one credits currency, the running
 * balance on a second axis, and in the header the balance, the burn rate and the projected
 * depletion date. Data from the `credit-burn` named query; every amount shown is exact.
 * Without a `creditsCurrencyId` it shows a state asking for one and sends nothing.
 */
function CreditBurnWidget(props: CreditBurnProps) {
  const zone = useWidgetTimeZone(props.timeZone);
  const timeZone = zone.timeZone;
  const formatters = useWidgetFormatters(timeZone);
  const labels: CreditBurnLabels = { ...DEFAULT_CREDIT_BURN_LABELS, ...props.labels };
  const theme = useResolvedTheme(props.theme);
  const height = props.height ?? DEFAULT_CHART_HEIGHT;
  const valueFormatter = props.valueFormatter;
  const formatValue = useMemo(() => valueFormatter ?? ((value: string) => formatCredits(value, formatters)), [valueFormatter, formatters]);
  const hasCurrency = typeof props.creditsCurrencyId === 'string' && props.creditsCurrencyId !== '';

  const time = useTimeWindow(props, timeZone);
  const settingsError = zone.error ?? time.error;
  const offered = props.granularities ?? CREDIT_BURN_GRANULARITIES;
  const [chosenGranularity, setGranularity] = useControllableState<CreditBurnGranularity>({
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

  const input: CreditBurnInput = {
    ...time.input,
    granularity,
    timeZone,
    creditsCurrencyId: props.creditsCurrencyId,
    ...(props.customerId === undefined ? {} : { customerId: props.customerId }),
  };
  const burn = useCreditBurn(input, { fetcher: props.fetcher, keepPreviousData: true, refetchIntervalMs: props.refetchIntervalMs, enabled: hasCurrency && settingsError === undefined });
  // The burn rate's own trailing window (whole days before today), independent of the chart's range.
  const now = props.now;
  const burnRateDays = props.burnRateDays ?? DEFAULT_BURN_RATE_DAYS;
  // Without a `now` prop, "today" is read in the browser after hydration only (the server renders loading).
  const hydrated = useHydrated();
  const clockReady = now !== undefined || hydrated;
  const rateWindow = useMemo(
    () => (zone.error === undefined && clockReady ? creditBurnRateWindow({ now: now?.() ?? new Date(), timeZone, days: burnRateDays }) : undefined),
    // `now` is read when the zone or length changes, not on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [timeZone, burnRateDays, zone.error, clockReady],
  );
  const rate = useCreditBurn(
    rateWindow
      ? creditBurnRateInput(rateWindow, { creditsCurrencyId: props.creditsCurrencyId, customerId: props.customerId, timeZone })
      : { from: '', to: '', creditsCurrencyId: props.creditsCurrencyId },
    { fetcher: props.fetcher, keepPreviousData: true, refetchIntervalMs: props.refetchIntervalMs, enabled: hasCurrency && settingsError === undefined && rateWindow !== undefined },
  );
  const frame = widgetFrameState(hasCurrency ? [burn, rate] : []);
  useBoundaryRefetch(frame.refetchAll);
  const error = settingsError ?? frame.error;

  // Lay the rows out with the window and granularity they were fetched for (keepPreviousData).
  const shown = useParamsOfData(burn, { window: time.window, granularity });
  const points = useMemo(() => {
    if (!hasCurrency || burn.data === undefined) return undefined;
    const buckets = shown.window ? listTimeBuckets({ ...shown.window, granularity: shown.granularity, timeZone }) : [];
    return fillCreditBurnGaps(burn.data, buckets);
  }, [hasCurrency, burn.data, shown.window, shown.granularity, timeZone]);
  const summary = useMemo(
    () => (rate.data && rateWindow ? summarizeCreditBurn(rate.data, { now: now?.() ?? new Date(), window: rateWindow }) : undefined),
    // `now` is read when the data changes, not on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [rate.data, rateWindow],
  );

  // Partial first / last periods (the window cuts a week or month short) are drawn and named apart.
  const spans = useMemo(
    () => (points ? bucketSpans(points.map((point) => point.bucket), shown.granularity, timeZone, shown.window) : undefined),
    [points, shown.granularity, timeZone, shown.window],
  );
  // Series switched off in the legend; one always stays on.
  const [hidden, setHidden] = useState<ReadonlySet<string>>(() => new Set());
  const toggleSeries = (id: string) =>
    setHidden((previous) => {
      const next = new Set(previous);
      if (next.has(id)) next.delete(id);
      else if (next.size < LEGEND_SERIES.length - 1) next.add(id);
      return next;
    });
  const option = useMemo(
    () => points && buildCreditBurnOption({ points, granularity: shown.granularity, formatters, formatValue, theme, labels, ...(spans ? { spans } : {}), partialNote: labels.partialPeriod, hidden }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- labels are compared by their texts
    [points, spans, shown.granularity, formatters, formatValue, theme, labels.granted, labels.spent, labels.pending, labels.balance, labels.partialPeriod, hidden],
  );
  const columns = useMemo(() => {
    const byBucket = new Map(spans?.map((span) => [span.bucket.getTime(), span]));
    const periodLabel = (point: CreditBurnPoint) => {
      const span = byBucket.get(point.bucket.getTime());
      return span ? bucketSpanLabel(span, shown.granularity, formatters, true) : formatters.date(point.bucket);
    };
    return creditBurnColumns({ granularity: shown.granularity, formatters, formatValue, labels, periodLabel });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- labels are compared by their texts
  }, [spans, shown.granularity, formatters, formatValue, labels.period, labels.granted, labels.spent, labels.pending, labels.balance]);
  const [sort, setSort] = useState<DataTableSort | undefined>(undefined);
  const summaryText =
    points && summary ? summarizeCreditBurnChart({ points, summary, window: shown.window, formatters, formatValue, labels }) : '';
  const empty = !hasCurrency || (points !== undefined && isCreditBurnEmpty(points));

  return (
    <WidgetFrame
      title={props.title ?? labels.title}
      subtitle={props.subtitle ?? (time.window ? describeWindow(time.window, formatters, labels.window) : undefined)}
      theme={theme}
      className={props.className}
      style={props.style}
      headingLevel={props.headingLevel}
      loading={hasCurrency && frame.loading}
      error={hasCurrency ? error : undefined}
      onRetry={frame.retry}
      empty={empty}
      emptyState={hasCurrency ? undefined : <EmptyState title={labels.noCurrencyTitle} description={labels.noCurrencyDescription} />}
      truncated={frame.truncated}
      truncatedRowCount={frame.truncatedRowCount === undefined ? undefined : formatters.count(frame.truncatedRowCount)}
      errorMessages={props.errorMessages}
      onError={props.onError}
      updatedAt={props.showUpdated ? frame.updatedAt : undefined}
      loadingHeight={height}
      toolbar={
        <WidgetToolbar
          timeRange={time.fixed ? undefined : { value: time.range, onChange: time.setRange, timeZone, now: props.now }}
          granularity={{ value: granularity, onChange: (next) => setGranularity(next as CreditBurnGranularity), options: offered }}
          view={{ value: view, onChange: setView }}
          csv={
            time.window
              ? { columns, rows: points ?? [], sort, filename: { slug: 'credit-burn', window: time.window, timeZone }, onExport: props.onExportCsv }
              : undefined
          }
        />
      }
    >
      <WidgetBody refreshing={frame.refreshing}>
        {summary && <HeadlineStats label={labels.headline} stats={creditBurnHeadline(summary, formatters, formatValue, labels)} />}
        {view === 'chart' && option ? (
          <>
            <ChartLegend
              items={LEGEND_SERIES.map((id) => ({ name: id, label: labels[id], color: creditBurnSeriesColor(id, theme) }))}
              hidden={hidden}
              onToggle={toggleSeries}
            />
            <AnalyticsChart echarts={echarts} option={option} summary={summaryText} theme={theme} height={height} onChartReady={props.onChartReady} />
          </>
        ) : null}
        {view === 'table' && points ? (
          <DataTable columns={columns} rows={points} caption={labels.tableCaption} pageSize={props.pageSize} sort={sort ?? null} onSortChange={setSort} />
        ) : null}
      </WidgetBody>
    </WidgetFrame>
  );
}

/** {@link CreditBurnWidget} inside its own error boundary: nothing thrown in it reaches the host page. */
export const CreditBurn = withWidgetBoundary(CreditBurnWidget, (props) => props.labels?.title ?? DEFAULT_CREDIT_BURN_LABELS.title, 'CreditBurn');
