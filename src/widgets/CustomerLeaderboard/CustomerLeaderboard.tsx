'use client';
import { useMemo, useState } from 'react';
import { customerLeaderboard } from '../../core/queries/cookbook/revenue';
import { describeWindow } from '../shared/describeWindow';
import { useResolvedTheme } from '../../theme/useResolvedTheme';
import { BarList } from '../../ui/BarList/BarList';
import { useControllableState } from '../../ui/controllableState/useControllableState';
import { LazyDataTable as DataTable } from '../../ui/DataTable/LazyDataTable';
import type { DataTableSort } from '../../ui/DataTable/types';
import { withWidgetBoundary } from '../../ui/ErrorBoundary/withWidgetBoundary';
import type { NumericValue } from '../../ui/series/fields';
import { Stat, StatList } from '../../ui/Stat/Stat';
import type { WidgetView } from '../../ui/ViewToggle/ViewToggle';
import { WidgetFrame } from '../../ui/WidgetFrame/WidgetFrame';
import { frameHostProps } from '../shared/frameHostProps';
import { useParamsOfData } from '../shared/useParamsOfData';
import type { TimeWindowProps } from '../shared/useTimeWindow';
import type { WidgetBaseProps } from '../shared/widgetProps';
import { WidgetBody } from '../shared/WidgetBody';
import { WidgetToolbar } from '../shared/WidgetToolbar';
import { ChoiceControl } from '../../ui/ChoiceControl/ChoiceControl';
import { customerLeaderboardColumns, customerLeaderboardCsvColumns, formatMargin, type LeaderboardFormat } from './customerLeaderboardColumns';
import { DEFAULT_CUSTOMER_LEADERBOARD_LABELS, type CustomerLeaderboardLabels, type LeaderboardMetric } from './customerLeaderboardLabels';
import { leaderboardRows, leaderboardTotal, type CustomerLeaderboardQueryRow, type LeaderboardRow } from './leaderboardRows';
import { timeRangeControl } from '../shared/timeRangeControl';
import { useWidgetWindow } from '../shared/useWidgetWindow';
import { useWidgetView } from '../shared/useWidgetView';
import { useAmountFormat } from '../shared/useAmountFormat';
import { windowCsv } from '../shared/windowCsv';
import type { RevenueCurrencyProps } from '../shared/revenueCurrencyProps';
import { RevenueCurrencyPicker } from '../shared/RevenueCurrencyPicker';
import { useRevenueQuery } from '../shared/useRevenueQuery';
import { truncationProps } from '../shared/truncationProps';

/** Every metric, in the control's order. */
export const LEADERBOARD_METRICS: readonly LeaderboardMetric[] = ['signals', 'cost', 'revenue', 'margin'];
/**
 * The customers one request ranks: every customer up to this many, so the headline, the "Other
 * customers" item and the total are over all of them. More than this is shown as a truncated result.
 */
export const LEADERBOARD_FETCH_LIMIT = 1000;

export interface CustomerLeaderboardProps extends Omit<WidgetBaseProps, 'height'>, TimeWindowProps, RevenueCurrencyProps {
  /** Controlled metric the customers are ranked by. */
  metric?: LeaderboardMetric;
  /**
   * Uncontrolled starting metric.
   * @default 'signals'
   */
  defaultMetric?: LeaderboardMetric;
  onMetricChange?: (metric: LeaderboardMetric) => void;
  /**
   * Which metrics the control offers; one hides it.
   * @default all four
   */
  metrics?: readonly LeaderboardMetric[];
  /**
   * Customers listed before the rest are summed into "Other customers".
   * @default 10
   */
  limit?: number;
  /** Text overrides (translation). */
  labels?: Partial<CustomerLeaderboardLabels>;
}

const NO_ROWS: readonly CustomerLeaderboardQueryRow[] = [];

/**
 * Customers ranked by signals, AI cost, revenue (before tax, one currency) or margin (revenue − AI
 * cost) in the window, with their names: the first `limit` as bars, the rest as "Other customers",
 * and the total over every customer; or a table of every customer with all four figures (negative
 * margins say "loss" in words). Data from the cookbook's `customer-leaderboard` named query; every
 * number exact.
 */
function CustomerLeaderboardWidget(props: CustomerLeaderboardProps) {
  const { timeZone, formatters, time, settingsError } = useWidgetWindow(props);
  const labels: CustomerLeaderboardLabels = {
    ...DEFAULT_CUSTOMER_LEADERBOARD_LABELS,
    ...props.labels,
    metrics: { ...DEFAULT_CUSTOMER_LEADERBOARD_LABELS.metrics, ...props.labels?.metrics },
  };
  const theme = useResolvedTheme(props.theme);

  const [metric, setMetric] = useControllableState<LeaderboardMetric>({ value: props.metric, defaultValue: props.defaultMetric ?? 'signals', onChange: props.onMetricChange });
  const [view, setView] = useWidgetView(props);
  const [sort, setSort] = useState<DataTableSort | undefined>(undefined);

  const { currency, currencies, result, frame } = useRevenueQuery(customerLeaderboard, (currency) => ({ ...time.input, orderBy: metric, currency, limit: LEADERBOARD_FETCH_LIMIT }), {
    window: time.input,
    currency: props.currency,
    preferred: formatters.currency,
    fetcher: props.fetcher,
    refetchIntervalMs: props.refetchIntervalMs,
    enabled: settingsError === undefined,
  });
  const error = settingsError ?? frame.error;
  const shown = useParamsOfData(result, { window: time.window, metric });

  const rows = useMemo(() => leaderboardRows(result.data ?? NO_ROWS, labels.unnamedCustomer), [result.data, labels.unnamedCustomer]);
  const total = useMemo(() => leaderboardTotal(rows, labels.total), [rows, labels.total]);
  const formatAmount = useAmountFormat(props.amountFormatter, currency, formatters);
  const format: LeaderboardFormat = useMemo(() => ({ amount: formatAmount, count: (value) => formatters.count(value) }), [formatAmount, formatters]);
  const formatMetric = useMemo(
    () =>
      (value: NumericValue): string => {
        if (shown.metric === 'signals') return format.count(typeof value === 'bigint' ? value : BigInt(String(value)));
        if (shown.metric === 'margin') {
          const text = String(value);
          return formatMargin(text, text.trim().startsWith('-'), format, labels.loss);
        }
        return format.amount(typeof value === 'bigint' ? value : String(value));
      },
    [shown.metric, format, labels.loss],
  );
  const columns = useMemo(() => customerLeaderboardColumns(format, currency, labels), [format, currency, labels.customer, labels.metrics, labels.loss]); // eslint-disable-line react-hooks/exhaustive-deps
  const csvColumns = useMemo(() => customerLeaderboardCsvColumns(columns, labels.customerId), [columns, labels.customerId]);
  const empty = result.data !== undefined && rows.length === 0;
  const ready = result.data !== undefined && !empty;
  // Every customer up to the fetch limit: at the limit there may be more, so the totals would be short.
  const capped = rows.length >= LEADERBOARD_FETCH_LIMIT;
  const metricTotal = total[shown.metric];
  const negatives = rows.filter((row) => row.negative).length;
  const windowText = shown.window ? describeWindow(shown.window, formatters, labels.window) : undefined;
  const summary = ready
    ? labels.chartSummary({
        metric: labels.metrics[shown.metric],
        total: formatMetric(metricTotal),
        customers: formatters.count(rows.length),
        window: windowText,
        top: rows.slice(0, 3).map((row) => ({ label: row.label, value: formatMetric(row[shown.metric]) })),
        negative: negatives > 0 ? formatters.count(negatives) : undefined,
      })
    : '';
  const offered = props.metrics ?? LEADERBOARD_METRICS;

  return (
    <WidgetFrame
      {...frameHostProps(props, frame)}
      title={props.title ?? labels.title}
      subtitle={props.subtitle ?? (time.window ? describeWindow(time.window, formatters, labels.window) : undefined)}
      theme={theme}
      error={error}
      empty={empty}
      {...truncationProps(frame, formatters, { reached: capped, rows: rows.length })}
      toolbar={
        <>
          <RevenueCurrencyPicker currencies={currencies} value={currency} label={labels.currency} />
          {offered.length > 1 && (
            <ChoiceControl value={metric} onChange={setMetric} options={offered} optionLabels={labels.metrics} label={labels.rankBy} name="leaderboard-metric" />
          )}
          <WidgetToolbar
            timeRange={timeRangeControl(time, timeZone, props.now)}
            view={{ value: view, onChange: setView }}
            csv={windowCsv({ window: time.window, timeZone, slug: `customers-by-${metric}-${currency}`, columns, csvColumns, rows, sort, footer: [total], onExport: props.onExportCsv })}
          />
        </>
      }
    >
      <WidgetBody refreshing={frame.refreshing}>
        {ready && (
          <StatList label={labels.headline}>
            <Stat id="metric" label={labels.metrics[shown.metric]} value={formatMetric(metricTotal)} {...(shown.metric === 'revenue' || shown.metric === 'margin' ? { hint: labels.revenueNote(currency) } : {})} />
            <Stat id="customers" label={labels.customers} value={formatters.count(rows.length)} />
          </StatList>
        )}
        {ready && view === 'chart' && (
          <BarList<LeaderboardRow>
            rows={rows}
            label="label"
            value={shown.metric}
            caption={labels.title}
            summary={summary}
            valueFormatter={formatMetric}
            limit={props.limit ?? 10}
            keepOrder
            colorByName
            labels={{ other: labels.otherCustomers, total: labels.total, unnamed: labels.unnamedCustomer }}
            theme={theme}
            {...(props.onError ? { onError: props.onError } : {})}
          />
        )}
        {ready && view === 'table' && (
          <DataTable columns={columns} rows={rows} footerRows={[total]} caption={labels.tableCaption} pageSize={props.pageSize} sort={sort ?? null} onSortChange={setSort} />
        )}
      </WidgetBody>
    </WidgetFrame>
  );
}

/** {@link CustomerLeaderboardWidget} inside its own error boundary: nothing thrown in it reaches the host page. */
export const CustomerLeaderboard = withWidgetBoundary(
  CustomerLeaderboardWidget,
  (props) => props.labels?.title ?? DEFAULT_CUSTOMER_LEADERBOARD_LABELS.title,
  'CustomerLeaderboard',
);
