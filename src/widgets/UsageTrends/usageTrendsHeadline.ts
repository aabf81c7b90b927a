/**
 * The headline of UsageTrends: the window's total signals and the change against the previous
 * period of the same length (from `usage-summary`), coloured by its direction.
 */
import type { Formatters } from '../../core/format/createFormatters';
import { changeRatio } from '../../core/format/formatChange';
import type { HeadlineStat } from '../shared/HeadlineStats';
import type { UsageTrendsLabels } from './usageTrendsLabels';

/** The total (exact) and `+12.5% vs previous period`; `—` when the previous period had none. */
export function usageTrendsHeadline(
  totals: { current: bigint; previous: bigint },
  formatters: Formatters,
  formatValue: (value: bigint) => string,
  labels: Pick<UsageTrendsLabels, 'total' | 'versusPrevious'>,
): HeadlineStat[] {
  const ratio = changeRatio(totals.current, totals.previous);
  const tone = ratio === null || ratio === 0 ? 'neutral' : ratio > 0 ? 'positive' : 'negative';
  return [
    {
      id: 'total',
      label: labels.total,
      value: formatValue(totals.current),
      detail: `${formatters.change(ratio, { maximumFractionDigits: 1 })} ${labels.versusPrevious}`,
      tone,
    },
  ];
}
