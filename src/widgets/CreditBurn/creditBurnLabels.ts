import { englishWindowWording, type WindowWording } from '../shared/describeWindow';

/** The formatted pieces of the chart's one-sentence summary, for `labels.chartSummary`. */
export interface CreditBurnSummaryParts {
  /** Exact, formatted credits. */
  balance: string;
  granted: string;
  spent: string;
  /** The window in words, when known. */
  window: string | undefined;
  /** Credits spent per day, formatted (`35.6`). */
  burnRate: string;
  /** The trailing window the rate is measured over, worded (`last 30 days`). */
  burnRateWindow: string;
  /** When the balance runs out: a formatted day, already, or never at this rate. */
  depletion: { kind: 'date'; date: string } | { kind: 'depleted' } | { kind: 'never' };
}

/** Every text of CreditBurn, overridable for translation through its `labels` prop. */
export interface CreditBurnLabels {
  title: string;
  granted: string;
  spent: string;
  /** Pending grants: shown in the tooltip and table, not part of the balance. */
  pending: string;
  balance: string;
  burnRate: string;
  /** After the burn rate: `35.6 per day`. */
  perDay: string;
  /** The trailing window of the burn rate, under it: `Last 30 days`. The rate does not follow the chart's range. */
  burnRateWindow: (days: number) => string;
  depletion: string;
  /** The depletion value when nothing is being spent. */
  notDepleting: string;
  /** The depletion value when the balance is already zero or below. */
  depleted: string;
  /** The headline list's accessible name. */
  headline: string;
  period: string;
  /** Under a partial first or last period's tooltip. */
  partialPeriod: string;
  tableCaption: string;
  /** The state shown when no `creditsCurrencyId` is given. */
  noCurrencyTitle: string;
  noCurrencyDescription: string;
  /** Words the window's first and last day, in the subtitle and the summary: `Oct 1, 2026 to Oct 31, 2026`. */
  window: WindowWording;
  /**
   * The chart's text summary (its accessible name) from formatted parts; replace it to
   * translate the sentence.
   */
  chartSummary: (parts: CreditBurnSummaryParts) => string;
}

/** The English summary: "Balance 12,300 credits; 4,000 granted and 3,200 spent from …; burning 35.6 credits per day over the last 30 days, projected to run out on Feb 3, 2027." */
function englishChartSummary(parts: CreditBurnSummaryParts): string {
  let sentence = `Balance ${parts.balance} credits; ${parts.granted} granted and ${parts.spent} spent`;
  if (parts.window !== undefined) sentence += ` from ${parts.window}`;
  sentence += `; burning ${parts.burnRate} credits per day over the ${parts.burnRateWindow.toLowerCase()}`;
  if (parts.depletion.kind === 'depleted') sentence += ', already depleted';
  else if (parts.depletion.kind === 'date') sentence += `, projected to run out on ${parts.depletion.date}`;
  else sentence += ', not running out at this rate';
  return `${sentence}.`;
}

export const DEFAULT_CREDIT_BURN_LABELS: Readonly<CreditBurnLabels> = Object.freeze({
  title: 'Credit burn',
  granted: 'Granted',
  spent: 'Spent',
  pending: 'Pending',
  balance: 'Balance',
  burnRate: 'Burn rate',
  perDay: 'per day',
  burnRateWindow: (days: number) => (days === 1 ? 'Last day' : `Last ${days} days`),
  depletion: 'Projected depletion',
  notDepleting: 'Not depleting',
  depleted: 'Depleted',
  headline: 'Credit totals',
  period: 'Period',
  partialPeriod: 'Partial period: only part of it is inside the range',
  tableCaption: 'Credits granted, spent and pending per period, with the balance at its end',
  noCurrencyTitle: 'No credits currency selected',
  noCurrencyDescription: 'Pass the id of a credits currency (creditsCurrencyId) to see its grants, spends and balance.',
  window: englishWindowWording,
  chartSummary: englishChartSummary,
});
