/**
 * `paid-analytics-react/core`: everything that runs anywhere, with no React and no Node built-ins —
 * the wire contract, decoding of typed rows, exact formatters, named queries and the QueryClient.
 */

// The wire contract and the schema
export {
  ANALYTICS_BASE_PATH,
  PAID_ANALYTICS_URL,
  type AnalyticsFetcher,
  type AnalyticsRequest,
  type ErrorResponseBody,
  type NamedQueryRequest,
  type QueryResponseBody,
  type ResponseColumn,
  type ResponseMeta,
  type SchemaColumn,
  type SchemaRequest,
  type SchemaResponseBody,
  type SchemaView,
  type Scope,
  type SignalPath,
  type SignalsMetadataRequest,
  type SignalsMetadataResponseBody,
  type SqlRequest,
} from './contract';
export { ANALYTICS_VIEWS, CUSTOMER_SCOPED_VIEWS, VIEW_NAMES, type ViewName } from './views';
export {
  ANALYTICS_ERROR_CODES,
  API_ERROR_CODES,
  AnalyticsError,
  CLIENT_ERROR_CODES,
  isAnalyticsError,
  type AnalyticsErrorCode,
  type AnalyticsErrorInit,
  type ApiErrorCode,
  type ClientErrorCode,
} from './errors';

// Decoding
export { decodeResult, type DecodedResult } from './decode/decodeResult';
export { parseAnalyticsJson } from './decode/parseAnalyticsJson';

// Exact decimal arithmetic (credits, fractional cents, every Decimal column)
export {
  absDecimal,
  addDecimals,
  canonicalDecimal,
  compareDecimals,
  divideDecimals,
  maxDecimal,
  minDecimal,
  multiplyDecimals,
  negateDecimal,
  roundDecimal,
  signOfDecimal,
  subtractDecimals,
  sumDecimals,
  type DecimalInput,
  type DecimalRounding,
} from './decimal';
export { parseClickHouseType, type ClickHouseType } from './decode/clickhouseType';
export type { IsoDate } from './decode/calendarDate';
export { setRowCodeGenerationAllowed } from './decode/rowFactory';

// Formatting
export { formatCents, type FormatCentsOptions } from './format/formatCents';
export { formatCount, type FormatCountOptions } from './format/formatCount';
export { formatTokens, type FormatTokensOptions } from './format/formatTokens';
export { formatPercent, type FormatPercentOptions } from './format/formatPercent';
export { formatChange, changeRatio, type FormatChangeOptions } from './format/formatChange';
export { formatDuration, type FormatDurationOptions } from './format/formatDuration';
export {
  formatBucket,
  formatDate,
  formatDateTime,
  type BucketGranularity,
  type FormatBucketOptions,
  type FormatDateOptions,
  type FormatDateTimeOptions,
} from './format/formatDateTime';
export { createFormatters, type Formatters, type FormattersOptions } from './format/createFormatters';

// Time ranges
export {
  TIME_RANGE_PRESETS,
  previousPeriod,
  resolveTimeRange,
  type CustomTimeRange,
  type ResolvedTimeRange,
  type TimeRange,
  type TimeRangePreset,
} from './time/timeRange';

// SQL and named queries
export { sqlString } from './sql/sqlString';
export { sql, view, renderSql, isSqlFragment, type SqlFragment, type SqlValue } from './sql/sql';
export { CUSTOMER_DATA_VIEWS, type CustomerDataView } from './sql/customerDataViews';
export type { AnyNamedQuery, InputOf, NamedQuery, NamedQueryReference, ParamsOf, RowOf } from './queries/types';
export { defineNamedQuery, type DefinedNamedQuery, type NamedQueryDefinition } from './queries/defineNamedQuery';
export { defineQueryReference, type DefinedQueryReference, type QueryReferenceDefinition } from './queries/queryReference';
export { param, type ParamSpec, type ParamSpecs, type ParamsInput, type ParsedParams, type TextParamOptions } from './queries/paramBuilders';
export { column, type ColumnFamily, type ColumnSpec, type ColumnSpecs, type RowOfColumns } from './queries/resultColumns';
export { checkResultColumns } from './queries/checkResultColumns';
export { invalidParams, parseTimeWindow } from './queries/params';
export { checkNamedQuery, createQueryRegistry, type QueryRegistry } from './queries/queryRegistry';
export { compileQuery } from './queries/compileQuery';
export { BUILT_IN_QUERIES, NAMED_QUERIES, NAMED_QUERY_NAMES, findNamedQuery, type NamedQueryName } from './queries/registry';
export {
  COOKBOOK_QUERIES,
  COST_DIMENSIONS,
  LEADERBOARD_ORDERS,
  MARGIN_DIMENSIONS,
  PAYLOAD_PATH_PATTERN,
  billedUsage,
  costBreakdown,
  creditFlow,
  creditUsage,
  customerLeaderboard,
  margin,
  revenueByProduct,
  signalPayloadBreakdown,
  signalRevenue,
  signalsByType,
  valueByType,
  valueRoi,
} from './queries/cookbook/index';
export { checkRequiredColumns, type MissingColumns } from './queries/checkRequiredColumns';
export { GRANULARITIES, timeBucket, type Granularity } from './queries/timeBucket';
export {
  usageTrends,
  type UsageTrendsInput,
  type UsageTrendsParams,
  type UsageTrendsRow,
} from './queries/usageTrends';
export {
  usageSummary,
  type UsageSummaryInput,
  type UsageSummaryParams,
  type UsageSummaryRow,
} from './queries/usageSummary';
export {
  costPerModel,
  type CostPerModelInput,
  type CostPerModelParams,
  type CostPerModelRow,
} from './queries/costPerModel';
export {
  AGING_BUCKETS,
  revenueAging,
  type AgingBucket,
  type RevenueAgingInput,
  type RevenueAgingParams,
  type RevenueAgingRow,
} from './queries/revenueAging';
export {
  REVENUE_TREND_GRANULARITIES,
  revenueTrend,
  type RevenueTrendGranularity,
  type RevenueTrendInput,
  type RevenueTrendParams,
  type RevenueTrendRow,
} from './queries/revenueTrend';
export {
  ANALYTICS_KPI_KINDS,
  analyticsKpis,
  type AnalyticsKpiKind,
  type AnalyticsKpisInput,
  type AnalyticsKpisParams,
  type AnalyticsKpisRow,
} from './queries/analyticsKpis';
export {
  billingPeriodUsage,
  type BillingPeriodUsageInput,
  type BillingPeriodUsageParams,
  type BillingPeriodUsageRow,
} from './queries/billingPeriodUsage';
export {
  CREDIT_BURN_GRANULARITIES,
  creditBurn,
  type CreditBurnGranularity,
  type CreditBurnInput,
  type CreditBurnParams,
  type CreditBurnRow,
} from './queries/creditBurn';
export {
  BURN_RATE_SCALE,
  DEFAULT_BURN_RATE_DAYS,
  creditBurnRateInput,
  creditBurnRateWindow,
  summarizeCreditBurn,
  type BurnRateWindow,
  type CreditBurnSummary,
} from './queries/summarizeCreditBurn';
export { COST_TREND_GROUPS, costTrend, type CostTrendGroup, type CostTrendInput, type CostTrendParams, type CostTrendRow } from './queries/costTrend';

// The client
export { createHttpFetcher, createProxyFetcher, type HttpFetcherOptions, type ProxyFetcherOptions } from './client/createHttpFetcher';
export {
  QueryClient,
  type QueryClientActivity,
  type QueryClientOptions,
  type QueryState,
} from './client/QueryClient';
export {
  ANALYTICS_QUERY_KEY,
  analyticsQueryOptions,
  type AnalyticsQueryOptions,
} from './client/analyticsQueryOptions';
export { decodeResponse, type DecodedResponse } from './client/decodeResponse';
