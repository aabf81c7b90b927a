'use client';
import { useMemo, useState } from 'react';
import type { EChartsType } from 'echarts/core';
import { REVENUE_TREND_GRANULARITIES, revenueTrendReference, type RevenueTrendGranularity, type RevenueTrendInput, type RevenueTrendRow } from '../../core/queries/revenueTrendReference';
import { useNamedQuery } from '../../react/useNamedQuery';
import { useResolvedTheme } from '../../theme/useResolvedTheme';
import { useControllableState } from '../../ui/controllableState/useControllableState';
import { LazyDataTable as DataTable } from '../../ui/DataTable/LazyDataTable';
import type { DataTableSort } from '../../ui/DataTable/types';
import { useBoundaryRefetch } from '../../ui/ErrorBoundary/BoundaryRefetchContext';
import { withWidgetBoundary } from '../../ui/ErrorBoundary/withWidgetBoundary';
import type { NumericValue } from '../../ui/series/fields';
import { Stat, StatList } from '../../ui/Stat/Stat';
import { TimeSeriesChartView } from '../../ui/TimeSeriesChart/TimeSeriesChart';
import { useTimeSeries } from '../../ui/TimeSeriesChart/useTimeSeries';
import type { WidgetView } from '../../ui/ViewToggle/ViewToggle';
import { WidgetFrame } from '../../ui/WidgetFrame/WidgetFrame';
import { CurrencyControl } from '../shared/CurrencyControl';
import { frameHostProps } from '../shared/frameHostProps';
import { describeWindow } from '../shared/describeWindow';
import { useParamsOfData } from '../shared/useParamsOfData';
import type { TimeWindowProps } from '../shared/useTimeWindow';
import { widgetFrameState } from '../shared/widgetFrameState';
import { DEFAULT_CHART_HEIGHT, type GranularityProps, type WidgetBaseProps } from '../shared/widgetProps';
import { WidgetBody } from '../shared/WidgetBody';
import { WidgetToolbar } from '../shared/WidgetToolbar';
import { timeRangeControl } from '../shared/timeRangeControl';
import { useWidgetWindow } from '../shared/useWidgetWindow';
import { useWidgetView } from '../shared/useWidgetView';
import { useAmountFormat } from '../shared/useAmountFormat';
import { windowCsv } from '../shared/windowCsv';
import { truncationProps } from '../shared/truncationProps';
import { axisMoneyFormat } from '../../ui/Chart/axisMoneyFormat';
import { pickCurrency, revenueTrendCurrencies } from './revenueTrendCurrency';
import { DEFAULT_REVENUE_TREND_LABELS, type RevenueTrendLabels } from './revenueTrendLabels';
import { revenueTrendColumns, revenueTrendTable } from './revenueTrendTable';
import { summarizeRevenueTrend } from './summarizeRevenueTrend';

export interface RevenueTrendProps extends WidgetBaseProps, TimeWindowProps, GranularityProps<RevenueTrendGranularity>, Pick<RevenueTrendInput, 'customerId' | 'currency'> {
  /**
   * Formats every amount shown (exact cents, in the currency shown).
   * @default the provider's `formatCents` in that currency
   */
  amountFormatter?: (cents: bigint, currency: string) => string;
  /** Text overrides (translation). */
  labels?: Partial<RevenueTrendLabels>;
  /** Called with the ECharts instance once the chart is drawn. */
  onChartReady?: (chart: EChartsType) => void;
}

const NO_ROWS: readonly RevenueTrendRow[] = [];
const CATEGORIES = ['invoiced', 'collected'] as const;
const asCents = (value: NumericValue): bigint => (typeof value === 'bigint' ? value : BigInt(typeof value === 'number' ? Math.trunc(value) : value));

/**
 * Revenue from posted invoices (before tax, by issue date) beside the cash collected from posted
 * payments (by the day received), per month or week, one currency at a time; with both totals in
 * the header, each saying what it counts. Data from the `revenue-trend` named query; every amount exact.
 */
function RevenueTrendWidget(props: RevenueTrendProps) {
  const { timeZone, formatters, time, settingsError } = useWidgetWindow(props, '12m');
  const labels: RevenueTrendLabels = { ...DEFAULT_REVENUE_TREND_LABELS, ...props.labels };
  const theme = useResolvedTheme(props.theme);
  const height = props.height ?? DEFAULT_CHART_HEIGHT;

  const [granularity, setGranularity] = useControllableState<RevenueTrendGranularity>({
    value: props.granularity,
    defaultValue: props.defaultGranularity ?? 'month',
    onChange: props.onGranularityChange,
  });
  const [view, setView] = useWidgetView(props);
  const [sort, setSort] = useState<DataTableSort | undefined>(undefined);
  const [pickedCurrency, setPickedCurrency] = useState<string | undefined>(undefined);

  const input: RevenueTrendInput = {
    ...time.input,
    timeZone,
    granularity,
    ...(props.customerId === undefined ? {} : { customerId: props.customerId }),
    ...(props.currency === undefined ? {} : { currency: props.currency }),
  };
  const trend = useNamedQuery(revenueTrendReference, input, { fetcher: props.fetcher, keepPreviousData: true, refetchIntervalMs: props.refetchIntervalMs, enabled: settingsError === undefined });
  const frame = widgetFrameState([trend]);
  useBoundaryRefetch(frame.refetchAll);
  const error = settingsError ?? frame.error;
  const shown = useParamsOfData(trend, { window: time.window, granularity });

  const currencies = useMemo(() => revenueTrendCurrencies(trend.data ?? NO_ROWS), [trend.data]);
  const currency = pickCurrency(currencies, [props.currency, pickedCurrency, formatters.currency]) ?? props.currency ?? formatters.currency;
  const currencyRows = useMemo(() => (trend.data ?? NO_ROWS).filter((row) => row.currency === currency), [trend.data, currency]);

  const formatAmount = useAmountFormat(props.amountFormatter, currency, formatters);
  const formatExact = useMemo(() => (value: NumericValue) => formatAmount(asCents(value)), [formatAmount]);
  const seriesLabel = useMemo(() => (name: string) => (name === 'collected' ? labels.collected : labels.invoiced), [labels.collected, labels.invoiced]);
  const colors = useMemo(() => ({ invoiced: theme.colors.primary, collected: theme.colors.positive }), [theme.colors.primary, theme.colors.positive]);
  const model = useTimeSeries(
    {
      rows: currencyRows,
      index: 'bucket',
      categories: CATEGORIES,
      granularity: shown.granularity,
      ...(shown.window ? { window: shown.window } : {}),
      timeZone,
      valueFormatter: formatExact,
      seriesLabel,
      colors,
      labels: { total: labels.total, period: labels.period, partial: labels.partial },
    },
    theme.colors.series,
    theme.colors.muted,
  );
  const table = useMemo(() => revenueTrendTable(currencyRows, model.table.rows, labels.total), [currencyRows, model.table.rows, labels.total]);
  const columns = useMemo(
    () => revenueTrendColumns({ currency, formatAmount, formatCount: (count) => formatters.count(count), labels }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [currency, formatAmount, formatters, labels.period, labels.invoiced, labels.invoices, labels.collected, labels.payments],
  );
  const windowText = shown.window ? describeWindow(shown.window, formatters, labels.window) : undefined;
  // Formatted only once there is data: a currency prop Intl refuses is the query's INVALID_PARAMS, not a render error.
  const summaryText = trend.data === undefined ? '' : summarizeRevenueTrend({ table, window: windowText, formatAmount, labels });
  const empty = trend.data !== undefined && currencyRows.length === 0;
  const { invoiced, collected } = table.total;
  const maxCents = table.rows.reduce((top, row) => Math.max(top, Math.abs(Number(row.invoiced)), Math.abs(Number(row.collected))), 0);
  const axisFormatter = useMemo(() => axisMoneyFormat(formatters.locale, currency, maxCents), [formatters.locale, currency, maxCents]);

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
          {props.currency === undefined && currencies.length > 1 && (
            <CurrencyControl value={currency} options={currencies} onChange={setPickedCurrency} label={labels.currency} />
          )}
          <WidgetToolbar
            timeRange={timeRangeControl(time, timeZone, props.now)}
            granularity={{ value: granularity, onChange: (next) => setGranularity(next as RevenueTrendGranularity), options: REVENUE_TREND_GRANULARITIES }}
            view={{ value: view, onChange: setView }}
            csv={windowCsv({ window: time.window, timeZone, slug: `revenue-trend-${currency}`, columns, rows: table.rows, sort, footer: [table.total], onExport: props.onExportCsv })}
          />
        </>
      }
    >
      <WidgetBody refreshing={frame.refreshing}>
        {trend.data !== undefined && (
          <StatList label={labels.headline}>
            <Stat id="invoiced" label={labels.invoiced} value={formatAmount(invoiced)} hint={labels.invoicedNote} />
            <Stat id="collected" label={labels.collected} value={formatAmount(collected)} hint={labels.collectedNote} />
          </StatList>
        )}
        {view === 'chart' ? (
          <TimeSeriesChartView
            model={model}
            kind="bar"
            stacked={false}
            axisFormatter={axisFormatter}
            summary={summaryText}
            theme={theme}
            height={height}
            legend
            {...(props.onChartReady ? { onChartReady: props.onChartReady } : {})}
          />
        ) : (
          <DataTable columns={columns} rows={table.rows} footerRows={[table.total]} caption={labels.tableCaption} pageSize={props.pageSize} sort={sort ?? null} onSortChange={setSort} />
        )}
      </WidgetBody>
    </WidgetFrame>
  );
}

/** {@link RevenueTrendWidget} inside its own error boundary: nothing thrown in it reaches the host page. */
export const RevenueTrend = withWidgetBoundary(RevenueTrendWidget, (props) => props.labels?.title ?? DEFAULT_REVENUE_TREND_LABELS.title, 'RevenueTrend');
