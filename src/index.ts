/**
 * `paid-analytics-react`: the provider, the data hooks, the four widgets and the theme.
 * Re-exports the formatters and the client pieces a host needs beside them; everything
 * framework-free is also in `paid-analytics-react/core`.
 */

// Data: provider and hooks
export { AnalyticsProvider, type AnalyticsProviderProps } from './react/AnalyticsProvider';
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
export { DEFAULT_USAGE_TRENDS_LABELS, type UsageTrendsLabels } from './widgets/UsageTrends/usageTrendsLabels';
export { DEFAULT_COST_PER_MODEL_LABELS, type CostPerModelLabels } from './widgets/CostPerModel/costPerModelLabels';
export { DEFAULT_REVENUE_AGING_LABELS, type RevenueAgingLabels } from './widgets/RevenueAging/revenueAgingLabels';
export { DEFAULT_CREDIT_BURN_LABELS, type CreditBurnLabels } from './widgets/CreditBurn/creditBurnLabels';
export type { UsageTrendsChartType } from './widgets/UsageTrends/buildUsageTrendsOption';
export type { WidgetView } from './ui/ViewToggle/ViewToggle';

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
  defineNamedQuery,
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
