'use client';
import { useMemo, useState } from 'react';
import { margin as marginQuery } from '../../core/queries/cookbook/revenue';
import { useResolvedTheme } from '../../theme/useResolvedTheme';
import { useControllableState } from '../../ui/controllableState/useControllableState';
import { LazyDataTable as DataTable } from '../../ui/DataTable/LazyDataTable';
import type { DataTableSort } from '../../ui/DataTable/types';
import { withWidgetBoundary } from '../../ui/ErrorBoundary/withWidgetBoundary';
import { Stat, StatList } from '../../ui/Stat/Stat';
import type { WidgetView } from '../../ui/ViewToggle/ViewToggle';
import { WidgetFrame } from '../../ui/WidgetFrame/WidgetFrame';
import { ChoiceControl } from '../../ui/ChoiceControl/ChoiceControl';
import { frameHostProps } from '../shared/frameHostProps';
import { describeWindow } from '../shared/describeWindow';
import { useParamsOfData } from '../shared/useParamsOfData';
import type { TimeWindowProps } from '../shared/useTimeWindow';
import type { WidgetBaseProps } from '../shared/widgetProps';
import { WidgetBody } from '../shared/WidgetBody';
import { WidgetToolbar } from '../shared/WidgetToolbar';
import { timeRangeControl } from '../shared/timeRangeControl';
import { useWidgetWindow } from '../shared/useWidgetWindow';
import { useWidgetView } from '../shared/useWidgetView';
import { useAmountFormat } from '../shared/useAmountFormat';
import { windowCsv } from '../shared/windowCsv';
import type { RevenueCurrencyProps } from '../shared/revenueCurrencyProps';
import { RevenueCurrencyPicker } from '../shared/RevenueCurrencyPicker';
import { useRevenueQuery } from '../shared/useRevenueQuery';
import { truncationProps } from '../shared/truncationProps';
import { MarginBars } from './MarginBars';
import { marginColumns, marginCsvColumns, marginText, type MarginFormat } from './marginColumns';
import { DEFAULT_MARGIN_LABELS, type MarginDimension, type MarginLabels } from './marginLabels';
import { marginRows, marginShown, sumMarginRows, type MarginQueryRow } from './marginRows';

/** The dimensions, in the control's order. */
export const MARGIN_WIDGET_DIMENSIONS: readonly MarginDimension[] = ['customer', 'product'];
/** Rows one request returns: every customer or product up to this many (more is shown as truncated). */
export const MARGIN_FETCH_LIMIT = 1000;

export interface MarginProps extends Omit<WidgetBaseProps, 'height'>, TimeWindowProps, RevenueCurrencyProps {
  /** Controlled dimension: margin per customer or per product. */
  dimension?: MarginDimension;
  /**
   * Uncontrolled starting dimension.
   * @default 'customer'
   */
  defaultDimension?: MarginDimension;
  onDimensionChange?: (dimension: MarginDimension) => void;
  /**
   * Which dimensions the control offers; one hides it.
   * @default both
   */
  dimensions?: readonly MarginDimension[];
  /**
   * Rows drawn (lowest margin first) before the rest are summed into "Other".
   * @default 10
   */
  limit?: number;
  /** Text overrides (translation). */
  labels?: Partial<MarginLabels>;
}

const NO_ROWS: readonly MarginQueryRow[] = [];

/**
 * Margin — revenue before tax (posted invoices in one currency) minus AI cost — per customer or
 * per product in the window, lowest first: diverging bars where every negative margin is flagged
 * by side, hatching and the word "Loss" (never colour alone), the rest summed as "Other", and the
 * total; or a table with revenue, AI cost, margin and margin rate. Data from the cookbook's
 * `margin` named query; every amount exact.
 */
function MarginWidget(props: MarginProps) {
  const { timeZone, formatters, time, settingsError } = useWidgetWindow(props);
  const labels: MarginLabels = {
    ...DEFAULT_MARGIN_LABELS,
    ...props.labels,
    dimensions: { ...DEFAULT_MARGIN_LABELS.dimensions, ...props.labels?.dimensions },
    others: { ...DEFAULT_MARGIN_LABELS.others, ...props.labels?.others },
  };
  const theme = useResolvedTheme(props.theme);

  const [dimension, setDimension] = useControllableState<MarginDimension>({ value: props.dimension, defaultValue: props.defaultDimension ?? 'customer', onChange: props.onDimensionChange });
  const [view, setView] = useWidgetView(props);
  const [sort, setSort] = useState<DataTableSort | undefined>(undefined);

  const { currency, currencies, result, frame } = useRevenueQuery(marginQuery, (currency) => ({ ...time.input, by: dimension, currency, limit: MARGIN_FETCH_LIMIT }), {
    window: time.input,
    currency: props.currency,
    preferred: formatters.currency,
    fetcher: props.fetcher,
    refetchIntervalMs: props.refetchIntervalMs,
    enabled: settingsError === undefined,
  });
  const error = settingsError ?? frame.error;
  const shown = useParamsOfData(result, { window: time.window, dimension });

  const rows = useMemo(() => marginRows(result.data ?? NO_ROWS, labels.unnamed), [result.data, labels.unnamed]);
  const total = useMemo(() => sumMarginRows(rows, labels.total), [rows, labels.total]);
  const bars = useMemo(() => marginShown(rows, props.limit ?? 10, labels.others[shown.dimension]), [rows, props.limit, labels.others, shown.dimension]);
  const formatAmount = useAmountFormat(props.amountFormatter, currency, formatters);
  const format: MarginFormat = useMemo(() => ({ amount: formatAmount }), [formatAmount]);
  const columns = useMemo(() => marginColumns(shown.dimension, format, formatters, currency, labels), [shown.dimension, format, formatters, currency, labels]);
  const csvColumns = useMemo(() => marginCsvColumns(columns, labels), [columns, labels]);
  const negatives = rows.filter((row) => row.negative);
  const empty = result.data !== undefined && rows.length === 0;
  const ready = result.data !== undefined && !empty;
  const capped = rows.length >= MARGIN_FETCH_LIMIT;
  const summary = ready
    ? labels.chartSummary({
        dimension: labels.dimensions[shown.dimension],
        margin: marginText(total, format, labels.loss),
        revenue: format.amount(total.revenue),
        cost: format.amount(total.cost),
        window: shown.window ? describeWindow(shown.window, formatters, labels.window) : undefined,
        negativeCount: formatters.count(negatives.length),
        count: formatters.count(rows.length),
        worst: negatives.slice(0, 3).map((row) => ({ label: row.label, value: marginText(row, format, labels.loss) })),
      })
    : '';
  const offered = props.dimensions ?? MARGIN_WIDGET_DIMENSIONS;

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
            <ChoiceControl value={dimension} onChange={setDimension} options={offered} optionLabels={labels.dimensions} label={labels.dimensionLabel} name="margin-dimension" />
          )}
          <WidgetToolbar
            timeRange={timeRangeControl(time, timeZone, props.now)}
            view={{ value: view, onChange: setView }}
            csv={windowCsv({ window: time.window, timeZone, slug: `margin-by-${dimension}-${currency}`, columns, csvColumns, rows, sort, footer: [total], onExport: props.onExportCsv })}
          />
        </>
      }
    >
      <WidgetBody refreshing={frame.refreshing}>
        {ready && (
          <StatList label={labels.headline}>
            <Stat id="margin" label={labels.margin} value={marginText(total, format, labels.loss)} hint={labels.note(currency)} />
            <Stat id="revenue" label={labels.revenue} value={format.amount(total.revenue)} />
            <Stat id="cost" label={labels.cost} value={format.amount(total.cost)} />
            <Stat id="negative" label={labels.negativeCount} value={`${formatters.count(negatives.length)} / ${formatters.count(rows.length)}`} />
          </StatList>
        )}
        {ready && view === 'chart' && (
          <MarginBars rows={bars} total={total} formatMargin={(row) => format.amount(row.margin)} formatTotal={(row) => marginText(row, format, labels.loss)} caption={labels.listCaption} summary={summary} loss={labels.loss} totalLabel={labels.total} />
        )}
        {ready && view === 'table' && (
          <DataTable columns={columns} rows={rows} footerRows={[total]} caption={labels.tableCaption} pageSize={props.pageSize} sort={sort ?? null} onSortChange={setSort} />
        )}
      </WidgetBody>
    </WidgetFrame>
  );
}

/** {@link MarginWidget} inside its own error boundary: nothing thrown in it reaches the host page. */
export const Margin = withWidgetBoundary(MarginWidget, (props) => props.labels?.title ?? DEFAULT_MARGIN_LABELS.title, 'Margin');
