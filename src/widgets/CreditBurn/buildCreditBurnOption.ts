/**
 * The ECharts option of CreditBurn: credits granted and spent per bucket as bars on the left
 * axis, the balance at each bucket's end as a line on the right axis. Pure, so tests assert on
 * the option. Values are plotted as `Number(x)`; every text comes from the exact decimal text.
 */
import { axisNumberFormat } from '../../ui/Chart/axisNumberFormat';
import { PARTIAL_PERIOD_ITEM_STYLE } from '../../ui/Chart/partialPeriodStyle';
import { bucketSpanLabel, type BucketSpan } from '../../ui/time/bucketSpans';
import { signOfDecimal } from '../../core/decimal/decimalArithmetic';
import type { Formatters } from '../../core/format/createFormatters';
import type { CreditBurnGranularity } from '../../core/queries/creditBurn';
import type { ResolvedTheme } from '../../theme/types';
import { escapeRichText } from '../../ui/Chart/escapeRichText';
import { tooltipHtml, type TooltipRow } from '../../ui/Chart/tooltipHtml';
import { fullBucketLabel, shortBucketLabel } from '../shared/bucketLabels';
import type { CreditBurnLabels } from './creditBurnLabels';
import type { CreditBurnPoint } from './fillCreditBurnGaps';

export interface CreditBurnOptionInput {
  points: readonly CreditBurnPoint[];
  granularity: CreditBurnGranularity;
  formatters: Formatters;
  /** Exact credits (the widget's `valueFormatter`, else `formatters.count`). */
  formatValue: (value: string) => string;
  theme: ResolvedTheme;
  labels: Pick<CreditBurnLabels, 'granted' | 'spent' | 'pending' | 'balance'>;
  /**
   * Where each bucket really starts and ends inside the window (`bucketSpans`, aligned with
   * `points`): partial first / last periods are faded and labelled with their real dates.
   */
  spans?: readonly BucketSpan[];
  /** Under a partial period's tooltip. */
  partialNote?: string;
  /** Series switched off in the legend (`CREDIT_BURN_SERIES` ids): left out of the chart, not of the tooltip. */
  hidden?: ReadonlySet<string>;
}

interface AxisTooltipParam {
  dataIndex: number;
  seriesId?: string;
  color?: unknown;
}

/** Series ids, stable for tests and hosts' `onEvents`. */
export const CREDIT_BURN_SERIES = { granted: 'granted', spent: 'spent', balance: 'balance' } as const;

/** A series' colour in `theme`: the chart draws it, and the HTML legend shows the same swatch. */
export function creditBurnSeriesColor(id: keyof typeof CREDIT_BURN_SERIES, theme: ResolvedTheme): string {
  return id === 'granted' ? theme.colors.positive : id === 'spent' ? theme.colors.negative : theme.colors.primary;
}

/** Bars for grants and spends, a line for the balance on a second axis. */
export function buildCreditBurnOption(input: CreditBurnOptionInput): Record<string, unknown> {
  const { points, granularity, formatters, formatValue, theme, labels } = input;
  const categories = points.map((point) => point.bucket.toISOString());
  const spans = input.spans?.length === points.length ? input.spans : undefined;
  const partial = points.map((_, index) => spans?.[index]?.partial === true);
  const shortLabel = (index: number) => (spans ? bucketSpanLabel(spans[index]!, granularity, formatters, false) : shortBucketLabel(points[index]!.bucket, granularity, formatters));
  const longLabel = (index: number) => (spans ? bucketSpanLabel(spans[index]!, granularity, formatters, true) : fullBucketLabel(points[index]!.bucket, granularity, formatters));
  const axisLabels = new Map(points.map((point, index) => [point.bucket.toISOString(), shortLabel(index)]));
  // One tick style per axis, per locale (de-DE never shows 8000 beside 10.000).
  const largest = (read: (point: CreditBurnPoint) => string) => points.reduce((top, point) => Math.max(top, Math.abs(Number(read(point)) || 0)), 0);
  const barTicks = axisNumberFormat(formatters.locale, Math.max(largest((point) => point.granted), largest((point) => point.spent)));
  const lineTicks = axisNumberFormat(formatters.locale, largest((point) => point.balance));
  const bar = (value: string, index: number) => (partial[index] ? { value: Number(value), itemStyle: PARTIAL_PERIOD_ITEM_STYLE } : Number(value));

  const tooltipFormatter = (params: AxisTooltipParam | AxisTooltipParam[]): string => {
    const list = Array.isArray(params) ? params : [params];
    const index = list[0]?.dataIndex;
    const point = index === undefined ? undefined : points[index];
    if (point === undefined) return '';
    const colors = new Map(list.map((param) => [param.seriesId, param.color]));
    const colorOf = (id: string) => {
      const color = colors.get(id);
      return typeof color === 'string' ? { color } : {};
    };
    const rows: TooltipRow[] = [
      { label: labels.granted, value: formatValue(point.granted), ...colorOf(CREDIT_BURN_SERIES.granted) },
      { label: labels.spent, value: formatValue(point.spent), ...colorOf(CREDIT_BURN_SERIES.spent) },
    ];
    if (signOfDecimal(point.pending) !== 0) rows.push({ label: labels.pending, value: formatValue(point.pending) });
    rows.push({ label: labels.balance, value: formatValue(point.balance), emphasis: true, ...colorOf(CREDIT_BURN_SERIES.balance) });
    return tooltipHtml({ title: longLabel(index!), rows, ...(partial[index!] && input.partialNote ? { footer: input.partialNote } : {}) });
  };

  return {
    // The grid's box holds the axis labels too (ECharts 6's form of `containLabel`). The legend is HTML, above the chart.
    grid: { left: 8, right: 8, top: 12, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: tooltipFormatter },
    xAxis: {
      type: 'category',
      data: categories,
      axisLabel: { formatter: (value: string) => escapeRichText(axisLabels.get(value) ?? value), hideOverlap: true },
    },
    yAxis: [
      { type: 'value', minInterval: 1, axisLabel: { formatter: (value: number) => escapeRichText(barTicks(value)) } },
      // Ticks on the grid lines of the left axis.
      { type: 'value', minInterval: 1, alignTicks: true, splitLine: { show: false }, axisLabel: { formatter: (value: number) => escapeRichText(lineTicks(value)) } },
    ],
    series: [
      {
        id: CREDIT_BURN_SERIES.granted,
        name: labels.granted,
        type: 'bar',
        yAxisIndex: 0,
        barMaxWidth: 32,
        itemStyle: { color: creditBurnSeriesColor('granted', theme) },
        data: points.map((point, index) => bar(point.granted, index)),
      },
      {
        id: CREDIT_BURN_SERIES.spent,
        name: labels.spent,
        type: 'bar',
        yAxisIndex: 0,
        barMaxWidth: 32,
        itemStyle: { color: creditBurnSeriesColor('spent', theme) },
        data: points.map((point, index) => bar(point.spent, index)),
      },
      {
        id: CREDIT_BURN_SERIES.balance,
        name: labels.balance,
        type: 'line',
        yAxisIndex: 1,
        symbol: 'none',
        itemStyle: { color: creditBurnSeriesColor('balance', theme) },
        lineStyle: { color: creditBurnSeriesColor('balance', theme), width: 2 },
        data: points.map((point) => Number(point.balance)),
      },
    ].filter((series) => !input.hidden?.has(series.id)),
  };
}
