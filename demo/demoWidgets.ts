/** The widgets on the dashboard, by the `data-widget` of their grid cell (the browser tests walk this list). */
export const DEMO_WIDGETS = ['UsageTrends', 'CostPerModel', 'RevenueAging', 'CreditBurn'] as const;

export type DemoWidgetName = (typeof DEMO_WIDGETS)[number];
