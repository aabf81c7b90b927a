import type { AgingBucket } from '../../core/queries/revenueAging';

/** Every text of RevenueAging, overridable for translation through its `labels` prop. */
export interface RevenueAgingLabels {
  title: string;
  /** Default subtitle: `As of Nov 20, 2026`. */
  asOf: (date: string) => string;
  /** The headline list's accessible name. */
  headline: string;
  /** Headline: everything still owed. */
  outstanding: string;
  /** Headline: owed past its due date. */
  overdue: string;
  /** Under the overdue amount: `38.2% of outstanding`. */
  overdueShare: (percent: string) => string;
  /** The aging buckets' names (axis, table headers, tooltip titles). */
  buckets: Record<AgingBucket, string>;
  /** Table: the customer column, the total column and the caption. */
  customer: string;
  total: string;
  tableCaption: string;
  /** The series of every customer outside the top ones. */
  otherCustomers: string;
  /** A customer without a name in `dim_customer` (its id is appended). */
  unnamedCustomer: string;
  /** Tooltip footer: `3 invoices`. */
  invoices: (count: string) => string;
  /** The empty state: nothing is owed (no time range to widen here). */
  emptyTitle: string;
  emptyDescription: string;
  /** The currency picker's accessible name (shown when the data holds several currencies). */
  currency: string;
  /** Chart summary: `$1,234.56 outstanding as of …`. */
  outstandingAsOf: string;
  /** Chart summary: `… 38.2% overdue; most owed: …`. */
  overdueWord: string;
  mostOwed: string;
}

export const DEFAULT_REVENUE_AGING_LABELS: Readonly<RevenueAgingLabels> = Object.freeze({
  title: 'Revenue aging',
  asOf: (date: string) => `As of ${date}`,
  headline: 'Outstanding totals',
  outstanding: 'Outstanding',
  overdue: 'Overdue',
  overdueShare: (percent: string) => `${percent} of outstanding`,
  buckets: Object.freeze({ current: 'Current', '1-30': '1–30 days', '31-60': '31–60 days', '61-90': '61–90 days', '90+': '90+ days' }),
  customer: 'Customer',
  total: 'Total',
  tableCaption: 'Outstanding invoice amounts by customer and days past due',
  otherCustomers: 'Other customers',
  unnamedCustomer: '(unnamed)',
  invoices: (count: string) => `${count} invoices`,
  emptyTitle: 'Nothing outstanding',
  emptyDescription: 'No posted invoice has an amount due on this day.',
  currency: 'Currency',
  outstandingAsOf: 'outstanding as of',
  overdueWord: 'overdue',
  mostOwed: 'most owed',
});

/** The name of an aging bucket: its label, or the bucket as the data names it when this version does not know it. */
export function agingBucketLabel(bucket: string, names: Readonly<Record<AgingBucket, string>>): string {
  return (names as Readonly<Record<string, string>>)[bucket] ?? bucket;
}
