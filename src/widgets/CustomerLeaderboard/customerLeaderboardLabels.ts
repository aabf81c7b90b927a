import { englishWindowWording, type WindowWording } from '../shared/describeWindow';

/** What the leaderboard ranks customers by. */
export type LeaderboardMetric = 'signals' | 'cost' | 'revenue' | 'margin';

/** The formatted pieces of the list's one-sentence summary, for `labels.chartSummary`. */
export interface CustomerLeaderboardSummaryParts {
  /** The metric in words (`AI cost`). */
  metric: string;
  /** The total over every customer, formatted exactly. */
  total: string;
  /** How many customers, formatted. */
  customers: string;
  window: string | undefined;
  /** The first customers of the ranking, each with its formatted value. */
  top: { label: string; value: string }[];
  /** How many customers lose money (margin below zero), formatted; `undefined` when none. */
  negative: string | undefined;
}

/** Every text of CustomerLeaderboard, overridable for translation through its `labels` prop. */
export interface CustomerLeaderboardLabels {
  title: string;
  /** The metric control's accessible name. */
  rankBy: string;
  /** The currency picker's accessible name (shown when the window has revenue in several). */
  currency: string;
  /** Each metric's name: control, headline, column header. */
  metrics: Record<LeaderboardMetric, string>;
  /** The headline's count of customers. */
  customers: string;
  /** The headline list's accessible name. */
  headline: string;
  /** The customer column. */
  customer: string;
  /** The CSV's customer id column. */
  customerId: string;
  /** The list's "everyone else" item. */
  otherCustomers: string;
  /** The total row. */
  total: string;
  /** A customer without a name. */
  unnamedCustomer: string;
  /** Beside a negative margin, in the table and the list: the flag that is not colour alone. */
  loss: string;
  /** Under the headline: revenue is before tax, in one currency; cost is AI cost. */
  revenueNote: (currency: string) => string;
  tableCaption: string;
  window: WindowWording;
  chartSummary: (parts: CustomerLeaderboardSummaryParts) => string;
}

function englishChartSummary({ metric, total, customers, window, top, negative }: CustomerLeaderboardSummaryParts): string {
  let sentence = `Customers by ${metric.toLowerCase()}`;
  if (window !== undefined) sentence += ` from ${window}`;
  sentence += `: ${total} across ${customers} customers`;
  if (top.length > 0) sentence += `; top: ${top.map((item) => `${item.label} ${item.value}`).join(', ')}`;
  if (negative !== undefined) sentence += `; ${negative} with a negative margin`;
  return `${sentence}.`;
}

export const DEFAULT_CUSTOMER_LEADERBOARD_LABELS: Readonly<CustomerLeaderboardLabels> = Object.freeze({
  title: 'Top customers',
  rankBy: 'Rank by',
  currency: 'Currency',
  metrics: Object.freeze({ signals: 'Signals', cost: 'AI cost', revenue: 'Revenue', margin: 'Margin' }),
  customers: 'Customers',
  headline: 'Customer totals',
  customer: 'Customer',
  customerId: 'Customer id',
  otherCustomers: 'Other customers',
  total: 'Total',
  unnamedCustomer: '(unnamed customer)',
  loss: 'loss',
  revenueNote: (currency: string) => `Revenue before tax in ${currency}; margin = revenue − AI cost`,
  tableCaption: 'Customers with signals, AI cost, revenue and margin',
  window: englishWindowWording,
  chartSummary: englishChartSummary,
});
