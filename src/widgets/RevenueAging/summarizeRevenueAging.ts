/**
 * The chart's text summary (its `role="img"` name): the total outstanding, the day it is counted
 * to, the overdue share, each bucket and the customers that owe most, e.g. "$20,279.28
 * outstanding as of Nov 20, 2026, 77.9% overdue; Current $4,486.57, 1–30 days $4,796.94, …;
 * most owed: Tyrell Labs $5,811.94, Wayne Labs $4,476.23, Umbrella Labs $1,278.29."
 */
import type { Formatters } from '../../core/format/createFormatters';
import { shareOf, type RevenueAgingBreakdown } from './revenueAgingBreakdown';
import { agingBucketLabel, type RevenueAgingLabels } from './revenueAgingLabels';

export interface RevenueAgingSummaryInput {
  breakdown: RevenueAgingBreakdown;
  /** The day days past due are counted to, already formatted (`Nov 20, 2026`). */
  asOf: string;
  formatters: Formatters;
  formatAmount: (cents: bigint) => string;
  labels: Pick<RevenueAgingLabels, 'buckets' | 'outstandingAsOf' | 'overdueWord' | 'mostOwed'>;
  /** How many customers to name. Default 3. */
  topCount?: number;
}

/** One sentence, plain text (it is rendered as text, never HTML). */
export function summarizeRevenueAging(input: RevenueAgingSummaryInput): string {
  const { breakdown, asOf, formatters, formatAmount, labels } = input;
  let sentence = `${formatAmount(breakdown.total)} ${labels.outstandingAsOf} ${asOf}`;
  sentence += `, ${formatters.percent(shareOf(breakdown.overdue, breakdown.total), { maximumFractionDigits: 1 })} ${labels.overdueWord}`;
  sentence += `; ${breakdown.buckets.map((bucket, index) => `${agingBucketLabel(bucket, labels.buckets)} ${formatAmount(breakdown.bucketTotals[index]!)}`).join(', ')}`;
  const top = breakdown.customers.slice(0, input.topCount ?? 3);
  if (top.length > 0) sentence += `; ${labels.mostOwed}: ${top.map((customer) => `${customer.label} ${formatAmount(customer.total)}`).join(', ')}`;
  return `${sentence}.`;
}
