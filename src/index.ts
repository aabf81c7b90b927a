/**
 * `paid-analytics-react`: the provider, the data hooks, the four widgets and the theme.
 * Re-exports the formatters and the client pieces a host needs beside them; everything
 * framework-free is also in `paid-analytics-react/core`.
 */

// Data: provider and hooks
export { AnalyticsProvider, type AnalyticsProviderProps } from './react/AnalyticsProvider';
export type { ControlLabels } from './ui/controlLabels/controlLabels';
export type { AnalyticsContextValue } from './react/AnalyticsContext';
export { useAnalyticsContext } from './react/useAnalyticsContext';
export type { AnalyticsHookOptions, AnalyticsQueryResult, AnalyticsResult } from './react/AnalyticsResult';
export { useNamedQuery } from './react/useNamedQuery';
export { useAnalyticsQuery } from './react/useAnalyticsQuery';
export { useSchema } from './react/useSchema';
export { useSignalsMetadata, type SignalsMetadataInput } from './react/useSignalsMetadata';
export { useUsageTrends } from './react/useUsageTrends';
export { useUsageSummary } from './react/useUsageSummary';
export { useCostPerModel } from './react/useCostPerModel';
export { useRevenueAging } from './react/useRevenueAging';
export { useCreditBurn } from './react/useCreditBurn';

// Widgets
export { UsageTrends, type UsageTrendsProps } from './widgets/UsageTrends/UsageTrends';
export { CostPerModel, type CostPerModelProps } from './widgets/CostPerModel/CostPerModel';
export { RevenueAging, type RevenueAgingProps } from './widgets/RevenueAging/RevenueAging';
export { CreditBurn, type CreditBurnProps } from './widgets/CreditBurn/CreditBurn';
export { DeliveredValue, DELIVERED_VALUE_BREAKDOWNS, type DeliveredValueProps } from './widgets/DeliveredValue/DeliveredValue';
export { Margin, MARGIN_WIDGET_DIMENSIONS, type MarginProps } from './widgets/Margin/Margin';
export { CustomerLeaderboard, LEADERBOARD_METRICS, type CustomerLeaderboardProps } from './widgets/CustomerLeaderboard/CustomerLeaderboard';
export { CostTrend, type CostTrendProps, type CostTrendGranularity, type CostTrendChartType } from './widgets/CostTrend/CostTrend';
export { AnalyticsKpis, type AnalyticsKpisProps, type AnalyticsKpisLabelsInput } from './widgets/AnalyticsKpis/AnalyticsKpis';
export { SignalPayloadBreakdown, type SignalPayloadBreakdownProps } from './widgets/SignalPayloadBreakdown/SignalPayloadBreakdown';
export { RevenueTrend, type RevenueTrendProps } from './widgets/RevenueTrend/RevenueTrend';
export { RevenueByProduct, type RevenueByProductProps } from './widgets/RevenueByProduct/RevenueByProduct';
export { CreditUsage, type CreditUsageProps } from './widgets/CreditUsage/CreditUsage';
export { BilledUsage, type BilledUsageProps } from './widgets/BilledUsage/BilledUsage';
export { DEFAULT_USAGE_TRENDS_LABELS, type UsageTrendsLabels } from './widgets/UsageTrends/usageTrendsLabels';
export { DEFAULT_COST_PER_MODEL_LABELS, type CostPerModelLabels } from './widgets/CostPerModel/costPerModelLabels';
export { DEFAULT_REVENUE_AGING_LABELS, type RevenueAgingLabels } from './widgets/RevenueAging/revenueAgingLabels';
export { DEFAULT_CREDIT_BURN_LABELS, type CreditBurnLabels } from './widgets/CreditBurn/creditBurnLabels';
export { DEFAULT_DELIVERED_VALUE_LABELS, type DeliveredValueBreakdown, type DeliveredValueLabels, type DeliveredValueSummaryParts } from './widgets/DeliveredValue/deliveredValueLabels';
export { DEFAULT_MARGIN_LABELS, type MarginDimension, type MarginLabels, type MarginSummaryParts } from './widgets/Margin/marginLabels';
export { DEFAULT_CUSTOMER_LEADERBOARD_LABELS, type CustomerLeaderboardLabels, type CustomerLeaderboardSummaryParts, type LeaderboardMetric } from './widgets/CustomerLeaderboard/customerLeaderboardLabels';
export { DEFAULT_COST_TREND_LABELS, type CostTrendLabels, type CostTrendSummaryParts } from './widgets/CostTrend/costTrendLabels';
export { DEFAULT_ANALYTICS_KPIS_LABELS, type AnalyticsKpisLabels } from './widgets/AnalyticsKpis/analyticsKpisLabels';
export { ANALYTICS_KPIS, type AnalyticsKpi } from './widgets/AnalyticsKpis/analyticsKpiValues';
export {
  DEFAULT_SIGNAL_PAYLOAD_BREAKDOWN_LABELS,
  type PayloadBreakdownSummaryParts,
  type SignalPayloadBreakdownLabels,
} from './widgets/SignalPayloadBreakdown/signalPayloadBreakdownLabels';
export { DEFAULT_REVENUE_TREND_LABELS, type RevenueTrendLabels, type RevenueTrendSummaryParts } from './widgets/RevenueTrend/revenueTrendLabels';
export { DEFAULT_REVENUE_BY_PRODUCT_LABELS, type RevenueByProductLabels, type RevenueByProductSummaryParts } from './widgets/RevenueByProduct/revenueByProductLabels';
export { DEFAULT_CREDIT_USAGE_LABELS, type CreditUsageDimension, type CreditUsageLabels, type CreditUsageSummaryParts } from './widgets/CreditUsage/creditUsageLabels';
export { DEFAULT_BILLED_USAGE_LABELS, type BilledUsageLabels, type BilledUsageSummaryParts } from './widgets/BilledUsage/billedUsageLabels';
export type { UsageTrendsChartType } from './widgets/UsageTrends/UsageTrends';
export type { WidgetView } from './ui/ViewToggle/ViewToggle';

// Building blocks: compose your own cards from any named query's typed rows (see src/ui/README.md)
export { WidgetFrame, type WidgetFrameProps } from './ui/WidgetFrame/WidgetFrame';
export { useFrameTheme } from './ui/WidgetFrame/FrameThemeContext';
export { UpdatedAgo, type UpdatedAgoProps } from './ui/WidgetFrame/UpdatedAgo';
export { Stat, StatList, type StatProps, type StatListProps, type StatChange } from './ui/Stat/Stat';
export { Kpi, type KpiProps } from './ui/Stat/Kpi';
export { statChange, type StatChangeOptions } from './ui/Stat/statChange';
export {
  TimeSeriesChart,
  TimeSeriesChartView,
  type TimeSeriesChartProps,
  type TimeSeriesChartViewProps,
  type TimeSeriesDisplayProps,
} from './ui/TimeSeriesChart/TimeSeriesChart';
export {
  useTimeSeries,
  DEFAULT_TIME_SERIES_LABELS,
  type TimeSeriesDataProps,
  type TimeSeriesLabels,
  type TimeSeriesModel,
  type TimeSeriesTableRow,
} from './ui/TimeSeriesChart/useTimeSeries';
export type { TimeSeriesKind } from './ui/TimeSeriesChart/buildTimeSeriesOption';
export { BarList, DEFAULT_BAR_LIST_LABELS, type BarListProps, type BarListLabels } from './ui/BarList/BarList';
export { rankBars, type RankedBar, type RankedBars } from './ui/BarList/rankBars';
export { DataTable, type DataTableProps, type DataTableLabels } from './ui/DataTable/DataTable';
export type { DataTableColumn, DataTableSort } from './ui/DataTable/types';
export { sortTableRows } from './ui/DataTable/sortTableRows';
export { TimeRangeControl, type TimeRangeControlProps } from './ui/TimeRangeControl/TimeRangeControl';
export { GranularityControl, ALL_GRANULARITIES, type Granularity, type GranularityControlProps } from './ui/GranularityControl/GranularityControl';
export { ChoiceControl, type ChoiceControlProps } from './ui/ChoiceControl/ChoiceControl';
export { ViewToggle, type ViewToggleProps } from './ui/ViewToggle/ViewToggle';
export { ExportCsvButton, type ExportCsvButtonProps } from './ui/ExportCsvButton/ExportCsvButton';
export { tableColumnsToCsv } from './ui/csv/tableColumnsToCsv';
export { ChartLegend, type ChartLegendProps, type ChartLegendItem } from './ui/ChartLegend/ChartLegend';
export { LoadingState, type LoadingStateProps } from './ui/states/LoadingState';
export { EmptyState, type EmptyStateProps } from './ui/states/EmptyState';
export { ErrorState, type ErrorStateProps } from './ui/states/ErrorState';
export { BlockErrorBoundary, type BlockErrorBoundaryProps, type RenderErrorInfo } from './ui/ErrorBoundary/BlockErrorBoundary';
export { seriesColors, type SeriesColorOptions } from './ui/series/seriesColors';
export { axisNumberFormat } from './ui/Chart/axisNumberFormat';
export { axisMoneyFormat } from './ui/Chart/axisMoneyFormat';
export type { FieldOf, NumericValue } from './ui/series/fields';

// Theme
export type { ResolvedTheme, ThemeColors, ThemeDensity, ThemeInput, ThemeMode } from './theme/types';
export { DARK_COLORS, LIGHT_COLORS } from './theme/defaultThemes';
export { resolveTheme } from './theme/resolveTheme';
export { themeToCssVariables } from './theme/themeToCssVariables';
export { themeToEchartsTheme } from './theme/themeToEchartsTheme';
export { useResolvedTheme } from './theme/useResolvedTheme';

// Messages and export
export { DEFAULT_ERROR_MESSAGES, type ErrorMessage, type ErrorMessages } from './ui/states/errorMessages';
export { toCsv, type CsvColumn } from './ui/csv/toCsv';
export { centsToMajorUnits } from './ui/csv/centsToMajorUnits';

// From the core: what a host uses beside the widgets
export {
  AGING_BUCKETS,
  AnalyticsError,
  QueryClient,
  column,
  createFormatters,
  createHttpFetcher,
  createProxyFetcher,
  defineNamedQuery,
  defineQueryReference,
  formatCents,
  formatChange,
  formatCount,
  formatDate,
  formatDateTime,
  formatDuration,
  formatPercent,
  formatTokens,
  isAnalyticsError,
  param,
  previousPeriod,
  resolveTimeRange,
  sql,
  view,
  type AnalyticsErrorCode,
  type AnalyticsFetcher,
  type AgingBucket,
  type AnalyticsRequest,
  type ColumnSpec,
  type DefinedNamedQuery,
  type InputOf,
  type NamedQuery,
  type NamedQueryReference,
  type NamedQueryDefinition,
  type ParamSpec,
  type RowOf,
  type SqlFragment,
  type CostPerModelInput,
  type CostPerModelRow,
  type CreditBurnInput,
  type CreditBurnRow,
  type Formatters,
  type HttpFetcherOptions,
  type ProxyFetcherOptions,
  type IsoDate,
  type QueryClientOptions,
  type RevenueAgingInput,
  type RevenueAgingRow,
  type TimeRange,
  type TimeRangePreset,
  type UsageSummaryInput,
  type UsageSummaryRow,
  type UsageTrendsInput,
  type UsageTrendsRow,
} from './core/index';
