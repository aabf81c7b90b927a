/**
 * The chart's text summary (its `role="img"` name), e.g. "Balance 12,300 credits; 4,000 granted
 * and 3,200 spent from Aug 22, 2026 to Nov 19, 2026; burning 35.6 credits per day, projected
 * to run out on Feb 3, 2027."
 */
import type { Formatters } from '../../core/format/createFormatters';
import type { CreditBurnSummary } from '../../core/queries/summarizeCreditBurn';
import { describeWindow, type TimeWindow } from '../shared/describeWindow';
import { formatBurnRate } from './creditBurnHeadline';
import type { CreditBurnLabels } from './creditBurnLabels';
import type { CreditBurnPoint } from './fillCreditBurnGaps';

export interface CreditBurnChartSummaryInput {
  points: readonly CreditBurnPoint[];
  summary: CreditBurnSummary;
  window: TimeWindow | undefined;
  formatters: Formatters;
  formatValue: (value: bigint) => string;
  labels: Pick<CreditBurnLabels, 'balance' | 'credits' | 'granted' | 'spent' | 'perDay'>;
}

/** One plain-text sentence (rendered as text, never HTML). */
export function summarizeCreditBurnChart({ points, summary, window, formatters, formatValue, labels }: CreditBurnChartSummaryInput): string {
  const granted = points.reduce((sum, point) => sum + point.granted, 0n);
  const spent = points.reduce((sum, point) => sum + point.spent, 0n);
  let sentence = `${labels.balance} ${formatValue(summary.balance)} ${labels.credits}; ${formatValue(granted)} ${labels.granted.toLowerCase()} and ${formatValue(spent)} ${labels.spent.toLowerCase()}`;
  if (window) sentence += ` from ${describeWindow(window, formatters)}`;
  sentence += `; burning ${formatBurnRate(summary.burnRatePerDay, formatters)} ${labels.credits} ${labels.perDay}`;
  if (summary.balance <= 0n) sentence += ', already depleted';
  else if (summary.projectedDepletionDate !== null) sentence += `, projected to run out on ${formatters.date(summary.projectedDepletionDate)}`;
  else sentence += ', not running out at this rate';
  return `${sentence}.`;
}
