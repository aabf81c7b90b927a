import type { CostTrendGroup } from '../../core/queries/costTrendReference';
import { englishWindowWording, type WindowWording } from '../shared/describeWindow';

/** The formatted pieces of the chart's one-sentence summary, for `labels.chartSummary`. */
export interface CostTrendSummaryParts {
  /** The window's total cost, formatted exactly (`$1,234.57`). */
  total: string;
  /** The window in words (`Oct 1, 2026 to Oct 31, 2026`), when known. */
  window: string | undefined;
  /** What a series is, in words (`vendor`). */
  group: string;
  /** The most expensive series, each with its formatted cost. */
  top: { label: string; value: string }[];
}

/** Every text of CostTrend, overridable for translation through its `labels` prop. */
export interface CostTrendLabels {
  title: string;
  /** The headline's total cost. */
  total: string;
  /** The headline's count of AI calls. */
  calls: string;
  /** The headline list's accessible name. */
  headline: string;
  /** The table's first column. */
  period: string;
  /** The table's caption. */
  tableCaption: string;
  /** The per-bucket total column, footer row and tooltip line. */
  bucketTotal: string;
  /** A vendor, model or product without a name. */
  unnamed: string;
  /** The series that sums everything outside the top N. */
  other: string;
  /** Under a partial period's tooltip. */
  partialPeriod: string;
  /** The group-by control's accessible name. */
  groupBy: string;
  /** The name of each grouping, in the control and the summary. */
  groups: Record<CostTrendGroup, string>;
  /** Words the window's first and last day: `Oct 1, 2026 to Oct 31, 2026`. */
  window: WindowWording;
  /** The chart's text summary (its accessible name) from formatted parts; replace it to translate the sentence. */
  chartSummary: (parts: CostTrendSummaryParts) => string;
}

/** "$1,234.57 of AI cost from Oct 1, 2026 to Oct 31, 2026 by vendor; top: openai $800.00, anthropic $400.00." */
function englishChartSummary({ total, window, group, top }: CostTrendSummaryParts): string {
  let sentence = `${total} of AI cost`;
  if (window !== undefined) sentence += ` from ${window}`;
  sentence += ` by ${group.toLowerCase()}`;
  if (top.length > 0) sentence += `; top: ${top.map((series) => `${series.label} ${series.value}`).join(', ')}`;
  return `${sentence}.`;
}

export const DEFAULT_COST_TREND_LABELS: Readonly<CostTrendLabels> = Object.freeze({
  title: 'AI cost trend',
  total: 'AI cost',
  calls: 'AI calls',
  headline: 'AI cost totals',
  period: 'Period',
  tableCaption: 'AI cost per period',
  bucketTotal: 'Total',
  unnamed: '(unnamed)',
  other: 'Other',
  partialPeriod: 'Partial period: only part of it is inside the range',
  groupBy: 'Group by',
  groups: Object.freeze({ vendor: 'Vendor', model: 'Model', product: 'Product' }),
  window: englishWindowWording,
  chartSummary: englishChartSummary,
});
