/**
 * The chart's text summary (its `role="img"` name), e.g. "Balance 12,300 credits; 4,000 granted
 * and 3,200 spent from Aug 22, 2026 to Nov 19, 2026; burning 35.6 credits per day over the last
 * 30 days, projected to run out on Feb 3, 2027."
 */
import { signOfDecimal, sumDecimals } from '../../core/decimal/decimalArithmetic';
import type { Formatters } from '../../core/format/createFormatters';
import type { CreditBurnSummary } from '../../core/queries/summarizeCreditBurn';
import { describeWindow, type TimeWindow } from '../shared/describeWindow';
import { formatBurnRate } from './creditBurnHeadline';
import type { CreditBurnLabels, CreditBurnSummaryParts } from './creditBurnLabels';
import type { CreditBurnPoint } from './fillCreditBurnGaps';

export interface CreditBurnChartSummaryInput {
  points: readonly CreditBurnPoint[];
  summary: CreditBurnSummary;
  window: TimeWindow | undefined;
  formatters: Formatters;
  formatValue: (value: string) => string;
  labels: Pick<CreditBurnLabels, 'chartSummary' | 'window' | 'burnRateWindow'>;
}

/** The formatted parts of the summary: balance, movement in the window, burn rate, depletion. */
export function creditBurnSummaryParts({ points, summary, window, formatters, formatValue, labels }: CreditBurnChartSummaryInput): CreditBurnSummaryParts {
  return {
    balance: formatValue(summary.balance),
    granted: formatValue(sumDecimals(points.map((point) => point.granted))),
    spent: formatValue(sumDecimals(points.map((point) => point.spent))),
    window: window ? describeWindow(window, formatters, labels.window) : undefined,
    burnRate: formatBurnRate(summary.burnRatePerDay, formatters),
    burnRateWindow: labels.burnRateWindow(summary.window.days),
    depletion:
      signOfDecimal(summary.balance) <= 0
        ? { kind: 'depleted' }
        : summary.projectedDepletionDate === null
          ? { kind: 'never' }
          : { kind: 'date', date: formatters.date(summary.projectedDepletionDate) },
  };
}

/** One plain-text sentence (rendered as text, never HTML), worded by `labels.chartSummary`. */
export function summarizeCreditBurnChart(input: CreditBurnChartSummaryInput): string {
  return input.labels.chartSummary(creditBurnSummaryParts(input));
}
