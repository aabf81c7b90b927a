'use client';
import { useMemo, useState } from 'react';
import { revenueByProduct } from '../../core/queries/cookbook/revenue';
import { useNamedQuery } from '../../react/useNamedQuery';
import { useResolvedTheme } from '../../theme/useResolvedTheme';
import { BarList } from '../../ui/BarList/BarList';
import { tableColumnsToCsv } from '../../ui/csv/tableColumnsToCsv';
import { LazyDataTable as DataTable } from '../../ui/DataTable/LazyDataTable';
import type { DataTableSort } from '../../ui/DataTable/types';
import { useBoundaryRefetch } from '../../ui/ErrorBoundary/BoundaryRefetchContext';
import { withWidgetBoundary } from '../../ui/ErrorBoundary/withWidgetBoundary';
import type { NumericValue } from '../../ui/series/fields';
import { Stat, StatList } from '../../ui/Stat/Stat';
import type { WidgetView } from '../../ui/ViewToggle/ViewToggle';
import { WidgetFrame } from '../../ui/WidgetFrame/WidgetFrame';
import { CurrencyControl } from '../shared/CurrencyControl';
import { pickCurrency, revenueTrendCurrencies as currenciesOf } from '../RevenueTrend/revenueTrendCurrency';
import { frameHostProps } from '../shared/frameHostProps';
import { describeWindow } from '../shared/describeWindow';
import { useParamsOfData } from '../shared/useParamsOfData';
import type { TimeWindowProps } from '../shared/useTimeWindow';
import { widgetFrameState } from '../shared/widgetFrameState';
import type { WidgetBaseProps } from '../shared/widgetProps';
import { WidgetBody } from '../shared/WidgetBody';
import { WidgetToolbar } from '../shared/WidgetToolbar';
import { timeRangeControl } from '../shared/timeRangeControl';
import { useWidgetWindow } from '../shared/useWidgetWindow';
import { useWidgetView } from '../shared/useWidgetView';
import { useAmountFormat } from '../shared/useAmountFormat';
import { windowCsv } from '../shared/windowCsv';
import { truncationProps } from '../shared/truncationProps';
import { DEFAULT_REVENUE_BY_PRODUCT_LABELS, type RevenueByProductLabels } from './revenueByProductLabels';
import { revenueByProductColumns, revenueByProductTable, type ProductRevenueRow } from './revenueByProductTable';

export interface RevenueByProductProps extends Omit<WidgetBaseProps, 'height'>, TimeWindowProps {
  /** Only this customer — within the scope; it never widens it. */
  customerId?: string;
  /** Only this ISO 4217 currency; default: the provider's when present, else the first. */
  currency?: string;
  /**
   * Products listed before the rest are summed into "Other products".
   * @default 8
   */
  limit?: number;
  /**
   * Formats every amount shown (exact cents, in the currency shown).
   * @default the provider's `formatCents` in that currency
   */
  amountFormatter?: (cents: bigint, currency: string) => string;
  /** Text overrides (translation). */
  labels?: Partial<RevenueByProductLabels>;
}

const NO_ROWS: readonly ProductRevenueRow[] = [];
const asCents = (value: NumericValue): bigint => (typeof value === 'bigint' ? value : BigInt(typeof value === 'number' ? Math.trunc(value) : value));

/**
 * Invoiced revenue by product — invoice lines of posted invoices issued in the window, through
 * their order lines to products, before tax — as a ranked list (the largest products, the rest as
 * "Other products", and the total) or a table of every product. One currency at a time. Data from
 * the cookbook's `revenue-by-product` named query; every amount exact.
 */
function RevenueByProductWidget(props: RevenueByProductProps) {
  const { timeZone, formatters, time, settingsError } = useWidgetWindow(props, '12m');
  const labels: RevenueByProductLabels = { ...DEFAULT_REVENUE_BY_PRODUCT_LABELS, ...props.labels };
  const theme = useResolvedTheme(props.theme);

  const [view, setView] = useWidgetView(props);
  const [sort, setSort] = useState<DataTableSort | undefined>(undefined);
  const [pickedCurrency, setPickedCurrency] = useState<string | undefined>(undefined);

  const input = {
    ...time.input,
    ...(props.customerId === undefined ? {} : { customerId: props.customerId }),
    ...(props.currency === undefined ? {} : { currency: props.currency }),
  };
  const result = useNamedQuery(revenueByProduct, input, { fetcher: props.fetcher, keepPreviousData: true, refetchIntervalMs: props.refetchIntervalMs, enabled: settingsError === undefined });
  const frame = widgetFrameState([result]);
  useBoundaryRefetch(frame.refetchAll);
  const error = settingsError ?? frame.error;
  const shownWindow = useParamsOfData(result, time.window);

  const currencies = useMemo(() => currenciesOf(result.data ?? NO_ROWS), [result.data]);
  const currency = pickCurrency(currencies, [props.currency, pickedCurrency, formatters.currency]) ?? props.currency ?? formatters.currency;
  const table = useMemo(
    () => revenueByProductTable((result.data ?? NO_ROWS).filter((row) => row.currency === currency), labels),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [result.data, currency, labels.total, labels.unnamedProduct],
  );
  const formatAmount = useAmountFormat(props.amountFormatter, currency, formatters);
  const formatExact = useMemo(() => (value: NumericValue) => formatAmount(asCents(value)), [formatAmount]);
  const columns = useMemo(
    () => revenueByProductColumns({ currency, formatAmount, formatters, labels }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [currency, formatAmount, formatters, labels.product, labels.revenue, labels.share, labels.lines],
  );
  const csvColumns = useMemo(() => tableColumnsToCsv(columns), [columns]);
  const empty = result.data !== undefined && table.rows.length === 0;
  const ready = result.data !== undefined && !empty;
  const windowText = shownWindow ? describeWindow(shownWindow, formatters, labels.window) : undefined;
  const summary = ready
    ? labels.chartSummary({
        total: formatAmount(table.total.revenue),
        products: table.rows.length,
        window: windowText,
        top: table.rows.slice(0, 3).map((row) => ({ label: row.label, value: formatAmount(row.revenue), share: formatters.percent(row.share, { maximumFractionDigits: 1 }) })),
      })
    : '';

  return (
    <WidgetFrame
      {...frameHostProps(props, frame)}
      title={props.title ?? labels.title}
      subtitle={props.subtitle ?? (time.window ? describeWindow(time.window, formatters, labels.window) : undefined)}
      theme={theme}
      error={error}
      empty={empty}
      {...truncationProps(frame, formatters)}
      toolbar={
        <>
          {props.currency === undefined && currencies.length > 1 && (
            <CurrencyControl value={currency} options={currencies} onChange={setPickedCurrency} label={labels.currency} />
          )}
          <WidgetToolbar
            timeRange={timeRangeControl(time, timeZone, props.now)}
            view={{ value: view, onChange: setView }}
            csv={windowCsv({ window: time.window, timeZone, slug: `revenue-by-product-${currency}`, columns, csvColumns, rows: table.rows, sort, footer: [table.total], onExport: props.onExportCsv })}
          />
        </>
      }
    >
      <WidgetBody refreshing={frame.refreshing}>
        {ready && (
          <StatList label={labels.headline}>
            <Stat id="revenue" label={labels.revenue} value={formatAmount(table.total.revenue)} hint={labels.revenueNote} />
            <Stat id="products" label={labels.products} value={formatters.count(table.rows.length)} />
          </StatList>
        )}
        {ready && view === 'chart' && (
          <BarList
            rows={table.rows}
            label="label"
            value="revenue"
            caption={summary}
            valueFormatter={formatExact}
            limit={props.limit ?? 8}
            keepOrder
            colorByName
            labels={{ other: labels.other, total: labels.total, unnamed: labels.unnamedProduct }}
            theme={theme}
            {...(props.onError ? { onError: props.onError } : {})}
          />
        )}
        {ready && view === 'table' && (
          <DataTable columns={columns} rows={table.rows} footerRows={[table.total]} caption={labels.tableCaption} pageSize={props.pageSize} sort={sort ?? null} onSortChange={setSort} />
        )}
      </WidgetBody>
    </WidgetFrame>
  );
}

/** {@link RevenueByProductWidget} inside its own error boundary: nothing thrown in it reaches the host page. */
export const RevenueByProduct = withWidgetBoundary(RevenueByProductWidget, (props) => props.labels?.title ?? DEFAULT_REVENUE_BY_PRODUCT_LABELS.title, 'RevenueByProduct');
