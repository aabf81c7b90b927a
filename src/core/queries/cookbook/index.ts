/**
 * The cookbook: named queries for the analyses the API's documentation lists, beyond the widgets'
 * own. Each recipe of the documentation's list, and where it is answered:
 *
 * | recipe | query |
 * | --- | --- |
 * | total signals in a window | `usage-summary` (with the previous period), `analytics-kpis` |
 * | signal volume by type | `signals-by-type` |
 * | daily signal time series | `usage-trends` |
 * | signals by customer with names | `customer-leaderboard` (`orderBy: 'signals'`) |
 * | group, filter, aggregate on a payload field | `signal-payload-breakdown` |
 * | spend by vendor | `cost-breakdown` (`by: 'vendor'`) |
 * | spend by model with token usage | `cost-per-model`, `cost-breakdown` (`by: 'model'`) |
 * | daily cost trend | `cost-trend` |
 * | cost by customer | `cost-breakdown` (`by: 'customer'`), `customer-leaderboard` (`orderBy: 'cost'`) |
 * | cost per signal | `cost-per-model` (`includeCostPerSignal`) |
 * | monthly revenue from posted invoices | `revenue-trend` |
 * | revenue by customer | `customer-leaderboard` (`orderBy: 'revenue'`), `margin` |
 * | revenue by product | `revenue-by-product` |
 * | outstanding and overdue invoices | `revenue-aging`, `analytics-kpis` |
 * | payments and cash flow | `revenue-trend` |
 * | signals that drive billed revenue | `signal-revenue` |
 * | overage above the included allowance | `billed-usage` |
 * | net credit flow by currency | `credit-flow` |
 * | top credit-spending signals | `credit-usage` |
 * | value by type | `value-by-type` |
 * | value vs cost (ROI) by customer | `value-roi` |
 * | margin per customer and per product | `margin` |
 */
import { billedUsage, creditFlow, creditUsage, signalRevenue } from './billing';
import { costBreakdown } from './cost';
import { customerLeaderboard, margin, revenueByProduct } from './revenue';
import { signalPayloadBreakdown, signalsByType } from './usage';
import { valueByType, valueRoi } from './value';

export { billedUsage, creditFlow, creditUsage, signalRevenue } from './billing';
export { COST_DIMENSIONS, costBreakdown } from './cost';
export { customerLeaderboard, LEADERBOARD_ORDERS, margin, MARGIN_DIMENSIONS, revenueByProduct } from './revenue';
export { PAYLOAD_PATH_PATTERN, signalPayloadBreakdown, signalsByType } from './usage';
export { valueByType, valueRoi } from './value';

/** The cookbook's queries, keyed by wire name. */
export const COOKBOOK_QUERIES = {
  'signals-by-type': signalsByType,
  'signal-payload-breakdown': signalPayloadBreakdown,
  'cost-breakdown': costBreakdown,
  'revenue-by-product': revenueByProduct,
  margin,
  'customer-leaderboard': customerLeaderboard,
  'billed-usage': billedUsage,
  'signal-revenue': signalRevenue,
  'credit-flow': creditFlow,
  'credit-usage': creditUsage,
  'value-by-type': valueByType,
  'value-roi': valueRoi,
} as const;
