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
  depletion: string;
  /** The depletion value when nothing is being spent. */
  notDepleting: string;
  /** The depletion value when the balance is already zero or below. */
  depleted: string;
  /** The headline list's accessible name. */
  headline: string;
  period: string;
  tableCaption: string;
  /** The unit in sentences: `12,300 credits`. Default `'credits'`; a currency's unit label fits well. */
  credits: string;
  /** The state shown when no `creditsCurrencyId` is given. */
  noCurrencyTitle: string;
  noCurrencyDescription: string;
}

export const DEFAULT_CREDIT_BURN_LABELS: Readonly<CreditBurnLabels> = Object.freeze({
  title: 'Credit burn',
  granted: 'Granted',
  spent: 'Spent',
  pending: 'Pending',
  balance: 'Balance',
  burnRate: 'Burn rate',
  perDay: 'per day',
  depletion: 'Projected depletion',
  notDepleting: 'Not depleting',
  depleted: 'Depleted',
  headline: 'Credit totals',
  period: 'Period',
  tableCaption: 'Credits granted, spent and pending per period, with the balance at its end',
  credits: 'credits',
  noCurrencyTitle: 'No credits currency selected',
  noCurrencyDescription: 'Pass the id of a credits currency (creditsCurrencyId) to see its grants, spends and balance.',
});
