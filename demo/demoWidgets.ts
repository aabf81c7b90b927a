/**
 * The widgets on each demo page, by the `data-widget` of their grid cell (the browser tests walk
 * these lists).
 */

/**
 * The first dashboard's widgets that draw an ECharts chart: the browser tests probe their charts
 * (SVG, tooltips, colours). CostPerModel, now an HTML bar list, is on the page but not here.
 */
export const DEMO_WIDGETS = ['UsageTrends', 'RevenueAging', 'CreditBurn'] as const;

export type DemoWidgetName = (typeof DEMO_WIDGETS)[number];

/** Every widget cell of the internal dashboard, in page order. */
export const INTERNAL_VIEW_WIDGETS = [
  'UsageTrends',
  'CostPerModel',
  'RevenueAging',
  'CreditBurn',
  'CostTrend',
  'RevenueTrend',
  'RevenueByProduct',
  'CustomerLeaderboard',
  'Margin',
  'DeliveredValue',
  'BilledUsage',
  'CreditUsage',
  'SignalPayloadBreakdown',
] as const;

/**
 * Every widget cell of the customer portal, in page order (a customer without credits gets no credit
 * cells). `PlanCard` is the demo's own card, composed from the building blocks over its host query.
 */
export const PORTAL_VIEW_WIDGETS = [
  'PlanCard',
  'UsageTrends',
  'BilledUsage',
  'CreditBurn',
  'CreditUsage',
  'SignalPayloadBreakdown',
  'RevenueTrend',
  'RevenueAging',
] as const;
