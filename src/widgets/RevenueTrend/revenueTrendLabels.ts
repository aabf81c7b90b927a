import { englishWindowWording, type WindowWording } from '../shared/describeWindow';

/** The formatted pieces of the chart's one-sentence summary, for `labels.chartSummary`. */
export interface RevenueTrendSummaryParts {
  /** Revenue from posted invoices in the window, formatted exactly. */
  invoiced: string;
  /** Cash collected from posted payments in the window, formatted exactly. */
  collected: string;
  /** The window in words, when known. */
  window: string | undefined;
  /** How many periods the chart shows. */
  periods: number;
  /** The period with the most revenue and its revenue, when any period had revenue. */
  peak: { period: string; invoiced: string } | undefined;
}

/** Every text of RevenueTrend, overridable for translation through its `labels` prop. */
export interface RevenueTrendLabels {
  title: string;
  /** The revenue series, column and headline: posted invoices before tax. */
  invoiced: string;
  /** Under the revenue headline: what it counts. */
  invoicedNote: string;
  /** The cash series, column and headline: posted payments. */
  collected: string;
  /** Under the cash headline: what it counts. */
  collectedNote: string;
  /** Count columns. */
  invoices: string;
  payments: string;
  /** The headline list's accessible name. */
  headline: string;
  /** The table's first column. */
  period: string;
  /** The footer row. */
  total: string;
  tableCaption: string;
  /** Accessible name of the currency picker. */
  currency: string;
  /** Under a partial period's tooltip. */
  partial: string;
  /** Words the window's first and last day. */
  window: WindowWording;
  /** The chart's text summary (accessible name) from formatted parts. */
  chartSummary: (parts: RevenueTrendSummaryParts) => string;
}

/** "Revenue $12,345.67 and cash collected $10,000.00 over 12 periods, Dec 1, 2025 to Nov 20, 2026; most revenue: Oct 2026 $2,000.00." */
function englishChartSummary({ invoiced, collected, window, periods, peak }: RevenueTrendSummaryParts): string {
  let sentence = `Revenue ${invoiced} and cash collected ${collected} over ${periods} ${periods === 1 ? 'period' : 'periods'}`;
  if (window !== undefined) sentence += `, ${window}`;
  if (peak !== undefined) sentence += `; most revenue: ${peak.period} ${peak.invoiced}`;
  return `${sentence}.`;
}

export const DEFAULT_REVENUE_TREND_LABELS: Readonly<RevenueTrendLabels> = Object.freeze({
  title: 'Revenue and cash',
  invoiced: 'Revenue',
  invoicedNote: 'Posted invoices, before tax, by issue date',
  collected: 'Cash collected',
  collectedNote: 'Posted payments, by day received',
  invoices: 'Invoices',
  payments: 'Payments',
  headline: 'Revenue totals',
  period: 'Period',
  total: 'Total',
  tableCaption: 'Revenue from posted invoices and cash collected per period',
  currency: 'Currency',
  partial: 'Partial period: only part of it is inside the range',
  window: englishWindowWording,
  chartSummary: englishChartSummary,
});
