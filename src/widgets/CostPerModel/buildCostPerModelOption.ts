/**
 * The ECharts option of CostPerModel: horizontal bars, one per vendor × model, most expensive on
 * top, coloured (and in the legend) by vendor. Pure: the same bars, formatters and labels always
 * give the same option, so tests assert on it instead of pixels.
 *
 * Costs are plotted as `Number(cents)`; every text a person reads — bar label, tooltip, legend,
 * axis — comes from the exact decimal string through the formatters and the escaping helpers.
 */
import type { Formatters } from '../../core/format/createFormatters';
import { escapeRichText } from '../../ui/Chart/escapeRichText';
import { tooltipHtml, type TooltipRow } from '../../ui/Chart/tooltipHtml';
import type { CostPerModelBars } from './costPerModelBars';
import type { CostPerModelFormat } from './costPerModelFormat';
import type { CostPerModelLabels } from './costPerModelLabels';

export interface CostPerModelOptionInput {
  bars: CostPerModelBars;
  /** Axis ticks (compact currency). */
  formatters: Formatters;
  /** Every exact number in labels and tooltips. */
  format: CostPerModelFormat;
  labels: Pick<CostPerModelLabels, 'vendor' | 'cost' | 'calls' | 'inputTokens' | 'outputTokens' | 'averageLatency' | 'signals' | 'costPerSignal'>;
}

/** The parts of a tooltip or label formatter's params used here. */
interface FormatterParam {
  dataIndex: number;
  seriesId?: string;
  color?: unknown;
}

/** Marks "no bar of this vendor here" in a vendor's series (ECharts' empty value). */
const EMPTY = '-';

/** The horizontal-bar option for `AnalyticsChart`. */
export function buildCostPerModelOption(input: CostPerModelOptionInput): Record<string, unknown> {
  const { bars, formatters, format, labels } = input;
  const axisLabels = new Map(bars.bars.map((bar) => [bar.id, bar.label]));

  const tooltipFormatter = (params: FormatterParam | FormatterParam[]): string => {
    const list = Array.isArray(params) ? params : [params];
    const index = list[0]?.dataIndex;
    const bar = index === undefined ? undefined : bars.bars[index];
    if (bar === undefined) return '';
    const vendor = bars.vendors[bar.vendorIndex]!;
    const color = list.find((param) => param.seriesId === vendor.id)?.color;
    const { row } = bar;
    const rows: TooltipRow[] = [
      { label: labels.vendor, value: vendor.label, ...(typeof color === 'string' ? { color } : {}) },
      { label: labels.cost, value: format.cost(row.cost_amount), emphasis: true },
      { label: labels.calls, value: format.count(row.calls) },
      { label: labels.inputTokens, value: format.tokens(row.input_tokens) },
      { label: labels.outputTokens, value: format.tokens(row.output_tokens) },
      { label: labels.averageLatency, value: format.latency(row.avg_latency_ms) },
    ];
    if (row.signals !== null) {
      rows.push({ label: labels.signals, value: format.count(row.signals) });
      rows.push({ label: labels.costPerSignal, value: row.cost_per_signal === null ? '—' : format.cost(row.cost_per_signal) });
    }
    return tooltipHtml({ title: bar.modelLabel, rows });
  };

  const barLabel = (param: FormatterParam): string => {
    const bar = bars.bars[param.dataIndex];
    return bar === undefined ? '' : escapeRichText(format.cost(bar.row.cost_amount));
  };

  return {
    // Room on the right for the cost label at the end of the longest bar.
    grid: { left: 8, right: 88, top: 32, bottom: 8 },
    legend: {
      type: 'scroll',
      top: 0,
      data: bars.vendors.map((vendor) => vendor.label),
      formatter: (name: string) => escapeRichText(name),
    },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: tooltipFormatter,
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: bars.bars.map((bar) => bar.id),
      axisTick: { show: false },
      axisLabel: { formatter: (id: string) => escapeRichText(axisLabels.get(id) ?? ''), width: 160, overflow: 'truncate' },
    },
    xAxis: {
      type: 'value',
      axisLabel: { formatter: (cents: number) => escapeRichText(formatters.cents(cents, { notation: 'compact' })), hideOverlap: true },
    },
    series: bars.vendors.map((vendor, vendorIndex) => ({
      id: vendor.id,
      name: vendor.label,
      type: 'bar',
      // One stack: each category has exactly one vendor's bar, so bars stay centred on their row.
      stack: 'cost',
      barMaxWidth: 24,
      data: bars.bars.map((bar) => (bar.vendorIndex === vendorIndex ? Number(bar.row.cost_amount) : EMPTY)),
      label: { show: true, position: 'right', formatter: barLabel },
      emphasis: { focus: 'series' },
    })),
  };
}
