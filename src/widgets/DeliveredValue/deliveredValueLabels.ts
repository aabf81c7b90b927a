import { englishWindowWording, type WindowWording } from '../shared/describeWindow';

/** The two breakdowns: value by type, or value against AI cost (ROI) per customer. */
export type DeliveredValueBreakdown = 'type' | 'customer';

/** The formatted pieces of the one-sentence summary, for `labels.chartSummary`. */
export interface DeliveredValueSummaryParts {
  breakdown: DeliveredValueBreakdown;
  value: string;
  cost: string;
  /** Overall return (`12.3×`), or `undefined` without AI cost. */
  roi: string | undefined;
  window: string | undefined;
  /** The largest value types, or the customers with the highest return, formatted. */
  top: { label: string; value: string }[];
}

/** Every text of DeliveredValue, overridable for translation through its `labels` prop. */
export interface DeliveredValueLabels {
  title: string;
  /** The breakdown control's accessible name. */
  breakdownLabel: string;
  breakdowns: Record<DeliveredValueBreakdown, string>;
  /** The headline's total value delivered. */
  value: string;
  cost: string;
  /** The return on AI cost: value ÷ cost. */
  roi: string;
  /** Value − AI cost. */
  net: string;
  /** A return written as a multiple: `12.3×`. */
  roiMultiple: (formatted: string) => string;
  /** Shown where there was no AI cost to divide by. */
  noCost: string;
  /** Known value types by their raw name (`time_saved`); others show as they are. */
  valueTypes: Record<string, string>;
  valueType: string;
  customer: string;
  /** The CSV's id columns. */
  id: string;
  signals: string;
  customers: string;
  otherTypes: string;
  otherCustomers: string;
  total: string;
  unnamed: string;
  headline: string;
  /** Under the headline. */
  note: (currency: string) => string;
  typeCaption: string;
  customerCaption: string;
  window: WindowWording;
  chartSummary: (parts: DeliveredValueSummaryParts) => string;
}

function englishChartSummary({ breakdown, value, cost, roi, window, top }: DeliveredValueSummaryParts): string {
  let sentence = `${value} of value delivered`;
  if (window !== undefined) sentence += ` from ${window}`;
  sentence += ` for ${cost} of AI cost`;
  sentence += roi === undefined ? '' : `, a return of ${roi}`;
  if (top.length > 0) sentence += `; ${breakdown === 'type' ? 'largest types' : 'highest returns'}: ${top.map((item) => `${item.label} ${item.value}`).join(', ')}`;
  return `${sentence}.`;
}

export const DEFAULT_DELIVERED_VALUE_LABELS: Readonly<DeliveredValueLabels> = Object.freeze({
  title: 'Delivered value',
  breakdownLabel: 'Breakdown',
  breakdowns: Object.freeze({ type: 'By type', customer: 'ROI by customer' }),
  value: 'Value delivered',
  cost: 'AI cost',
  roi: 'ROI',
  net: 'Net value',
  roiMultiple: (formatted: string) => `${formatted}×`,
  noCost: 'no AI cost',
  valueTypes: Object.freeze({ time_saved: 'Time saved', revenue_influenced: 'Revenue influenced', cost_avoided: 'Cost avoided' }),
  valueType: 'Value type',
  customer: 'Customer',
  id: 'Id',
  signals: 'Signals',
  customers: 'Customers',
  otherTypes: 'Other types',
  otherCustomers: 'Other customers',
  total: 'Total',
  unnamed: '(unnamed)',
  headline: 'Delivered value totals',
  note: (currency: string) => `Value and AI cost in ${currency}; ROI = value ÷ AI cost`,
  typeCaption: 'Value delivered by type',
  customerCaption: 'Value delivered and AI cost per customer',
  window: englishWindowWording,
  chartSummary: englishChartSummary,
});
