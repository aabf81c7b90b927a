import { englishWindowWording, type WindowWording } from '../shared/describeWindow';

/** What a margin row is: a customer or a product. */
export type MarginDimension = 'customer' | 'product';

/** The formatted pieces of the chart's one-sentence summary, for `labels.chartSummary`. */
export interface MarginSummaryParts {
  /** `customer` or `product`, in words (`Customer`). */
  dimension: string;
  /** Total margin, formatted exactly, with the loss flag when negative. */
  margin: string;
  revenue: string;
  cost: string;
  window: string | undefined;
  /** How many rows have a negative margin, formatted. */
  negativeCount: string;
  /** How many rows in all, formatted. */
  count: string;
  /** The worst margins (lowest first), formatted, when any is negative. */
  worst: { label: string; value: string }[];
}

/** Every text of Margin, overridable for translation through its `labels` prop. */
export interface MarginLabels {
  title: string;
  /** The dimension control's accessible name. */
  dimensionLabel: string;
  /** The currency picker's accessible name (shown when the window has revenue in several). */
  currency: string;
  /** Each dimension's name (control, column header). */
  dimensions: Record<MarginDimension, string>;
  /** The "everyone else" row per dimension. */
  others: Record<MarginDimension, string>;
  margin: string;
  revenue: string;
  cost: string;
  /** The margin as a share of revenue. */
  marginRate: string;
  /** The headline's count of negative margins. */
  negativeCount: string;
  /** The flag beside every negative margin (badge and text): never colour alone. */
  loss: string;
  /** The CSV column saying whether a margin is negative. */
  lossColumn: string;
  /** The CSV's id column. */
  id: string;
  total: string;
  unnamed: string;
  headline: string;
  /** Under the headline: what revenue and cost are. */
  note: (currency: string) => string;
  tableCaption: string;
  /** The bar list's accessible name. */
  listCaption: string;
  window: WindowWording;
  chartSummary: (parts: MarginSummaryParts) => string;
}

function englishChartSummary(parts: MarginSummaryParts): string {
  let sentence = `Margin by ${parts.dimension.toLowerCase()}`;
  if (parts.window !== undefined) sentence += ` from ${parts.window}`;
  sentence += `: ${parts.margin} (revenue ${parts.revenue} minus AI cost ${parts.cost}) across ${parts.count}`;
  sentence += `; ${parts.negativeCount} with a negative margin`;
  if (parts.worst.length > 0) sentence += `, worst: ${parts.worst.map((item) => `${item.label} ${item.value}`).join(', ')}`;
  return `${sentence}.`;
}

export const DEFAULT_MARGIN_LABELS: Readonly<MarginLabels> = Object.freeze({
  title: 'Margin',
  dimensionLabel: 'Margin by',
  currency: 'Currency',
  dimensions: Object.freeze({ customer: 'Customer', product: 'Product' }),
  others: Object.freeze({ customer: 'Other customers', product: 'Other products' }),
  margin: 'Margin',
  revenue: 'Revenue',
  cost: 'AI cost',
  marginRate: 'Margin %',
  negativeCount: 'Negative margins',
  loss: 'Loss',
  lossColumn: 'Negative margin',
  id: 'Id',
  total: 'Total',
  unnamed: '(unnamed)',
  headline: 'Margin totals',
  note: (currency: string) => `Revenue before tax in ${currency} (posted invoices) minus AI cost`,
  tableCaption: 'Revenue, AI cost and margin',
  listCaption: 'Margins, lowest first',
  window: englishWindowWording,
  chartSummary: englishChartSummary,
});
