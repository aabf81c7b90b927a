/**
 * The headline of CreditBurn from `summarizeCreditBurn`: the balance now (exact), the credits
 * spent per day, and the day the balance runs out at that pace.
 */
import type { Formatters } from '../../core/format/createFormatters';
import type { CreditBurnSummary } from '../../core/queries/summarizeCreditBurn';
import type { HeadlineStat } from '../shared/HeadlineStats';
import type { CreditBurnLabels } from './creditBurnLabels';

/** The burn rate as text: one decimal at most, e.g. `35.6`. */
export function formatBurnRate(ratePerDay: number, formatters: Formatters): string {
  return formatters.count(ratePerDay, { maximumFractionDigits: 1 });
}

/** `Depleted` at or below zero, `Not depleting` without spend, else the projected day. */
export function formatDepletion(summary: CreditBurnSummary, formatters: Formatters, labels: Pick<CreditBurnLabels, 'depleted' | 'notDepleting'>): string {
  if (summary.balance <= 0n) return labels.depleted;
  return summary.projectedDepletionDate === null ? labels.notDepleting : formatters.date(summary.projectedDepletionDate);
}

/** Balance, burn rate per day, projected depletion; the depletion is negative-toned when it is projected. */
export function creditBurnHeadline(
  summary: CreditBurnSummary,
  formatters: Formatters,
  formatValue: (value: bigint) => string,
  labels: Pick<CreditBurnLabels, 'balance' | 'burnRate' | 'perDay' | 'depletion' | 'depleted' | 'notDepleting'>,
): HeadlineStat[] {
  const depletes = summary.balance <= 0n || summary.projectedDepletionDate !== null;
  return [
    { id: 'balance', label: labels.balance, value: formatValue(summary.balance), tone: summary.balance < 0n ? 'negative' : 'neutral' },
    { id: 'burn-rate', label: labels.burnRate, value: `${formatBurnRate(summary.burnRatePerDay, formatters)} ${labels.perDay}` },
    { id: 'depletion', label: labels.depletion, value: formatDepletion(summary, formatters, labels), tone: depletes ? 'negative' : 'positive' },
  ];
}
