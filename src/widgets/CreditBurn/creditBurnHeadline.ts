/**
 * The headline of CreditBurn from `summarizeCreditBurn`: the balance now (exact), the credits
 * spent per day over the stated trailing window (shown beside it), and the day the balance runs
 * out at that pace.
 */
import { compareDecimals, signOfDecimal } from '../../core/decimal/decimalArithmetic';
import type { Formatters } from '../../core/format/createFormatters';
import type { CreditBurnSummary } from '../../core/queries/summarizeCreditBurn';
import type { HeadlineStat } from '../shared/HeadlineStats';
import type { CreditBurnLabels } from './creditBurnLabels';

/**
 * The burn rate as text, rounded for reading (the rate itself is exact to 6 places): one decimal from
 * 10 a day (`35.6`), two from 1 (`2.25`), else up to six (`0.111111`), so a small rate never shows as 0.
 */
export function formatBurnRate(ratePerDay: string, formatters: Formatters): string {
  const digits = compareDecimals(ratePerDay, 10) >= 0 ? 1 : compareDecimals(ratePerDay, 1) >= 0 ? 2 : 6;
  return formatters.count(ratePerDay, { maximumFractionDigits: digits });
}

/** `Depleted` at or below zero, `Not depleting` without spend, else the projected day. */
export function formatDepletion(summary: CreditBurnSummary, formatters: Formatters, labels: Pick<CreditBurnLabels, 'depleted' | 'notDepleting'>): string {
  if (signOfDecimal(summary.balance) <= 0) return labels.depleted;
  return summary.projectedDepletionDate === null ? labels.notDepleting : formatters.date(summary.projectedDepletionDate);
}

/** Balance, burn rate per day, projected depletion; the depletion is negative-toned when it is projected. */
export function creditBurnHeadline(
  summary: CreditBurnSummary,
  formatters: Formatters,
  formatValue: (value: string) => string,
  labels: Pick<CreditBurnLabels, 'balance' | 'burnRate' | 'perDay' | 'burnRateWindow' | 'depletion' | 'depleted' | 'notDepleting'>,
): HeadlineStat[] {
  const sign = signOfDecimal(summary.balance);
  const depletes = sign <= 0 || summary.projectedDepletionDate !== null;
  return [
    { id: 'balance', label: labels.balance, value: formatValue(summary.balance), tone: sign < 0 ? 'negative' : 'neutral' },
    {
      id: 'burn-rate',
      label: labels.burnRate,
      value: `${formatBurnRate(summary.burnRatePerDay, formatters)} ${labels.perDay}`,
      detail: labels.burnRateWindow(summary.window.days),
      tone: 'neutral',
    },
    { id: 'depletion', label: labels.depletion, value: formatDepletion(summary, formatters, labels), tone: depletes ? 'negative' : 'positive' },
  ];
}
