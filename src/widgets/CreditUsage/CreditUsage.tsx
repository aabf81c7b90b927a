'use client';
import { useMemo, useState } from 'react';
import { compareDecimals } from '../../core/decimal/decimalArithmetic';
import { creditFlow, creditUsage } from '../../core/queries/cookbook/billing';
import { useNamedQuery } from '../../react/useNamedQuery';
import { useResolvedTheme } from '../../theme/useResolvedTheme';
import { BarList } from '../../ui/BarList/BarList';
import { useControllableState } from '../../ui/controllableState/useControllableState';
import { tableColumnsToCsv } from '../../ui/csv/tableColumnsToCsv';
import { LazyDataTable as DataTable } from '../../ui/DataTable/LazyDataTable';
import type { DataTableSort } from '../../ui/DataTable/types';
import { useBoundaryRefetch } from '../../ui/ErrorBoundary/BoundaryRefetchContext';
import { withWidgetBoundary } from '../../ui/ErrorBoundary/withWidgetBoundary';
import type { NumericValue } from '../../ui/series/fields';
import { Stat, StatList } from '../../ui/Stat/Stat';
import type { WidgetView } from '../../ui/ViewToggle/ViewToggle';
import { WidgetFrame } from '../../ui/WidgetFrame/WidgetFrame';
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
import { windowCsv } from '../shared/windowCsv';
import { truncationProps } from '../shared/truncationProps';
import { CreditsCurrencyControl, CreditUsageDimensionControl } from './CreditUsageControls';
import { DEFAULT_CREDIT_USAGE_LABELS, type CreditUsageDimension, type CreditUsageLabels } from './creditUsageLabels';
import { creditUsageColumns, creditUsageTable } from './creditUsageTable';

export interface CreditUsageProps extends Omit<WidgetBaseProps, 'height'>, TimeWindowProps {
  /**
   * The credits currency (`dim_credits_currency.id`).
   * @default the one with the most spent in the range; a picker offers the others
   */
  creditsCurrencyId?: string;
  /** Only this customer — within the scope; it never widens it. */
  customerId?: string;
  /** Controlled breakdown: by signal or by product. */
  by?: CreditUsageDimension;
  /**
   * Uncontrolled starting breakdown.
   * @default 'signal'
   */
  defaultBy?: CreditUsageDimension;
  onByChange?: (by: CreditUsageDimension) => void;
  /**
   * Spenders listed before the rest are summed into "Other".
   * @default 8 (the table lists every one)
   */
  limit?: number;
  /**
   * Formats every credit amount shown, from exact decimal text of credits (never divided by 100).
   * Default: the provider's `formatCount` with every fraction digit.
   */
  creditsFormatter?: (credits: string) => string;
  /** Text overrides (translation). */
  labels?: Partial<CreditUsageLabels>;
}

/** The most spenders one request lists (the query's cap); spends beyond them are the table's Other row. */
const LISTED_SPENDERS = 1000;
const CREDIT_FRACTION_DIGITS = 20;

/**
 * Top credit-spending signals or products for one credits currency in the window: a ranked list
 * (the largest spenders, the rest as Other, and the total) or a table of every spender with its
 * share, transactions and customers. Credits are exact decimal text of credits end to end. The
 * currencies and the headline total come from the cookbook's `credit-flow` query, the breakdown
 * from `credit-usage`; the total row is the headline.
 */
function CreditUsageWidget(props: CreditUsageProps) {
  const { timeZone, formatters, time, settingsError } = useWidgetWindow(props, '30d');
  const labels: CreditUsageLabels = { ...DEFAULT_CREDIT_USAGE_LABELS, ...props.labels };
  const theme = useResolvedTheme(props.theme);

  const [view, setView] = useWidgetView(props);
  const [by, setBy] = useControllableState<CreditUsageDimension>({ value: props.by, defaultValue: props.defaultBy ?? 'signal', onChange: props.onByChange });
  const [sort, setSort] = useState<DataTableSort | undefined>(undefined);
  const [pickedCurrency, setPickedCurrency] = useState<string | undefined>(undefined);

  const customer = props.customerId === undefined ? {} : { customerId: props.customerId };
  const options = { fetcher: props.fetcher, keepPreviousData: true, refetchIntervalMs: props.refetchIntervalMs, enabled: settingsError === undefined };
  const flow = useNamedQuery(creditFlow, { ...time.input, ...customer }, options);
  const currencies = useMemo(() => {
    // One row per credits currency (the query groups by it); should one come twice, the picker still offers it once.
    const seen = new Set<string>();
    return (flow.data ?? [])
      .filter((row) => compareDecimals(row.spent, '0') > 0 || row.credits_currency_id === props.creditsCurrencyId)
      .sort((a, b) => compareDecimals(b.spent, a.spent) || (a.credits_currency_id < b.credits_currency_id ? -1 : 1))
      .filter((row) => !seen.has(row.credits_currency_id) && Boolean(seen.add(row.credits_currency_id)));
  }, [flow.data, props.creditsCurrencyId]);
  const currencyId =
    props.creditsCurrencyId ?? (currencies.some((row) => row.credits_currency_id === pickedCurrency) ? pickedCurrency : undefined) ?? currencies[0]?.credits_currency_id;
  const currency = currencies.find((row) => row.credits_currency_id === currencyId);
  const usage = useNamedQuery(
    creditUsage,
    { ...time.input, ...customer, creditsCurrencyId: currencyId ?? '', by, limit: LISTED_SPENDERS },
    { ...options, enabled: options.enabled && currencyId !== undefined },
  );
  const frame = widgetFrameState(currencyId === undefined ? [flow] : [flow, usage]);
  useBoundaryRefetch(frame.refetchAll);
  const error = settingsError ?? frame.error;
  const shown = useParamsOfData(usage, { window: time.window, by });

  const { creditsFormatter } = props;
  const formatCredits = useMemo(
    () => creditsFormatter ?? ((value: string) => formatters.count(value, { maximumFractionDigits: CREDIT_FRACTION_DIGITS })),
    [creditsFormatter, formatters],
  );
  const formatExact = useMemo(() => (value: NumericValue) => formatCredits(String(value)), [formatCredits]);
  const table = useMemo(
    () => creditUsageTable(usage.data ?? [], currency?.spent, labels),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [usage.data, currency?.spent, labels.other, labels.total, labels.unnamed],
  );
  const currencyName = currency?.currency_name || currencyId || '';
  const columns = useMemo(
    () => creditUsageColumns({ dimension: shown.by, currencyName, formatCredits, formatters, labels }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [shown.by, currencyName, formatCredits, formatters, labels.signal, labels.product, labels.spent, labels.share, labels.transactions, labels.customers],
  );
  const csvColumns = useMemo(() => tableColumnsToCsv(columns), [columns]);
  const empty = flow.data !== undefined && (currency === undefined || compareDecimals(currency.spent, '0') === 0);
  const ready = !empty && currency !== undefined && usage.data !== undefined;
  const listRows = useMemo(() => [...table.rows, ...table.footer.filter((row) => row.kind === 'other')], [table]);
  const windowText = shown.window ? describeWindow(shown.window, formatters, labels.window) : undefined;
  const summary = ready
    ? labels.chartSummary({
        total: formatCredits(table.total.spent),
        currency: currencyName,
        dimension: shown.by,
        window: windowText,
        top: table.rows.slice(0, 3).map((row) => ({ label: row.label, value: formatCredits(row.spent), share: formatters.percent(row.share, { maximumFractionDigits: 1 }) })),
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
          {props.creditsCurrencyId === undefined && currencies.length > 1 && currencyId !== undefined && (
            <CreditsCurrencyControl
              value={currencyId}
              options={currencies.map((row) => ({ id: row.credits_currency_id, name: row.currency_name || row.credits_currency_id }))}
              onChange={setPickedCurrency}
              label={labels.creditsCurrency}
            />
          )}
          <CreditUsageDimensionControl value={by} onChange={setBy} label={labels.dimension} names={{ signal: labels.bySignal, product: labels.byProduct }} />
          <WidgetToolbar
            timeRange={timeRangeControl(time, timeZone, props.now)}
            view={{ value: view, onChange: setView }}
            csv={windowCsv({ window: ready ? time.window : undefined, timeZone, slug: `credit-usage-${currencyId ?? ''}-by-${shown.by}`, columns, csvColumns, rows: table.rows, sort, footer: table.footer, onExport: props.onExportCsv })}
          />
        </>
      }
    >
      <WidgetBody refreshing={frame.refreshing}>
        {ready && (
          <StatList label={labels.headline}>
            <Stat id="spent" label={`${labels.spent} (${currencyName})`} value={formatCredits(table.total.spent)} hint={labels.spentNote} />
            <Stat id="spenders" label={labels.spenders(shown.by)} value={formatters.count(table.rows.length)} />
          </StatList>
        )}
        {ready && view === 'chart' && (
          <BarList
            rows={listRows}
            label="label"
            value="spent"
            caption={summary}
            valueFormatter={formatExact}
            limit={props.limit ?? 8}
            keepOrder
            colorByName
            labels={{ other: labels.other, total: labels.total, unnamed: labels.unnamed }}
            theme={theme}
            {...(props.onError ? { onError: props.onError } : {})}
          />
        )}
        {ready && view === 'table' && (
          <DataTable columns={columns} rows={table.rows} footerRows={table.footer} caption={labels.tableCaption} pageSize={props.pageSize} sort={sort ?? null} onSortChange={setSort} />
        )}
      </WidgetBody>
    </WidgetFrame>
  );
}

/** {@link CreditUsageWidget} inside its own error boundary: nothing thrown in it reaches the host page. */
export const CreditUsage = withWidgetBoundary(CreditUsageWidget, (props) => props.labels?.title ?? DEFAULT_CREDIT_USAGE_LABELS.title, 'CreditUsage');
