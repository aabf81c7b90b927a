'use client';
import { useMemo, useState } from 'react';
import type { EChartsType } from 'echarts/core';
import { todayInTimeZone } from '../../core/queries/params';
import type { RevenueAgingInput } from '../../core/queries/revenueAging';
import { useAnalyticsContext } from '../../react/useAnalyticsContext';
import { useHydrated } from '../../react/useHydrated';
import { useRevenueAging } from '../../react/useRevenueAging';
import { useResolvedTheme } from '../../theme/useResolvedTheme';
import { AnalyticsChart } from '../../ui/Chart/AnalyticsChart';
import { useControllableState } from '../../ui/controllableState/useControllableState';
import { LazyDataTable as DataTable } from '../../ui/DataTable/LazyDataTable';
import type { WidgetView } from '../../ui/ViewToggle/ViewToggle';
import { WidgetFrame } from '../../ui/WidgetFrame/WidgetFrame';
import { ChartLegend } from '../../ui/ChartLegend/ChartLegend';
import type { DataTableSort } from '../../ui/DataTable/types';
import { seriesColors } from '../../ui/series/seriesColors';
import { EmptyState } from '../../ui/states/EmptyState';
import { useBoundaryRefetch } from '../../ui/ErrorBoundary/BoundaryRefetchContext';
import { withWidgetBoundary } from '../../ui/ErrorBoundary/withWidgetBoundary';
import { HeadlineStats } from '../shared/HeadlineStats';
import { useParamsOfData } from '../shared/useParamsOfData';
import { useWidgetFormatters } from '../shared/useWidgetFormatters';
import { widgetFrameState } from '../shared/widgetFrameState';
import { DEFAULT_CHART_HEIGHT, type WidgetBaseProps } from '../shared/widgetProps';
import { WidgetBody } from '../shared/WidgetBody';
import { WidgetToolbar } from '../shared/WidgetToolbar';
import { buildRevenueAgingOption, DEFAULT_MAX_CUSTOMER_SERIES, revenueAgingSeries } from './buildRevenueAgingOption';
import { CurrencyControl } from '../shared/CurrencyControl';
import { registerRevenueAgingChart } from './registerRevenueAgingChart';
import { pickAgingCurrency, revenueAgingBreakdown, revenueAgingCurrencies } from './revenueAgingBreakdown';
import { revenueAgingColumns, revenueAgingFooterRows, revenueAgingTableRows } from './revenueAgingColumns';
import { revenueAgingHeadline } from './revenueAgingHeadline';
import { DEFAULT_REVENUE_AGING_LABELS, type RevenueAgingLabels } from './revenueAgingLabels';
import { summarizeRevenueAging } from './summarizeRevenueAging';

const echarts = registerRevenueAgingChart();

export interface RevenueAgingProps
  extends WidgetBaseProps,
    Pick<RevenueAgingInput, 'asOf' | 'timeZone' | 'customerId' | 'currency' | 'topCustomers'> {
  /**
   * The clock "today" is read from when there is no `asOf` (tests, stories, fixtures).
   * @default () => new Date()
   */
  now?: () => Date;
  /**
   * Formats every amount shown (exact cents, in the currency shown).
   * @default the provider's `formatCents` in that currency
   */
  amountFormatter?: (cents: bigint, currency: string) => string;
  /** Text overrides (translation); `buckets` may name only some buckets. */
  labels?: Partial<Omit<RevenueAgingLabels, 'buckets'>> & { buckets?: Partial<RevenueAgingLabels['buckets']> };
  /** Called with the ECharts instance once the chart is drawn. */
  onChartReady?: (chart: EChartsType) => void;
}

/** The day the aging is counted to: the prop, else today in the zone (`undefined` for a zone the runtime refuses). */
function resolveAsOf(asOf: string | undefined, timeZone: string, now: (() => Date) | undefined): string | undefined {
  if (asOf !== undefined) return asOf;
  try {
    return todayInTimeZone(timeZone, now?.() ?? new Date());
  } catch {
    return undefined; // the query's own validation reports the zone as INVALID_PARAMS
  }
}

/** A formatted calendar date, or `undefined` when the zone or date cannot be formatted. */
function formatAsOf(asOf: string | undefined, format: (date: string) => string): string | undefined {
  if (asOf === undefined) return undefined;
  try {
    return format(asOf);
  } catch {
    return undefined;
  }
}

/**
 * What posted invoices still owe, bucketed Current / 1–30 / 31–60 / 61–90 / 90+ days past due:
 * a bar per bucket stacked by the customers that owe most, or a table of those customers, with
 * the total outstanding and the overdue share in the header. Data from the `revenue-aging` named
 * query; one currency at a time (never summed across currencies); every amount is exact.
 */
function RevenueAgingWidget(props: RevenueAgingProps) {
  const context = useAnalyticsContext();
  const timeZone = props.timeZone ?? context.timeZone;
  const formatters = useWidgetFormatters(timeZone);
  const labels: RevenueAgingLabels = {
    ...DEFAULT_REVENUE_AGING_LABELS,
    ...props.labels,
    buckets: { ...DEFAULT_REVENUE_AGING_LABELS.buckets, ...props.labels?.buckets },
  };
  const theme = useResolvedTheme(props.theme);
  const height = props.height ?? DEFAULT_CHART_HEIGHT;
  const [view, setView] = useControllableState<WidgetView>({
    value: props.view,
    defaultValue: props.defaultView ?? 'chart',
    onChange: props.onViewChange,
  });

  // "Today" is read when the zone or the given day changes, not on every render; without `asOf` or `now`, only
  // in the browser after hydration (a page prerendered one day must hydrate the same on the next).
  const clockReady = useHydrated() || props.asOf !== undefined || props.now !== undefined;
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const asOf = useMemo(() => (clockReady ? resolveAsOf(props.asOf, timeZone, props.now) : undefined), [props.asOf, timeZone, clockReady]);
  const input: RevenueAgingInput = {
    timeZone,
    ...(asOf === undefined ? {} : { asOf }),
    ...(props.customerId === undefined ? {} : { customerId: props.customerId }),
    ...(props.currency === undefined ? {} : { currency: props.currency }),
    ...(props.topCustomers === undefined ? {} : { topCustomers: props.topCustomers }),
  };
  const aging = useRevenueAging(input, { fetcher: props.fetcher, keepPreviousData: true, refetchIntervalMs: props.refetchIntervalMs });
  const frame = widgetFrameState([aging]);
  useBoundaryRefetch(frame.refetchAll);
  const shownAsOf = useParamsOfData(aging, asOf);
  const asOfText = formatAsOf(shownAsOf, (date) => formatters.date(date));

  // One currency at a time: the prop, else the user's pick, else the provider's, else the first present.
  const [pickedCurrency, setPickedCurrency] = useState<string | undefined>(undefined);
  const currencies = useMemo(() => (aging.data ? revenueAgingCurrencies(aging.data) : []), [aging.data]);
  const currency = pickAgingCurrency(currencies, [props.currency, pickedCurrency, formatters.currency]);
  const breakdown = useMemo(
    () => (aging.data && currency !== undefined ? revenueAgingBreakdown(aging.data, currency, { unnamedCustomer: labels.unnamedCustomer }) : undefined),
    [aging.data, currency, labels.unnamedCustomer],
  );

  const { amountFormatter } = props;
  const formatAmount = useMemo(
    () => (amountFormatter && currency !== undefined ? (cents: bigint) => amountFormatter(cents, currency) : (cents: bigint) => formatters.cents(cents, { currency: currency ?? formatters.currency })),
    [amountFormatter, currency, formatters],
  );
  const labelsKey = JSON.stringify(labels.buckets) + labels.otherCustomers + labels.total + labels.customer;
  const [hidden, setHidden] = useState<ReadonlySet<string>>(() => new Set());
  const [sort, setSort] = useState<DataTableSort | undefined>(undefined);
  const maxSeries = Math.min(DEFAULT_MAX_CUSTOMER_SERIES, Math.max(1, theme.colors.series.length));
  const segments = useMemo(() => (breakdown ? revenueAgingSeries(breakdown, labels, maxSeries) : []), [breakdown, labels.otherCustomers, maxSeries]); // eslint-disable-line react-hooks/exhaustive-deps
  // A customer keeps its colour whatever the day, the currency or the other customers shown.
  const colors = useMemo(
    () => seriesColors(segments.map((segment) => segment.label), theme.colors.series, { other: [labels.otherCustomers], otherColor: theme.colors.muted }),
    [segments, theme, labels.otherCustomers],
  );
  const option = useMemo(
    () => breakdown && buildRevenueAgingOption({ breakdown, formatters, formatAmount, theme, labels, colors, hidden, maxCustomerSeries: maxSeries }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [breakdown, formatters, formatAmount, theme, labelsKey, colors, hidden, maxSeries],
  );
  const toggle = (name: string) =>
    setHidden((previous) => {
      const next = new Set(previous);
      if (next.has(name)) next.delete(name);
      else if (next.size < segments.length - 1) next.add(name);
      return next;
    });
  const columns = useMemo(
    () => (breakdown ? revenueAgingColumns({ breakdown, formatAmount, labels }) : []),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [breakdown, formatAmount, labelsKey],
  );
  const tableRows = useMemo(() => (breakdown ? revenueAgingTableRows(breakdown) : []), [breakdown]);
  const footerRows = useMemo(() => (breakdown ? revenueAgingFooterRows(breakdown, labels) : []), [breakdown, labels.otherCustomers, labels.total]); // eslint-disable-line react-hooks/exhaustive-deps
  const summaryText = breakdown ? summarizeRevenueAging({ breakdown, asOf: asOfText ?? shownAsOf ?? '', formatters, formatAmount, labels }) : '';
  const empty = aging.data !== undefined && (breakdown === undefined || breakdown.total === 0n);

  return (
    <WidgetFrame
      title={props.title ?? labels.title}
      subtitle={props.subtitle ?? (asOfText === undefined ? undefined : labels.asOf(asOfText))}
      theme={theme}
      className={props.className}
      style={props.style}
      headingLevel={props.headingLevel}
      loading={frame.loading}
      error={frame.error}
      onRetry={frame.retry}
      empty={empty}
      emptyState={<EmptyState title={labels.emptyTitle} description={labels.emptyDescription} />}
      truncated={frame.truncated}
      truncatedRowCount={frame.truncatedRowCount === undefined ? undefined : formatters.count(frame.truncatedRowCount)}
      errorMessages={{ ...REVENUE_AGING_ERROR_MESSAGES, ...props.errorMessages }}
      onError={props.onError}
      updatedAt={props.showUpdated ? frame.updatedAt : undefined}
      loadingHeight={height}
      toolbar={
        <>
          {props.currency === undefined && currencies.length > 1 && currency !== undefined && (
            <CurrencyControl value={currency} options={currencies} onChange={setPickedCurrency} label={labels.currency} />
          )}
          <WidgetToolbar
            view={{ value: view, onChange: setView }}
            csv={
              breakdown && shownAsOf !== undefined
                ? { columns, rows: tableRows, sort, footer: footerRows, filename: `revenue-aging-${breakdown.currency}-${shownAsOf}.csv`, onExport: props.onExportCsv }
                : undefined
            }
          />
        </>
      }
    >
      <WidgetBody refreshing={frame.refreshing}>
        {breakdown && <HeadlineStats label={labels.headline} stats={revenueAgingHeadline(breakdown, formatters, formatAmount, labels)} />}
        {view === 'chart' && option && segments.length > 1 ? (
          <ChartLegend
            items={segments.map((segment) => ({ name: segment.label, label: segment.label, color: colors.get(segment.label) }))}
            hidden={hidden}
            onToggle={toggle}
            label={labels.customer}
          />
        ) : null}
        {view === 'chart' && option ? (
          <AnalyticsChart echarts={echarts} option={option} summary={summaryText} theme={theme} height={height} onChartReady={props.onChartReady} />
        ) : null}
        {view === 'table' && breakdown ? (
          <DataTable columns={columns} rows={tableRows} footerRows={footerRows} caption={labels.tableCaption} pageSize={props.pageSize} sort={sort ?? null} onSortChange={setSort} />
        ) : null}
      </WidgetBody>
    </WidgetFrame>
  );
}

/** RevenueAging has no time range: its timeout message says what does help. */
const REVENUE_AGING_ERROR_MESSAGES = {
  QUERY_TIMEOUT: { title: 'The report took too long', description: 'Try one customer or one currency, or try again.' },
};

/** {@link RevenueAgingWidget} inside its own error boundary: nothing thrown in it reaches the host page. */
export const RevenueAging = withWidgetBoundary(RevenueAgingWidget, (props) => props.labels?.title ?? DEFAULT_REVENUE_AGING_LABELS.title, 'RevenueAging');
