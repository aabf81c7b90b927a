'use client';
import { useMemo, useState } from 'react';
import { billingPeriodUsage, type BillingPeriodUsageInput, type BillingPeriodUsageRow } from '../../core/queries/billingPeriodUsage';
import { useNamedQuery } from '../../react/useNamedQuery';
import { useResolvedTheme } from '../../theme/useResolvedTheme';
import { LazyDataTable as DataTable } from '../../ui/DataTable/LazyDataTable';
import type { DataTableSort } from '../../ui/DataTable/types';
import { useBoundaryRefetch } from '../../ui/ErrorBoundary/BoundaryRefetchContext';
import { withWidgetBoundary } from '../../ui/ErrorBoundary/withWidgetBoundary';
import { Stat, StatList } from '../../ui/Stat/Stat';
import type { WidgetView } from '../../ui/ViewToggle/ViewToggle';
import { WidgetFrame } from '../../ui/WidgetFrame/WidgetFrame';
import { frameHostProps } from '../shared/frameHostProps';
import { useWidgetFormatters } from '../shared/useWidgetFormatters';
import { widgetFrameState } from '../shared/widgetFrameState';
import type { WidgetBaseProps } from '../shared/widgetProps';
import { WidgetBody } from '../shared/WidgetBody';
import { WidgetToolbar } from '../shared/WidgetToolbar';
import { useWidgetView } from '../shared/useWidgetView';
import { useAmountFormat } from '../shared/useAmountFormat';
import { truncationProps } from '../shared/truncationProps';
import { billedUsageColumns, billedUsageTable } from './billedUsageTable';
import { DEFAULT_BILLED_USAGE_LABELS, type BilledUsageLabels } from './billedUsageLabels';
import { UsageMeters } from './UsageMeters';

export interface BilledUsageProps extends Omit<WidgetBaseProps, 'height'>, Pick<BillingPeriodUsageInput, 'asOf' | 'customerId' | 'signalName'> {
  /**
   * Meters shown, largest projected overage first; the rest are counted under them (the table lists every signal).
   * @default 10
   */
  limit?: number;
  /**
   * ISO 4217 currency of the overage prices (the organization's billing currency).
   * @default the provider's
   */
  currency?: string;
  /**
   * Formats every amount shown (exact cents).
   * @default the provider's `formatCents` in `currency`
   */
  amountFormatter?: (cents: bigint, currency: string) => string;
  /** Text overrides (translation). */
  labels?: Partial<BilledUsageLabels>;
}

const NO_ROWS: readonly BillingPeriodUsageRow[] = [];

/**
 * Per signal billed on usage: signals used in the current billing period against the included
 * quantity, the overage so far and projected to the period's end — with how the projection is
 * computed written under it. As meters (used, over the allowance, projected, the allowance mark) or
 * a table with the total row equal to the headline. Data from the `billing-period-usage` named
 * query; counts and cents exact.
 */
function BilledUsageWidget(props: BilledUsageProps) {
  const formatters = useWidgetFormatters(undefined);
  const labels: BilledUsageLabels = { ...DEFAULT_BILLED_USAGE_LABELS, ...props.labels };
  const theme = useResolvedTheme(props.theme);
  const [view, setView] = useWidgetView(props);
  const [sort, setSort] = useState<DataTableSort | undefined>(undefined);
  const currency = props.currency ?? formatters.currency;

  const input: BillingPeriodUsageInput = {
    ...(props.asOf === undefined ? {} : { asOf: props.asOf }),
    ...(props.customerId === undefined ? {} : { customerId: props.customerId }),
    ...(props.signalName === undefined ? {} : { signalName: props.signalName }),
  };
  const result = useNamedQuery(billingPeriodUsage, input, { fetcher: props.fetcher, keepPreviousData: true, refetchIntervalMs: props.refetchIntervalMs });
  const frame = widgetFrameState([result]);
  useBoundaryRefetch(frame.refetchAll);

  const formatAmount = useAmountFormat(props.amountFormatter, currency, formatters);
  const rows = result.data ?? NO_ROWS;
  const table = useMemo(() => billedUsageTable(rows, labels), [rows, labels.total, labels.unnamedSignal]); // eslint-disable-line react-hooks/exhaustive-deps
  const columns = useMemo(() => billedUsageColumns({ currency, formatAmount, formatters, labels }), [currency, formatAmount, formatters, JSON.stringify(props.labels ?? {})]); // eslint-disable-line react-hooks/exhaustive-deps
  const empty = result.data !== undefined && rows.length === 0;
  const ready = result.data !== undefined && !empty;

  // One period (one customer): its dates and the day; several: the span of them all.
  const subtitle = useMemo(() => {
    if (!ready) return undefined;
    const first = rows.reduce((min, row) => (row.period_start < min ? row.period_start : min), rows[0]!.period_start);
    const last = rows.reduce((max, row) => (row.period_end > max ? row.period_end : max), rows[0]!.period_end);
    const single = rows.every((row) => row.period_start === first && row.period_end === last && row.customers <= 1n);
    if (!single) return labels.periods(formatters.date(first), formatters.date(last));
    const days = Math.round((Date.parse(last) - Date.parse(first)) / 86_400_000) + 1;
    const day = Math.min(days, Math.max(1, Math.ceil(rows[0]!.elapsed_share * days)));
    return labels.period(formatters.date(first), formatters.date(last), day, days);
  }, [ready, rows, formatters, labels.period, labels.periods]); // eslint-disable-line react-hooks/exhaustive-deps

  const top = table.rows[0];
  const summary = ready
    ? labels.chartSummary({
        signals: table.rows.length,
        over: table.rows.filter((row) => row.overage > 0n).length,
        overageAmount: formatAmount(table.total.overageAmount),
        projectedAmount: formatAmount(table.total.projectedAmount),
        top: top && { label: top.label, used: formatters.count(top.used), included: formatters.count(top.included), projected: formatters.count(top.projected) },
      })
    : '';

  return (
    <WidgetFrame
      {...frameHostProps(props, frame)}
      title={props.title ?? labels.title}
      subtitle={props.subtitle ?? subtitle}
      theme={theme}
      error={frame.error}
      empty={empty}
      {...truncationProps(frame, formatters)}
      footer={ready ? <span data-paw-projection-method="">{labels.projectionMethod}</span> : undefined}
      toolbar={
        <WidgetToolbar
          view={{ value: view, onChange: setView }}
          csv={ready ? { columns, rows: table.rows, sort, footer: [table.total], filename: `billed-usage-${rows[0]!.period_start}.csv`, onExport: props.onExportCsv } : undefined}
        />
      }
    >
      <WidgetBody refreshing={frame.refreshing}>
        {ready && (
          <StatList label={labels.headline}>
            <Stat id="overage" label={labels.overageSoFar} value={formatAmount(table.total.overageAmount)} hint={labels.overageSoFarNote(formatters.count(table.total.overage))} />
            <Stat id="projected" label={labels.projectedAtEnd} value={formatAmount(table.total.projectedAmount)} hint={labels.projectedAtEndNote} />
          </StatList>
        )}
        {ready && view === 'chart' && (
          <UsageMeters
            rows={table.rows.slice(0, Math.max(1, props.limit ?? 10))}
            more={table.rows.length > Math.max(1, props.limit ?? 10) ? labels.moreSignals(formatters.count(table.rows.length - Math.max(1, props.limit ?? 10))) : undefined}
            caption={summary}
            text={(row) => labels.meterText(formatters.count(row.used), formatters.count(row.included), formatters.count(row.projected))}
            theme={theme}
          />
        )}
        {ready && view === 'table' && (
          <DataTable columns={columns} rows={table.rows} footerRows={[table.total]} caption={labels.tableCaption} pageSize={props.pageSize} sort={sort ?? null} onSortChange={setSort} />
        )}
      </WidgetBody>
    </WidgetFrame>
  );
}

/** {@link BilledUsageWidget} inside its own error boundary: nothing thrown in it reaches the host page. */
export const BilledUsage = withWidgetBoundary(BilledUsageWidget, (props) => props.labels?.title ?? DEFAULT_BILLED_USAGE_LABELS.title, 'BilledUsage');
