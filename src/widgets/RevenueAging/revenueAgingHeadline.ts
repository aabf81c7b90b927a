/**
 * The headline of RevenueAging: everything still owed, and what of it is past due with its share,
 * e.g. `Outstanding $20,279.28` · `Overdue $15,792.71 — 77.9% of outstanding`. One currency.
 */
import type { Formatters } from '../../core/format/createFormatters';
import type { HeadlineStat } from '../shared/HeadlineStats';
import { shareOf, type RevenueAgingBreakdown } from './revenueAgingBreakdown';
import type { RevenueAgingLabels } from './revenueAgingLabels';

/** Outstanding and overdue (exact), the overdue share as a percentage; negative tone when anything is overdue. */
export function revenueAgingHeadline(
  breakdown: RevenueAgingBreakdown,
  formatters: Formatters,
  formatAmount: (cents: bigint) => string,
  labels: Pick<RevenueAgingLabels, 'outstanding' | 'overdue' | 'overdueShare'>,
): HeadlineStat[] {
  const share = formatters.percent(shareOf(breakdown.overdue, breakdown.total), { maximumFractionDigits: 1 });
  return [
    { id: 'outstanding', label: labels.outstanding, value: formatAmount(breakdown.total) },
    {
      id: 'overdue',
      label: labels.overdue,
      value: formatAmount(breakdown.overdue),
      detail: labels.overdueShare(share),
      tone: breakdown.overdue > 0n ? 'negative' : 'neutral',
    },
  ];
}
