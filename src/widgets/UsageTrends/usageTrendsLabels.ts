import { englishWindowWording, type WindowWording } from '../shared/describeWindow';

/** The formatted pieces of the chart's one-sentence summary, for `labels.chartSummary`. */
export interface UsageTrendsSummaryParts {
  /** The window's total, formatted exactly (`12,345`). */
  total: string;
  /** The window in words (`Oct 1, 2026 to Oct 31, 2026`), when known. */
  window: string | undefined;
  /** The change against the previous period, when the previous period had signals. */
  change: { direction: 'up' | 'down' | 'unchanged'; percent: string } | undefined;
  /** The largest series, each with its formatted total. */
  top: { label: string; value: string }[];
}

/** Every text of UsageTrends, overridable for translation through its `labels` prop. */
export interface UsageTrendsLabels {
  title: string;
  /** The headline's total. */
  total: string;
  /** After the change in the headline: `+12.5% vs previous period`. */
  versusPrevious: string;
  /** The headline list's accessible name. */
  headline: string;
  /** The table's first column and caption. */
  period: string;
  tableCaption: string;
  /** The per-bucket total column and tooltip line. */
  bucketTotal: string;
  /** A signal whose name is the empty string. */
  unnamedSignal: string;
  /** Words the window's first and last day, in the subtitle and the summary: `Oct 1, 2026 to Oct 31, 2026`. */
  window: WindowWording;
  /**
   * The chart's text summary (its accessible name) from formatted parts; replace it to
   * translate the sentence.
   */
  chartSummary: (parts: UsageTrendsSummaryParts) => string;
}

/** The English summary: "12,345 signals from Oct 1, 2026 to Oct 31, 2026, up 12.5% on the previous period; top: a 5,432, b 3,210." */
function englishChartSummary({ total, window, change, top }: UsageTrendsSummaryParts): string {
  let sentence = `${total} signals`;
  if (window !== undefined) sentence += ` from ${window}`;
  if (change !== undefined) {
    sentence += change.direction === 'unchanged' ? ', unchanged on the previous period' : `, ${change.direction} ${change.percent} on the previous period`;
  }
  if (top.length > 0) sentence += `; top: ${top.map((series) => `${series.label} ${series.value}`).join(', ')}`;
  return `${sentence}.`;
}

export const DEFAULT_USAGE_TRENDS_LABELS: Readonly<UsageTrendsLabels> = Object.freeze({
  title: 'Usage trends',
  total: 'Signals',
  versusPrevious: 'vs previous period',
  headline: 'Usage totals',
  period: 'Period',
  tableCaption: 'Signals per period by signal name',
  bucketTotal: 'Total',
  unnamedSignal: '(no name)',
  window: englishWindowWording,
  chartSummary: englishChartSummary,
});
