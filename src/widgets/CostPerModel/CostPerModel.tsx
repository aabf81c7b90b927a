'use client';
import { useMemo, useState } from 'react';
import type { CostPerModelInput } from '../../core/queries/costPerModel';
import { useAnalyticsContext } from '../../react/useAnalyticsContext';
import { useCostPerModel } from '../../react/useCostPerModel';
import { useResolvedTheme } from '../../theme/useResolvedTheme';
import { BarList } from '../../ui/BarList/BarList';
import { useControllableState } from '../../ui/controllableState/useControllableState';
import { LazyDataTable as DataTable } from '../../ui/DataTable/LazyDataTable';
import type { DataTableSort } from '../../ui/DataTable/types';
import { useBoundaryRefetch } from '../../ui/ErrorBoundary/BoundaryRefetchContext';
import { withWidgetBoundary } from '../../ui/ErrorBoundary/withWidgetBoundary';
import type { NumericValue } from '../../ui/series/fields';
import type { WidgetView } from '../../ui/ViewToggle/ViewToggle';
import { WidgetFrame } from '../../ui/WidgetFrame/WidgetFrame';
import { describeWindow } from '../shared/describeWindow';
import { HeadlineStats } from '../shared/HeadlineStats';
import { useParamsOfData } from '../shared/useParamsOfData';
import { useTimeWindow, type TimeWindowProps } from '../shared/useTimeWindow';
import { useWidgetFormatters } from '../shared/useWidgetFormatters';
import { widgetFrameState } from '../shared/widgetFrameState';
import { DEFAULT_CHART_HEIGHT, type WidgetBaseProps } from '../shared/widgetProps';
import { WidgetBody } from '../shared/WidgetBody';
import { WidgetToolbar } from '../shared/WidgetToolbar';
import { costPerModelBars } from './costPerModelBars';
import { costPerModelColumns, costPerModelTableRows, costPerModelTotalRow } from './costPerModelColumns';
import { costPerModelFormat } from './costPerModelFormat';
import { costPerModelHeadline } from './costPerModelHeadline';
import { DEFAULT_COST_PER_MODEL_LABELS, type CostPerModelLabels } from './costPerModelLabels';
import { summarizeCostPerModel } from './summarizeCostPerModel';

/** The query's default `limit` (see `cost-per-model`). */
const DEFAULT_LIMIT = 20;
/** Bars before the rest are summed into "Other models". */
const DEFAULT_MAX_BARS = 10;

export interface CostPerModelProps
  extends WidgetBaseProps,
    TimeWindowProps,
    Pick<CostPerModelInput, 'productId' | 'customerId' | 'vendor' | 'limit' | 'includeCostPerSignal'> {
  /**
   * Formats every cost shown (exact cents as a decimal string, e.g. `'0.0423150000'`).
   * @default the provider's `formatCents`
   */
  costFormatter?: (cents: string) => string;
  /**
   * Formats calls and signals.
   * @default the provider's `formatCount`
   */
  countFormatter?: (value: bigint) => string;
  /**
   * Formats token counts.
   * @default the provider's `formatTokens`, in full (not compact)
   */
  tokensFormatter?: (value: bigint) => string;
  /**
   * Formats the mean latency in milliseconds.
   * @default the provider's `formatDuration`
   */
  latencyFormatter?: (ms: number) => string;
  /**
   * Bars in the chart view before the rest are summed into one "Other models" bar.
   * @default 10
   */
  maxBars?: number;
  /** Text overrides (translation). */
  labels?: Partial<CostPerModelLabels>;
}

/**
 * AI spend by vendor and model — `SUM(cost_amount)` with calls, input / output tokens and mean
 * latency, optionally the cost per signal through `trace_id` — as a ranked bar list coloured by
 * vendor (the rest in "Other models", and the total), or a table with its total row. Data from the
 * `cost-per-model` named query; every cost shown is the exact fractional-cent value. A composition
 * of `WidgetFrame`, the headline, `BarList` and `DataTable`.
 */
function CostPerModelWidget(props: CostPerModelProps) {
  const context = useAnalyticsContext();
  const timeZone = props.timeZone ?? context.timeZone;
  const formatters = useWidgetFormatters(timeZone);
  const labels: CostPerModelLabels = { ...DEFAULT_COST_PER_MODEL_LABELS, ...props.labels };
  const theme = useResolvedTheme(props.theme);
  const { costFormatter, countFormatter, tokensFormatter, latencyFormatter } = props;
  const format = useMemo(
    () =>
      costPerModelFormat(formatters, {
        ...(costFormatter === undefined ? {} : { cost: costFormatter }),
        ...(countFormatter === undefined ? {} : { count: countFormatter }),
        ...(tokensFormatter === undefined ? {} : { tokens: tokensFormatter }),
        ...(latencyFormatter === undefined ? {} : { latency: latencyFormatter }),
      }),
    [formatters, costFormatter, countFormatter, tokensFormatter, latencyFormatter],
  );

  const time = useTimeWindow(props, timeZone);
  const [view, setView] = useControllableState<WidgetView>({ value: props.view, defaultValue: props.defaultView ?? 'chart', onChange: props.onViewChange });
  const [sort, setSort] = useState<DataTableSort | undefined>(undefined);

  const includeCostPerSignal = props.includeCostPerSignal ?? false;
  const input: CostPerModelInput = {
    ...time.input,
    ...(props.productId === undefined ? {} : { productId: props.productId }),
    ...(props.customerId === undefined ? {} : { customerId: props.customerId }),
    ...(props.vendor === undefined ? {} : { vendor: props.vendor }),
    ...(props.limit === undefined ? {} : { limit: props.limit }),
    ...(includeCostPerSignal ? { includeCostPerSignal } : {}),
  };
  const costs = useCostPerModel(input, { fetcher: props.fetcher, keepPreviousData: true, refetchIntervalMs: props.refetchIntervalMs, enabled: time.error === undefined });
  const frame = widgetFrameState([costs]);
  useBoundaryRefetch(frame.refetchAll);
  const error = time.error ?? frame.error;

  // Describe the rows with the window (and columns) they were fetched for (keepPreviousData).
  const shown = useParamsOfData(costs, { window: time.window, includeCostPerSignal });
  const { unnamedModel, unnamedVendor } = labels;
  const bars = useMemo(
    () => (costs.data === undefined ? undefined : costPerModelBars(costs.data, { unnamedModel, unnamedVendor })),
    [costs.data, unnamedModel, unnamedVendor],
  );
  const barRows = useMemo(() => (bars ? bars.bars.map((bar) => ({ label: bar.label, vendor: bar.vendorLabel, cost: bar.row.cost_amount })) : []), [bars]);

  const optionLabels = pickLabels(labels);
  const columns = useMemo(
    () => costPerModelColumns({ format, currency: formatters.currency, includeCostPerSignal: shown.includeCostPerSignal, labels: optionLabels }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [format, formatters.currency, shown.includeCostPerSignal, JSON.stringify(optionLabels)],
  );
  const tableRows = useMemo(() => (bars ? costPerModelTableRows(bars) : []), [bars]);
  const footerRows = useMemo(() => (bars ? [costPerModelTotalRow(bars, labels.total)] : []), [bars, labels.total]);
  const summaryText = bars ? summarizeCostPerModel({ bars, window: shown.window, formatters, format, labels }) : '';
  const empty = bars !== undefined && bars.bars.length === 0;
  const limited = bars !== undefined && bars.bars.length >= (props.limit ?? DEFAULT_LIMIT);
  const formatCost = useMemo(() => (value: NumericValue) => format.cost(String(value)), [format]);

  return (
    <WidgetFrame
      title={props.title ?? labels.title}
      subtitle={props.subtitle ?? (time.window ? describeWindow(time.window, formatters) : undefined)}
      theme={theme}
      className={props.className}
      style={props.style}
      headingLevel={props.headingLevel}
      loading={frame.loading}
      error={error}
      onRetry={frame.retry}
      empty={empty}
      truncated={frame.truncated}
      truncatedRowCount={frame.truncatedRowCount === undefined ? undefined : formatters.count(frame.truncatedRowCount)}
      errorMessages={{ ...COST_PER_MODEL_ERROR_MESSAGES, ...props.errorMessages }}
      onError={props.onError}
      updatedAt={props.showUpdated ? frame.updatedAt : undefined}
      loadingHeight={props.height ?? DEFAULT_CHART_HEIGHT}
      toolbar={
        <WidgetToolbar
          timeRange={time.fixed ? undefined : { value: time.range, onChange: time.setRange, timeZone, now: props.now }}
          view={{ value: view, onChange: setView }}
          csv={
            time.window
              ? {
                  columns,
                  rows: tableRows,
                  sort,
                  footer: footerRows,
                  filename: { slug: 'cost-per-model', window: time.window, timeZone },
                  onExport: props.onExportCsv,
                }
              : undefined
          }
        />
      }
    >
      <WidgetBody refreshing={frame.refreshing}>
        {bars && <HeadlineStats label={labels.headline} stats={costPerModelHeadline(bars, format, labels, limited)} />}
        {view === 'chart' && bars ? (
          <BarList
            rows={barRows}
            label="label"
            value="cost"
            colorBy="vendor"
            keepOrder
            caption={labels.tableCaption}
            summary={summaryText}
            legendLabel={labels.vendor}
            valueFormatter={formatCost}
            limit={props.maxBars ?? DEFAULT_MAX_BARS}
            labels={{ other: labels.otherModels, total: labels.total, unnamed: labels.unnamedModel }}
            theme={theme}
          />
        ) : null}
        {view === 'table' && bars ? (
          <DataTable columns={columns} rows={tableRows} footerRows={footerRows} caption={labels.tableCaption} pageSize={props.pageSize} sort={sort ?? null} onSortChange={setSort} />
        ) : null}
      </WidgetBody>
    </WidgetFrame>
  );
}

/** CostPerModel has no granularity: its timeout message says what does help. */
const COST_PER_MODEL_ERROR_MESSAGES = {
  QUERY_TIMEOUT: { title: 'The report took too long', description: 'Try a shorter time range or fewer filters, or try again.' },
};

/** The labels the option builder and the columns read (plain strings, so they compare by value). */
function pickLabels(labels: CostPerModelLabels) {
  const { vendor, model, cost, calls, inputTokens, outputTokens, averageLatency, signals, costPerSignal } = labels;
  return { vendor, model, cost, calls, inputTokens, outputTokens, averageLatency, signals, costPerSignal };
}

/** {@link CostPerModelWidget} inside its own error boundary: nothing thrown in it reaches the host page. */
export const CostPerModel = withWidgetBoundary(CostPerModelWidget, (props) => props.labels?.title ?? DEFAULT_COST_PER_MODEL_LABELS.title, 'CostPerModel');
