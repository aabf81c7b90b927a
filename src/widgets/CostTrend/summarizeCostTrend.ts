/**
 * The chart's text summary (its `role="img"` name): the total cost, the window, the grouping and
 * the most expensive series, e.g. "$1,234.57 of AI cost from Oct 1, 2026 to Oct 31, 2026 by
 * vendor; top: openai $800.00, anthropic $400.00, Other $34.57."
 */
import type { Formatters } from '../../core/format/createFormatters';
import type { CostTrendGroup } from '../../core/queries/costTrendReference';
import { compareDecimals, signOfDecimal } from '../../core/decimal/decimalArithmetic';
import { describeWindow, type TimeWindow } from '../shared/describeWindow';
import type { CostTrendLabels, CostTrendSummaryParts } from './costTrendLabels';

export interface CostTrendSummaryInput {
  /** The chart's series and the total, as exact decimal text of cents. */
  series: readonly { label: string; total: string }[];
  total: string;
  window: TimeWindow | undefined;
  group: CostTrendGroup;
  formatters: Formatters;
  formatCost: (cents: string) => string;
  labels: Pick<CostTrendLabels, 'chartSummary' | 'window' | 'groups'>;
  /** How many series to name. Default 3. */
  topCount?: number;
}

/** The formatted parts of the summary: exact total, window, grouping, most expensive series first. */
export function costTrendSummaryParts(input: CostTrendSummaryInput): CostTrendSummaryParts {
  const { window, formatters, formatCost, labels } = input;
  return {
    total: formatCost(input.total),
    window: window ? describeWindow(window, formatters, labels.window) : undefined,
    group: labels.groups[input.group],
    top: [...input.series]
      .filter((series) => signOfDecimal(series.total) > 0)
      .sort((a, b) => compareDecimals(b.total, a.total))
      .slice(0, input.topCount ?? 3)
      .map((series) => ({ label: series.label, value: formatCost(series.total) })),
  };
}

/** One sentence, plain text (rendered as text, never HTML), worded by `labels.chartSummary`. */
export function summarizeCostTrend(input: CostTrendSummaryInput): string {
  return input.labels.chartSummary(costTrendSummaryParts(input));
}
