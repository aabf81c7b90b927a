import { englishWindowWording, type WindowWording } from '../shared/describeWindow';

/** The formatted pieces of the list's one-sentence summary, for `labels.chartSummary`. */
export interface RevenueByProductSummaryParts {
  /** Revenue of every product, formatted exactly. */
  total: string;
  /** How many products had revenue. */
  products: number;
  /** The window in words, when known. */
  window: string | undefined;
  /** The largest products with their revenue and share of the total. */
  top: { label: string; value: string; share: string }[];
}

/** Every text of RevenueByProduct, overridable for translation through its `labels` prop. */
export interface RevenueByProductLabels {
  title: string;
  /** The headline and amount column: invoice line totals of posted invoices, before tax. */
  revenue: string;
  /** Under the revenue headline: what it counts. */
  revenueNote: string;
  /** The headline count of products. */
  products: string;
  product: string;
  /** The share-of-total column. */
  share: string;
  /** The count column: invoice lines billed. */
  lines: string;
  /** The footer row and the list's total line. */
  total: string;
  /** Every product past the list's limit, summed. */
  other: string;
  /** A product without a name (and without a product id). */
  unnamedProduct: string;
  headline: string;
  tableCaption: string;
  /** Accessible name of the currency picker. */
  currency: string;
  window: WindowWording;
  /** The list's text summary (its accessible name) from formatted parts. */
  chartSummary: (parts: RevenueByProductSummaryParts) => string;
}

/** "Revenue $12,345.67 from 7 products, Dec 1, 2025 to Nov 30, 2026; largest: Agent A $5,000.00 (40.5%), …" */
function englishChartSummary({ total, products, window, top }: RevenueByProductSummaryParts): string {
  let sentence = `Revenue ${total} from ${products} ${products === 1 ? 'product' : 'products'}`;
  if (window !== undefined) sentence += `, ${window}`;
  if (top.length > 0) sentence += `; largest: ${top.map((item) => `${item.label} ${item.value} (${item.share})`).join(', ')}`;
  return `${sentence}.`;
}

export const DEFAULT_REVENUE_BY_PRODUCT_LABELS: Readonly<RevenueByProductLabels> = Object.freeze({
  title: 'Revenue by product',
  revenue: 'Revenue',
  revenueNote: 'Invoice lines of posted invoices, before tax',
  products: 'Products',
  product: 'Product',
  share: 'Share',
  lines: 'Invoice lines',
  total: 'Total',
  other: 'Other products',
  unnamedProduct: '(no product)',
  headline: 'Revenue by product totals',
  tableCaption: 'Revenue from posted invoices by product',
  currency: 'Currency',
  window: englishWindowWording,
  chartSummary: englishChartSummary,
});
