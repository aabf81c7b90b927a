'use client';
import { useMemo, useState } from 'react';
import { divideDecimals, roundDecimal, signOfDecimal, subtractDecimals } from '../../core/decimal/decimalArithmetic';
import { valueByType, valueRoi } from '../../core/queries/cookbook/value';
import { useNamedQuery } from '../../react/useNamedQuery';
import { useResolvedTheme } from '../../theme/useResolvedTheme';
import { BarList } from '../../ui/BarList/BarList';
import { useControllableState } from '../../ui/controllableState/useControllableState';
import { LazyDataTable as DataTable } from '../../ui/DataTable/LazyDataTable';
import type { DataTableSort } from '../../ui/DataTable/types';
import { useBoundaryRefetch } from '../../ui/ErrorBoundary/BoundaryRefetchContext';
import { withWidgetBoundary } from '../../ui/ErrorBoundary/withWidgetBoundary';
import type { NumericValue } from '../../ui/series/fields';
import { Stat, StatList } from '../../ui/Stat/Stat';
import type { WidgetView } from '../../ui/ViewToggle/ViewToggle';
import { WidgetFrame } from '../../ui/WidgetFrame/WidgetFrame';
import { ChoiceControl } from '../../ui/ChoiceControl/ChoiceControl';
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
import { valueCustomerColumns, valueTypeColumns, withIdColumn, type ValueFormat } from './deliveredValueColumns';
import { DEFAULT_DELIVERED_VALUE_LABELS, type DeliveredValueBreakdown, type DeliveredValueLabels } from './deliveredValueLabels';
import { RoiBars } from './RoiBars';
import {
  shownWithOther,
  sumValueCustomers,
  sumValueTypes,
  valueCustomerRows,
  valueTypeRows,
  type ValueByTypeQueryRow,
  type ValueRoiQueryRow,
} from './valueRows';

/** The breakdowns, in the control's order. */
export const DELIVERED_VALUE_BREAKDOWNS: readonly DeliveredValueBreakdown[] = ['type', 'customer'];
/** Customers one `value-roi` request returns: all of them up to this many (more is shown as truncated). */
export const VALUE_ROI_FETCH_LIMIT = 1000;

export interface DeliveredValueProps extends Omit<WidgetBaseProps, 'height'>, TimeWindowProps {
  /** Controlled breakdown: value by type, or value vs AI cost (ROI) per customer. */
  breakdown?: DeliveredValueBreakdown;
  /**
   * Uncontrolled starting breakdown.
   * @default 'type'
   */
  defaultBreakdown?: DeliveredValueBreakdown;
  onBreakdownChange?: (breakdown: DeliveredValueBreakdown) => void;
  /**
   * Value types or customers drawn before the rest are summed into "Other".
   * @default 8
   */
  limit?: number;
  /**
   * ISO 4217 currency the cents are in (delivered value and AI cost carry none: the organization's).
   * Default: the provider's.
   */
  currency?: string;
  /**
   * Formats every amount (exact cents, bigint or decimal text).
   * @default the provider's `formatCents`
   */
  amountFormatter?: (cents: bigint | string, currency: string) => string;
  /** Text overrides (translation). */
  labels?: Partial<DeliveredValueLabels>;
}

const NO_TYPES: readonly ValueByTypeQueryRow[] = [];
const NO_CUSTOMERS: readonly ValueRoiQueryRow[] = [];

/**
 * The business value the agents delivered — by value type, or against AI cost (ROI) per customer —
 * with the exact total value, AI cost, overall return (value ÷ cost, from the sums) and net value
 * of the window. Data from the cookbook's `value-by-type` and `value-roi` named queries.
 */
function DeliveredValueWidget(props: DeliveredValueProps) {
  const { timeZone, formatters, time, settingsError } = useWidgetWindow(props);
  const labels: DeliveredValueLabels = {
    ...DEFAULT_DELIVERED_VALUE_LABELS,
    ...props.labels,
    breakdowns: { ...DEFAULT_DELIVERED_VALUE_LABELS.breakdowns, ...props.labels?.breakdowns },
    valueTypes: { ...DEFAULT_DELIVERED_VALUE_LABELS.valueTypes, ...props.labels?.valueTypes },
  };
  const theme = useResolvedTheme(props.theme);
  const currency = props.currency ?? formatters.currency;

  const [breakdown, setBreakdown] = useControllableState<DeliveredValueBreakdown>({
    value: props.breakdown,
    defaultValue: props.defaultBreakdown ?? 'type',
    onChange: props.onBreakdownChange,
  });
  const [view, setView] = useWidgetView(props);
  const [sort, setSort] = useState<DataTableSort | undefined>(undefined);

  const options = { fetcher: props.fetcher, keepPreviousData: true, refetchIntervalMs: props.refetchIntervalMs, enabled: settingsError === undefined };
  const types = useNamedQuery(valueByType, { ...time.input }, options);
  const customers = useNamedQuery(valueRoi, { ...time.input, limit: VALUE_ROI_FETCH_LIMIT }, options);
  const frame = widgetFrameState([types, customers]);
  useBoundaryRefetch(frame.refetchAll);
  const error = settingsError ?? frame.error;
  const shownWindow = useParamsOfData(types, time.window);

  const typeRows = useMemo(() => valueTypeRows(types.data ?? NO_TYPES, labels.valueTypes, labels.unnamed), [types.data, labels.valueTypes, labels.unnamed]);
  const typeTotal = useMemo(() => sumValueTypes(typeRows, labels.total), [typeRows, labels.total]);
  const customerRows = useMemo(() => valueCustomerRows(customers.data ?? NO_CUSTOMERS, labels.unnamed), [customers.data, labels.unnamed]);
  const customerTotal = useMemo(() => sumValueCustomers(customerRows, labels.total), [customerRows, labels.total]);
  const limit = props.limit ?? 8;
  const customerBars = useMemo(
    () => shownWithOther(customerRows, limit, (rest) => sumValueCustomers(rest, labels.otherCustomers)),
    [customerRows, limit, labels.otherCustomers],
  );

  const formatAmount = useAmountFormat(props.amountFormatter, currency, formatters);
  const format: ValueFormat = useMemo(
    () => ({
      amount: formatAmount,
      count: (value) => formatters.count(value),
      roi: (ratio) => (ratio === null ? labels.noCost : labels.roiMultiple(formatters.count(roundDecimal(ratio, 1), { maximumFractionDigits: 1 }))),
    }),
    [formatAmount, formatters, labels.noCost, labels.roiMultiple],
  );
  const formatValue = useMemo(() => (value: NumericValue) => format.amount(typeof value === 'number' ? String(value) : value), [format]);
  const typeColumns = useMemo(() => valueTypeColumns(format, currency, labels), [format, currency, labels]);
  const customerColumns = useMemo(() => valueCustomerColumns(format, currency, labels), [format, currency, labels]);

  // The headline: value from the types, AI cost from the customers, the return from the sums.
  const value = typeTotal.value;
  const cost = customerTotal.cost;
  const roi = signOfDecimal(cost) === 0 ? null : divideDecimals(value, cost, 4);
  const net = subtractDecimals(value, cost);
  const loaded = types.data !== undefined && customers.data !== undefined;
  const empty = loaded && typeRows.length === 0 && customerRows.length === 0;
  const ready = loaded && !empty;
  const capped = customerRows.length >= VALUE_ROI_FETCH_LIMIT;
  const summary = ready
    ? labels.chartSummary({
        breakdown,
        value: format.amount(value),
        cost: format.amount(cost),
        roi: roi === null ? undefined : format.roi(roi),
        window: shownWindow ? describeWindow(shownWindow, formatters, labels.window) : undefined,
        top:
          breakdown === 'type'
            ? typeRows.slice(0, 3).map((row) => ({ label: row.label, value: format.amount(row.value) }))
            : customerRows.slice(0, 3).map((row) => ({ label: row.label, value: format.roi(row.roi) })),
      })
    : '';
  const csv = { window: time.window, timeZone, sort, onExport: props.onExportCsv };
  const typeCsv = windowCsv({ ...csv, slug: `delivered-value-by-type-${currency}`, columns: typeColumns, csvColumns: withIdColumn(typeColumns, labels.id, (row) => row.type), rows: typeRows, footer: [typeTotal] });
  const customerCsv = windowCsv({ ...csv, slug: `delivered-value-roi-${currency}`, columns: customerColumns, csvColumns: withIdColumn(customerColumns, labels.id, (row) => row.id), rows: customerRows, footer: [customerTotal] });
  const toolbar = {
    timeRange: timeRangeControl(time, timeZone, props.now),
    view: { value: view, onChange: setView },
  };

  return (
    <WidgetFrame
      {...frameHostProps(props, frame)}
      title={props.title ?? labels.title}
      subtitle={props.subtitle ?? (time.window ? describeWindow(time.window, formatters, labels.window) : undefined)}
      theme={theme}
      error={error}
      empty={empty}
      {...truncationProps(frame, formatters, { reached: capped, rows: customerRows.length })}
      toolbar={
        <>
          <ChoiceControl
            value={breakdown}
            onChange={(next) => {
              setBreakdown(next);
              setSort(undefined);
            }}
            options={DELIVERED_VALUE_BREAKDOWNS}
            optionLabels={labels.breakdowns}
            label={labels.breakdownLabel}
            name="delivered-value-breakdown"
          />
          {breakdown === 'type' ? <WidgetToolbar {...toolbar} csv={typeCsv} /> : <WidgetToolbar {...toolbar} csv={customerCsv} />}
        </>
      }
    >
      <WidgetBody refreshing={frame.refreshing}>
        {ready && (
          <StatList label={labels.headline}>
            <Stat id="value" label={labels.value} value={format.amount(value)} hint={labels.note(currency)} />
            <Stat id="cost" label={labels.cost} value={format.amount(cost)} />
            <Stat id="roi" label={labels.roi} value={format.roi(roi)} />
            <Stat id="net" label={labels.net} value={format.amount(net)} />
          </StatList>
        )}
        {ready && view === 'chart' && breakdown === 'type' && (
          <BarList
            rows={typeRows}
            label="label"
            value="value"
            caption={labels.typeCaption}
            summary={summary}
            valueFormatter={formatValue}
            limit={limit}
            keepOrder
            colorByName
            labels={{ other: labels.otherTypes, total: labels.total, unnamed: labels.unnamed }}
            theme={theme}
            {...(props.onError ? { onError: props.onError } : {})}
          />
        )}
        {ready && view === 'chart' && breakdown === 'customer' && (
          <RoiBars rows={customerBars} total={customerTotal} format={format} caption={labels.customerCaption} summary={summary} labels={{ value: labels.value, cost: labels.cost, total: labels.total }} />
        )}
        {ready && view === 'table' && breakdown === 'type' && (
          <DataTable columns={typeColumns} rows={typeRows} footerRows={[typeTotal]} caption={labels.typeCaption} pageSize={props.pageSize} sort={sort ?? null} onSortChange={setSort} />
        )}
        {ready && view === 'table' && breakdown === 'customer' && (
          <DataTable columns={customerColumns} rows={customerRows} footerRows={[customerTotal]} caption={labels.customerCaption} pageSize={props.pageSize} sort={sort ?? null} onSortChange={setSort} />
        )}
      </WidgetBody>
    </WidgetFrame>
  );
}

/** {@link DeliveredValueWidget} inside its own error boundary: nothing thrown in it reaches the host page. */
export const DeliveredValue = withWidgetBoundary(DeliveredValueWidget, (props) => props.labels?.title ?? DEFAULT_DELIVERED_VALUE_LABELS.title, 'DeliveredValue');
