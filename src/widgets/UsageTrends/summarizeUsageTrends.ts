/**
 * The chart's text summary (its `role="img"` name): the total, the window, the change against
 * the previous period and the largest series, e.g. "12,345 signals from Oct 1, 2026 to Oct 31,
 * 2026, up 12.5% on the previous period; top: email-triage 5,432, addin-chat 3,210, Other 1,000."
 */
import type { Formatters } from '../../core/format/createFormatters';
import { changeRatio } from '../../core/format/formatChange';
import { describeWindow, type TimeWindow } from '../shared/describeWindow';
import type { UsageTrendsLabels, UsageTrendsSummaryParts } from './usageTrendsLabels';

export interface UsageTrendsSummaryInput {
  /** The chart's series (largest first) and total, exact. */
  pivot: { series: readonly { label: string; total: bigint }[]; total: bigint };
  /** From `usage-summary`; without it the total is the pivot's and no change is told. */
  totals?: { current: bigint; previous: bigint } | undefined;
  window: TimeWindow | undefined;
  formatters: Formatters;
  formatValue: (value: bigint) => string;
  labels: Pick<UsageTrendsLabels, 'chartSummary' | 'window'>;
  /** How many series to name. Default 3. */
  topCount?: number;
}

/** The formatted parts of the summary: exact total, window, signed change, top series. */
export function usageTrendsSummaryParts(input: UsageTrendsSummaryInput): UsageTrendsSummaryParts {
  const { pivot, totals, window, formatters, formatValue, labels } = input;
  const ratio = totals === undefined ? null : changeRatio(totals.current, totals.previous);
  return {
    total: formatValue(totals?.current ?? pivot.total),
    window: window ? describeWindow(window, formatters, labels.window) : undefined,
    change:
      ratio === null
        ? undefined
        : { direction: ratio === 0 ? 'unchanged' : ratio > 0 ? 'up' : 'down', percent: formatters.percent(Math.abs(ratio), { maximumFractionDigits: 1 }) },
    top: pivot.series
      .filter((series) => series.total > 0n)
      .slice(0, input.topCount ?? 3)
      .map((series) => ({ label: series.label, value: formatValue(series.total) })),
  };
}

/** One sentence, plain text (it is rendered as text, never HTML), worded by `labels.chartSummary`. */
export function summarizeUsageTrends(input: UsageTrendsSummaryInput): string {
  return input.labels.chartSummary(usageTrendsSummaryParts(input));
}
