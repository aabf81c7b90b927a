/**
 * The ECharts option of RevenueAging: one bar per aging bucket (Current … 90+ days), stacked by
 * the customers that owe most, every other customer as one muted segment on top — so each bar's
 * height is what the bucket holds, and the stack shows who holds it. One currency only.
 *
 * Amounts are plotted as `Number(cents)`; every text a person reads — tooltip, legend, axis —
 * comes from the exact bigint through the amount formatter and the escaping helpers.
 */
import type { Formatters } from '../../core/format/createFormatters';
import type { ResolvedTheme } from '../../theme/types';
import { axisMoneyFormat } from '../../ui/Chart/axisMoneyFormat';
import { escapeRichText } from '../../ui/Chart/escapeRichText';
import { tooltipHtml, type TooltipRow } from '../../ui/Chart/tooltipHtml';
import type { RevenueAgingBreakdown } from './revenueAgingBreakdown';
import { agingBucketLabel, type RevenueAgingLabels } from './revenueAgingLabels';

export interface RevenueAgingOptionInput {
  breakdown: RevenueAgingBreakdown;
  /** Axis ticks (compact, in the breakdown's currency) and invoice counts. */
  formatters: Formatters;
  /** Exact cents in the breakdown's currency (tooltips). */
  formatAmount: (cents: bigint) => string;
  theme: ResolvedTheme;
  labels: Pick<RevenueAgingLabels, 'buckets' | 'otherCustomers' | 'total' | 'invoices'>;
  /** Colour per series label (`revenueAgingSeries` + `seriesColors`): a customer keeps its colour. */
  colors?: ReadonlyMap<string, string>;
  /** Labels switched off in the legend. */
  hidden?: ReadonlySet<string>;
  /**
   * At most this many customers get their own segment (default: as many as the theme's series
   * palette has colours, at most 10, so no two segments share a colour); the rest of the top
   * customers join "Other customers". The table lists them all.
   */
  maxCustomerSeries?: number;
}

/** The payload ECharts hands an axis tooltip formatter (the parts used here). */
interface AxisTooltipParam {
  dataIndex: number;
  seriesId?: string;
  color?: unknown;
}

/** The most customers that get their own segment unless told otherwise. */
export const DEFAULT_MAX_CUSTOMER_SERIES = 10;

/** Series id of everyone outside the top customers. */
export const OTHER_CUSTOMERS_SERIES_ID = 'other-customers';

/** One stacked segment series: a top customer, or everyone else. */
export interface RevenueAgingSeries {
  id: string;
  label: string;
  values: bigint[];
  isOther: boolean;
}

/** The segments the chart stacks (and its legend lists): the top customers, then everyone else. */
export function revenueAgingSeries(
  breakdown: RevenueAgingBreakdown,
  labels: Pick<RevenueAgingLabels, 'otherCustomers'>,
  maxSeries: number = DEFAULT_MAX_CUSTOMER_SERIES,
): RevenueAgingSeries[] {
  const shown = breakdown.customers.slice(0, Math.max(0, maxSeries));
  const series: RevenueAgingSeries[] = shown.map((customer) => ({ id: customer.id, label: customer.label, values: customer.amounts, isOther: false }));
  const folded = breakdown.customers.slice(shown.length);
  const others = breakdown.others.map((amount, index) => folded.reduce((sum, customer) => sum + customer.amounts[index]!, amount));
  if (others.some((amount) => amount > 0n)) series.push({ id: OTHER_CUSTOMERS_SERIES_ID, label: labels.otherCustomers, values: others, isOther: true });
  return series;
}

/** The stacked-bar option for `AnalyticsChart`. */
export function buildRevenueAgingOption(input: RevenueAgingOptionInput): Record<string, unknown> {
  const { breakdown, formatters, formatAmount, theme, labels } = input;
  const maxSeries = input.maxCustomerSeries ?? Math.min(DEFAULT_MAX_CUSTOMER_SERIES, Math.max(1, theme.colors.series.length));
  const series = revenueAgingSeries(breakdown, labels, maxSeries).filter((entry) => !input.hidden?.has(entry.label));
  // One tick style per locale and currency (never `8000 €` beside `10.000 €`), whatever the code.
  const moneyTicks = axisMoneyFormat(formatters.locale, breakdown.currency, Number(breakdown.bucketTotals.reduce((top, amount) => (amount > top ? amount : top), 0n)));

  const tooltipFormatter = (params: AxisTooltipParam | AxisTooltipParam[]): string => {
    const list = Array.isArray(params) ? params : [params];
    const index = list[0]?.dataIndex;
    const bucket = index === undefined ? undefined : breakdown.buckets[index];
    if (index === undefined || bucket === undefined) return '';
    const colors = new Map(list.map((param) => [param.seriesId, param.color]));
    const rows: TooltipRow[] = series
      .filter((entry) => entry.values[index]! > 0n)
      .map((entry) => {
        const color = colors.get(entry.id);
        return { label: entry.label, value: formatAmount(entry.values[index]!), ...(typeof color === 'string' ? { color } : {}) };
      });
    rows.push({ label: labels.total, value: formatAmount(breakdown.bucketTotals[index]!), emphasis: true });
    return tooltipHtml({ title: agingBucketLabel(bucket, labels.buckets), rows, footer: labels.invoices(formatters.count(breakdown.bucketInvoices[index]!)) });
  };

  return {
    // ECharts fits axis labels to the bounds by boxes without descenders: keep 6px spare below.
    // The legend is HTML above the chart (it wraps instead of paging).
    grid: { left: 8, right: 16, top: 12, bottom: 8, outerBounds: { left: 0, right: 0, top: 0, bottom: 6 } },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: tooltipFormatter,
    },
    xAxis: {
      type: 'category',
      data: [...breakdown.buckets],
      // Every bucket named, wrapping onto two lines on a phone rather than dropping one.
      axisLabel: { interval: 0, hideOverlap: false, width: 48, overflow: 'break', formatter: (bucket: string) => escapeRichText(agingBucketLabel(bucket, labels.buckets)) },
    },
    yAxis: {
      type: 'value',
      axisLabel: { formatter: (cents: number) => escapeRichText(moneyTicks(cents)) },
    },
    series: series.map((entry) => ({
      id: entry.id,
      name: entry.label,
      type: 'bar',
      stack: 'owed',
      barMaxWidth: 64,
      data: entry.values.map((value) => Number(value)),
      emphasis: { focus: 'series' },
      ...(entry.isOther
        ? { itemStyle: { color: theme.colors.muted } }
        : input.colors?.get(entry.label)
          ? { itemStyle: { color: input.colors.get(entry.label) } }
          : {}),
    })),
  };
}
