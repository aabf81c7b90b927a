/**
 * The ECharts option of UsageTrends: one stacked bar (or area) series per signal name, the
 * Other series last in the theme's muted colour. Pure: the same pivot, formatters and theme
 * always give the same option, so tests assert on it instead of pixels.
 *
 * Values are plotted as `Number(x)`; every text a person reads — tooltip, legend, axis — comes
 * from the exact bigint through the formatters and the escaping helpers.
 */
import type { Formatters } from '../../core/format/createFormatters';
import type { Granularity } from '../../core/queries/timeBucket';
import type { ResolvedTheme } from '../../theme/types';
import { escapeRichText } from '../../ui/Chart/escapeRichText';
import { tooltipHtml, type TooltipRow } from '../../ui/Chart/tooltipHtml';
import { fullBucketLabel, shortBucketLabel } from '../shared/bucketLabels';
import type { UsageTrendsPivot } from './pivotUsageTrends';

/** Stacked bars (default) or stacked areas. */
export type UsageTrendsChartType = 'bar' | 'area';

export interface UsageTrendsOptionInput {
  pivot: UsageTrendsPivot;
  granularity: Granularity;
  /** Bucket dates and axis numbers. */
  formatters: Formatters;
  /** Exact counts in the tooltip (the widget's `valueFormatter`, else `formatters.count`). */
  formatValue: (value: bigint) => string;
  theme: ResolvedTheme;
  chartType: UsageTrendsChartType;
  labels: { bucketTotal: string };
}

/** The payload ECharts hands an axis tooltip formatter (the parts used here). */
interface AxisTooltipParam {
  dataIndex: number;
  seriesId?: string;
  color?: unknown;
}

/** The stacked-series option for `AnalyticsChart`. */
export function buildUsageTrendsOption(input: UsageTrendsOptionInput): Record<string, unknown> {
  const { pivot, granularity, formatters, formatValue, theme, chartType, labels } = input;
  const categories = pivot.buckets.map((bucket) => bucket.toISOString());
  const axisLabels = new Map(pivot.buckets.map((bucket) => [bucket.toISOString(), shortBucketLabel(bucket, granularity, formatters)]));

  const tooltipFormatter = (params: AxisTooltipParam | AxisTooltipParam[]): string => {
    const list = Array.isArray(params) ? params : [params];
    const index = list[0]?.dataIndex;
    const bucket = index === undefined ? undefined : pivot.buckets[index];
    if (index === undefined || bucket === undefined) return '';
    const colors = new Map(list.map((param) => [param.seriesId, param.color]));
    const rows: TooltipRow[] = pivot.series.map((series) => {
      const color = colors.get(series.id);
      return { label: series.label, value: formatValue(series.values[index]!), ...(typeof color === 'string' ? { color } : {}) };
    });
    rows.push({ label: labels.bucketTotal, value: formatValue(pivot.bucketTotals[index]!), emphasis: true });
    return tooltipHtml({ title: fullBucketLabel(bucket, granularity, formatters), rows });
  };

  return {
    // The grid's box holds the axis labels too (ECharts 6's form of `containLabel`).
    grid: { left: 8, right: 16, top: 40, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    legend: {
      type: 'scroll',
      top: 0,
      data: pivot.series.map((series) => series.label),
      formatter: (name: string) => escapeRichText(name),
    },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: chartType === 'bar' ? 'shadow' : 'line' },
      formatter: tooltipFormatter,
    },
    xAxis: {
      type: 'category',
      data: categories,
      boundaryGap: chartType === 'bar',
      axisLabel: { formatter: (value: string) => escapeRichText(axisLabels.get(value) ?? value), hideOverlap: true },
    },
    yAxis: {
      type: 'value',
      minInterval: 1,
      axisLabel: { formatter: (value: number) => escapeRichText(formatters.count(value, { notation: 'compact' })) },
    },
    series: pivot.series.map((series) => ({
      id: series.id,
      name: series.label,
      type: chartType === 'bar' ? 'bar' : 'line',
      stack: 'signals',
      data: series.values.map((value) => Number(value)),
      emphasis: { focus: 'series' },
      ...(chartType === 'area' ? { areaStyle: {}, symbol: 'none', smooth: false } : { barMaxWidth: 48 }),
      ...(series.isOther ? { itemStyle: { color: theme.colors.muted }, ...(chartType === 'area' ? { lineStyle: { color: theme.colors.muted } } : {}) } : {}),
    })),
  };
}
