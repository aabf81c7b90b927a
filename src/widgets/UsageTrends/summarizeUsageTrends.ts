/**
 * The chart's text summary (its `role="img"` name): the total, the window, the change against
 * the previous period and the largest series, e.g. "12,345 signals from Oct 1, 2026 to Oct 31,
 * 2026, up 12.5% on the previous period; top: email-triage 5,432, addin-chat 3,210, Other 1,000."
 */
import type { Formatters } from '../../core/format/createFormatters';
import { changeRatio } from '../../core/format/formatChange';
import { describeWindow, type TimeWindow } from '../shared/describeWindow';
import type { UsageTrendsPivot } from './pivotUsageTrends';
import type { UsageTrendsLabels } from './usageTrendsLabels';

export interface UsageTrendsSummaryInput {
  pivot: UsageTrendsPivot;
  /** From `usage-summary`; without it the total is the pivot's and no change is told. */
  totals?: { current: bigint; previous: bigint } | undefined;
  window: TimeWindow | undefined;
  formatters: Formatters;
  formatValue: (value: bigint) => string;
  labels: Pick<UsageTrendsLabels, 'signals' | 'up' | 'down' | 'unchanged' | 'onPrevious' | 'top'>;
  /** How many series to name. Default 3. */
  topCount?: number;
}

/** One sentence, plain text (it is rendered as text, never HTML). */
export function summarizeUsageTrends(input: UsageTrendsSummaryInput): string {
  const { pivot, totals, window, formatters, formatValue, labels } = input;
  const total = totals?.current ?? pivot.total;
  let sentence = `${formatValue(total)} ${labels.signals}`;
  if (window) sentence += ` from ${describeWindow(window, formatters)}`;
  const ratio = totals === undefined ? null : changeRatio(totals.current, totals.previous);
  if (ratio !== null) {
    sentence +=
      ratio === 0
        ? `, ${labels.unchanged} ${labels.onPrevious}`
        : `, ${ratio > 0 ? labels.up : labels.down} ${formatters.percent(Math.abs(ratio), { maximumFractionDigits: 1 })} ${labels.onPrevious}`;
  }
  const top = pivot.series.filter((series) => series.total > 0n).slice(0, input.topCount ?? 3);
  if (top.length > 0) sentence += `; ${labels.top}: ${top.map((series) => `${series.label} ${formatValue(series.total)}`).join(', ')}`;
  return `${sentence}.`;
}
