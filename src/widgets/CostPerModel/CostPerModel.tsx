'use client';
import { useMemo } from 'react';
import type { EChartsType } from 'echarts/core';
import type { CostPerModelInput } from '../../core/queries/costPerModel';
import { useAnalyticsContext } from '../../react/useAnalyticsContext';
import { useCostPerModel } from '../../react/useCostPerModel';
import { useResolvedTheme } from '../../theme/useResolvedTheme';
import { AnalyticsChart } from '../../ui/Chart/AnalyticsChart';
import { useControllableState } from '../../ui/controllableState/useControllableState';
import { tableColumnsToCsv } from '../../ui/csv/tableColumnsToCsv';
import { LazyDataTable as DataTable } from '../../ui/DataTable/LazyDataTable';
import type { WidgetView } from '../../ui/ViewToggle/ViewToggle';
import { WidgetFrame } from '../../ui/WidgetFrame/WidgetFrame';
import { useBoundaryRefetch } from '../../ui/ErrorBoundary/BoundaryRefetchContext';
import { withWidgetBoundary } from '../../ui/ErrorBoundary/withWidgetBoundary';
import { csvFilename } from '../shared/csvFilename';
import { describeWindow } from '../shared/describeWindow';
import { HeadlineStats } from '../shared/HeadlineStats';
import { useParamsOfData } from '../shared/useParamsOfData';
import { useTimeWindow, type TimeWindowProps } from '../shared/useTimeWindow';
import { useWidgetFormatters } from '../shared/useWidgetFormatters';
import { widgetFrameState } from '../shared/widgetFrameState';
import { DEFAULT_CHART_HEIGHT, type WidgetBaseProps } from '../shared/widgetProps';
import { WidgetBody } from '../shared/WidgetBody';
import { WidgetToolbar } from '../shared/WidgetToolbar';
import { buildCostPerModelOption } from './buildCostPerModelOption';
import { costPerModelBars } from './costPerModelBars';
import { costPerModelColumns, costPerModelTableRows } from './costPerModelColumns';
import { costPerModelFormat } from './costPerModelFormat';
import { costPerModelHeadline } from './costPerModelHeadline';
import { DEFAULT_COST_PER_MODEL_LABELS, type CostPerModelLabels } from './costPerModelLabels';
import { registerCostPerModelChart } from './registerCostPerModelChart';
import { summarizeCostPerModel } from './summarizeCostPerModel';

const echarts = registerCostPerModelChart();

/** The query's default `limit` (see `cost-per-model`). */
const DEFAULT_LIMIT = 20;
/** Height per bar when the chart sizes itself, and the most it grows to. */
const BAR_ROW_HEIGHT = 28;
const MAX_AUTO_HEIGHT = 1_200;

export interface CostPerModelProps
  extends WidgetBaseProps,
    TimeWindowProps,
    Pick<CostPerModelInput, 'productId' | 'customerId' | 'vendor' | 'limit' | 'includeCostPerSignal'> {
  /** Formats every cost shown (exact cents as a decimal string, e.g. `'0.0423150000'`). Default: the provider's `formatCents`. */
  costFormatter?: (cents: string) => string;
  /** Formats calls and signals. Default: the provider's `formatCount`. */
  countFormatter?: (value: bigint) => string;
  /** Formats token counts. Default: the provider's `formatTokens`, in full (not compact). */
  tokensFormatter?: (value: bigint) => string;
  /** Formats the mean latency in milliseconds. Default: the provider's `formatDuration`. */
  latencyFormatter?: (ms: number) => string;
  /** Text overrides (translation). */
  labels?: Partial<CostPerModelLabels>;
  /** Called with the ECharts instance once the chart is drawn. */
  onChartReady?: (chart: EChartsType) => void;
}

/**
 * AI spend by vendor and model — `SUM(cost_amount)` with calls, input / output tokens and mean
 * latency, optionally the cost per signal through `trace_id` — as horizontal bars coloured by
 * vendor, or a table. Data from the `cost-per-model` named query; every cost shown is the exact
 * fractional-cent value.
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
  const [view, setView] = useControllableState<WidgetView>({
    value: props.view,
    defaultValue: props.defaultView ?? 'chart',
    onChange: props.onViewChange,
  });

  const includeCostPerSignal = props.includeCostPerSignal ?? false;
  const input: CostPerModelInput = {
    ...time.input,
    ...(props.productId === undefined ? {} : { productId: props.productId }),
    ...(props.customerId === undefined ? {} : { customerId: props.customerId }),
    ...(props.vendor === undefined ? {} : { vendor: props.vendor }),
    ...(props.limit === undefined ? {} : { limit: props.limit }),
    ...(includeCostPerSignal ? { includeCostPerSignal } : {}),
  };
  const costs = useCostPerModel(input, { fetcher: props.fetcher, keepPreviousData: true, enabled: time.error === undefined });
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

  const optionLabels = pickLabels(labels);
  const option = useMemo(
    () => bars && buildCostPerModelOption({ bars, formatters, format, labels: optionLabels }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [bars, formatters, format, JSON.stringify(optionLabels)],
  );
  const columns = useMemo(
    () => costPerModelColumns({ format, currency: formatters.currency, includeCostPerSignal: shown.includeCostPerSignal, labels: optionLabels }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [format, formatters.currency, shown.includeCostPerSignal, JSON.stringify(optionLabels)],
  );
  const tableRows = useMemo(() => (bars ? costPerModelTableRows(bars) : []), [bars]);
  const csvColumns = useMemo(() => tableColumnsToCsv(columns), [columns]);
  const summaryText = bars ? summarizeCostPerModel({ bars, window: shown.window, formatters, format, labels }) : '';
  const empty = bars !== undefined && bars.bars.length === 0;
  const limited = bars !== undefined && bars.bars.length >= (props.limit ?? DEFAULT_LIMIT);
  const chartHeight =
    props.height ?? Math.min(MAX_AUTO_HEIGHT, Math.max(DEFAULT_CHART_HEIGHT, 56 + BAR_ROW_HEIGHT * (bars?.bars.length ?? 0)));

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
      errorMessages={props.errorMessages}
      onError={props.onError}
      loadingHeight={props.height ?? DEFAULT_CHART_HEIGHT}
      toolbar={
        <WidgetToolbar
          timeRange={time.fixed ? undefined : { value: time.range, onChange: time.setRange, timeZone, now: props.now }}
          view={{ value: view, onChange: setView }}
          csv={
            time.window
              ? { columns: csvColumns, rows: tableRows, filename: csvFilename('cost-per-model', time.window, timeZone), onExport: props.onExportCsv }
              : undefined
          }
        />
      }
    >
      <WidgetBody refreshing={frame.refreshing}>
        {bars && <HeadlineStats label={labels.headline} stats={costPerModelHeadline(bars, format, labels, limited)} />}
        {view === 'chart' && option ? (
          <AnalyticsChart echarts={echarts} option={option} summary={summaryText} theme={theme} height={chartHeight} onChartReady={props.onChartReady} />
        ) : null}
        {view === 'table' && bars ? <DataTable columns={columns} rows={tableRows} caption={labels.tableCaption} pageSize={props.pageSize} /> : null}
      </WidgetBody>
    </WidgetFrame>
  );
}

/** The labels the option builder and the columns read (plain strings, so they compare by value). */
function pickLabels(labels: CostPerModelLabels) {
  const { vendor, model, cost, calls, inputTokens, outputTokens, averageLatency, signals, costPerSignal } = labels;
  return { vendor, model, cost, calls, inputTokens, outputTokens, averageLatency, signals, costPerSignal };
}

/** {@link CostPerModelWidget} inside its own error boundary: nothing thrown in it reaches the host page. */
export const CostPerModel = withWidgetBoundary(CostPerModelWidget, (props) => props.labels?.title ?? DEFAULT_COST_PER_MODEL_LABELS.title, 'CostPerModel');
