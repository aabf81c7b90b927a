/**
 * The ECharts option of `TimeSeriesChart`: one bar / area / line series per series name,
 * stacked or not, each in its name's stable colour; partial first and last periods drawn hatched
 * (bars) or with a hollow point (areas and lines) and labelled with their real dates on the axis and in the
 * tooltip. Pure: tests assert on the option, not on pixels. Values are plotted as `Number(x)`;
 * every text a person reads comes from the exact value through the formatters, escaped.
 */
import type { NumericValue } from '../series/fields';
import { plotNumber } from '../series/sumValues';
import { escapeRichText } from '../Chart/escapeRichText';
import { PARTIAL_PERIOD_ITEM_STYLE } from '../Chart/partialPeriodStyle';
import { tooltipHtml, type TooltipRow } from '../Chart/tooltipHtml';
import type { TimeSeriesPivot } from './pivotTimeSeries';

/** How the series are drawn. */
export type TimeSeriesKind = 'bar' | 'area' | 'line';

export interface TimeSeriesOptionInput {
  pivot: TimeSeriesPivot;
  kind: TimeSeriesKind;
  stacked: boolean;
  /** Colour per series name. */
  colors: ReadonlyMap<string, string>;
  /** Names the person switched off in the legend. */
  hidden: ReadonlySet<string>;
  /** Per bucket: short axis label, long tooltip label, partial or not. */
  axisLabels: readonly string[];
  tooltipLabels: readonly string[];
  partial: readonly boolean[];
  formatValue: (value: NumericValue) => string;
  formatAxis: (value: number) => string;
  labels: { total: string; partial: string };
  /** The theme's muted colour. */
  muted: string;
  /** Draw the total row in the tooltip (stacked series). */
  showTotal: boolean;
}

interface AxisTooltipParam {
  dataIndex: number;
}

const SERIES_TYPE = { bar: 'bar', area: 'line', line: 'line' } as const;

/** The option for `AnalyticsChart`. */
export function buildTimeSeriesOption(input: TimeSeriesOptionInput): Record<string, unknown> {
  const { pivot, kind, stacked, colors, hidden, formatValue, labels } = input;
  const shown = pivot.series.filter((series) => !hidden.has(series.name));
  const categories = pivot.buckets.map((bucket) => bucket.toISOString());
  const axisText = new Map(categories.map((key, index) => [key, input.axisLabels[index] ?? key]));

  const tooltipFormatter = (params: AxisTooltipParam | AxisTooltipParam[]): string => {
    const index = (Array.isArray(params) ? params[0] : params)?.dataIndex;
    if (index === undefined || pivot.buckets[index] === undefined) return '';
    const rows: TooltipRow[] = shown.map((series) => ({
      label: series.label,
      value: formatValue(series.values[index] ?? 0),
      ...(colors.get(series.name) ? { color: colors.get(series.name)! } : {}),
    }));
    if (input.showTotal && shown.length > 1) rows.push({ label: labels.total, value: formatValue(pivot.bucketTotals[index]!), emphasis: true });
    const title = input.tooltipLabels[index] ?? '';
    return tooltipHtml({ title, rows, ...(input.partial[index] ? { footer: labels.partial } : {}) });
  };

  const series = shown.map((item, seriesIndex) => {
    const color = colors.get(item.name);
    // Partial periods: hatched bars; on lines and areas, a hollow point marks each partial one.
    const data = item.values.map((value, index) =>
      !input.partial[index]
        ? plotNumber(value)
        : kind === 'bar'
          ? { value: plotNumber(value), itemStyle: PARTIAL_PERIOD_ITEM_STYLE }
          : { value: plotNumber(value), symbol: 'emptyCircle', symbolSize: 7 },
    );
    return {
      id: `series-${seriesIndex}-${item.name}`,
      name: item.label,
      type: SERIES_TYPE[kind],
      ...(stacked ? { stack: 'total' } : {}),
      data,
      emphasis: { focus: 'series' },
      ...(color ? { itemStyle: { color }, lineStyle: { color } } : {}),
      ...(kind === 'bar' ? { barMaxWidth: 48 } : { symbol: 'none', smooth: false, ...(kind === 'area' ? { areaStyle: { opacity: stacked ? 0.85 : 0.25 } } : {}) }),
    };
  });

  return {
    grid: { left: 8, right: 16, top: 12, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    tooltip: { trigger: 'axis', axisPointer: { type: kind === 'bar' ? 'shadow' : 'line' }, formatter: tooltipFormatter },
    xAxis: {
      type: 'category',
      data: categories,
      boundaryGap: kind === 'bar',
      axisLabel: { formatter: (value: string) => escapeRichText(axisText.get(value) ?? value), hideOverlap: true },
    },
    yAxis: {
      type: 'value',
      axisLabel: { formatter: (value: number) => escapeRichText(input.formatAxis(value)) },
    },
    series,
  };
}
