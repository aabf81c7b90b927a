import { englishWindowWording, type WindowWording } from '../shared/describeWindow';

/** What credit spends are broken down by. */
export type CreditUsageDimension = 'signal' | 'product';

/** The formatted pieces of the list's one-sentence summary, for `labels.chartSummary`. */
export interface CreditUsageSummaryParts {
  /** Credits spent in the window, exact (`12,345.5`). */
  total: string;
  /** The credits currency's name (`AI credits`). */
  currency: string;
  dimension: CreditUsageDimension;
  window: string | undefined;
  /** The largest spenders with their credits and share. */
  top: { label: string; value: string; share: string }[];
}

/** Every text of CreditUsage, overridable for translation through its `labels` prop. */
export interface CreditUsageLabels {
  title: string;
  /** The headline and amount column. */
  spent: string;
  /** Under the headline: what it counts. */
  spentNote: string;
  /** The dimension control's buttons, group name and the first column. */
  bySignal: string;
  byProduct: string;
  dimension: string;
  signal: string;
  product: string;
  share: string;
  transactions: string;
  customers: string;
  /** The headline count of signals / products that spent. */
  spenders: (dimension: CreditUsageDimension) => string;
  /** Everything past the list's limit (list) or not returned by the query (table). */
  other: string;
  total: string;
  /** A spend without a signal name or product. */
  unnamed: string;
  /** Accessible name of the credits currency picker. */
  creditsCurrency: string;
  headline: string;
  tableCaption: string;
  window: WindowWording;
  chartSummary: (parts: CreditUsageSummaryParts) => string;
}

/** "12,345.5 AI credits spent by signal, Oct 1, 2026 to Oct 31, 2026; most: email-triage 5,000 (40.5%), …" */
function englishChartSummary({ total, currency, dimension, window, top }: CreditUsageSummaryParts): string {
  let sentence = `${total} ${currency} spent by ${dimension}`;
  if (window !== undefined) sentence += `, ${window}`;
  if (top.length > 0) sentence += `; most: ${top.map((item) => `${item.label} ${item.value} (${item.share})`).join(', ')}`;
  return `${sentence}.`;
}

export const DEFAULT_CREDIT_USAGE_LABELS: Readonly<CreditUsageLabels> = Object.freeze({
  title: 'Credit usage',
  spent: 'Credits spent',
  spentNote: 'Spend transactions in the range',
  bySignal: 'By signal',
  byProduct: 'By product',
  dimension: 'Break down by',
  signal: 'Signal',
  product: 'Product',
  share: 'Share',
  transactions: 'Transactions',
  customers: 'Customers',
  spenders: (dimension: CreditUsageDimension) => (dimension === 'signal' ? 'Signals spending' : 'Products spending'),
  other: 'Other',
  total: 'Total',
  unnamed: '(none)',
  creditsCurrency: 'Credits currency',
  headline: 'Credit usage totals',
  tableCaption: 'Credits spent by signal or product',
  window: englishWindowWording,
  chartSummary: englishChartSummary,
});
