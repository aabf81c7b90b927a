/**
 * `cost-trend` as the browser asks for it (`costTrendReference`): its params, their checks and the
 * declared result columns, without the SQL (in `costTrend.ts`, for the proxy and hosts).
 */
import { GRANULARITIES, type Granularity } from './granularity';
import { paramDateTime, paramEnum, paramId, paramInteger, paramText, paramTimeZone, type ParsedParams } from './paramBuilders';
import { defineQueryReference } from './queryReference';
import { column } from './resultColumns';
import type { NamedQueryReference } from './types';
import { checkUsageRowCap, checkUsageWindow } from './usageWindow';

/** What one cost series is: a vendor, a model or a product (agent). */
export const COST_TREND_GROUPS = ['vendor', 'model', 'product'] as const;
export type CostTrendGroup = (typeof COST_TREND_GROUPS)[number];

/** What a caller passes to `cost-trend`. */
export interface CostTrendInput {
  /** Start of the window, inclusive: an ISO 8601 date-time with `Z` or an offset, or a Date. */
  from: string | Date;
  /** End of the window, exclusive. At most 2 years after `from` (31 days at hour granularity). */
  to: string | Date;
  /** Bucket size; default `'day'`. Weeks start on Monday. */
  granularity?: Granularity;
  /** IANA zone whose midnights bound the buckets; default `'UTC'`. */
  timeZone?: string;
  /** What a series is; default `'vendor'`. */
  groupBy?: CostTrendGroup;
  /** How many vendors / models / products get their own series (1–20, default 5); the rest are summed as "other". */
  topN?: number;
  /** Only this product (agent). */
  productId?: string;
  /** Only this customer — within the scope; it never widens it. */
  customerId?: string;
  /** Only this vendor (exact match, e.g. `openai`). */
  vendor?: string;
}

/** The validated params of `cost-trend`. */
export interface CostTrendParams {
  from: Date;
  to: Date;
  granularity: Granularity;
  timeZone: string;
  groupBy: CostTrendGroup;
  topN: number;
  productId: string | undefined;
  customerId: string | undefined;
  vendor: string | undefined;
}

/**
 * One series in one bucket. Buckets without calls are absent (the chart fills the gaps). The
 * "other" series has `series: ''` and `is_other: true`; its label is the widget's choice.
 */
export interface CostTrendRow {
  /** Start of the bucket: local midnight (or hour start) in `timeZone`, as an instant. */
  bucket: Date;
  /** The vendor, the model or the product id; `''` for the "other" series. */
  series: string;
  /** What to show for the series: the vendor, the model, or the product's name (`''` when unknown or "other"). */
  series_label: string;
  /** True for the series that sums everything outside the top N. */
  is_other: boolean;
  /** `SUM(cost_amount)`: exact fractional cents as decimal text. */
  cost_amount: string;
  /** AI calls. */
  calls: bigint;
}

/** The params `cost-trend` declares. */
export const COST_TREND_PARAMS = {
  from: paramDateTime(),
  to: paramDateTime(),
  granularity: paramEnum(GRANULARITIES).default('day'),
  timeZone: paramTimeZone().default('UTC'),
  groupBy: paramEnum(COST_TREND_GROUPS).default('vendor'),
  topN: paramInteger({ min: 1, max: 20 }).default(5),
  productId: paramId().optional(),
  customerId: paramId().optional(),
  vendor: paramText().optional(),
};

/** The browser-side part of `cost-trend`, shared by the reference and the full definition. */
export const COST_TREND_DECLARATION = {
  name: 'cost-trend',
  params: COST_TREND_PARAMS,
  refine(params: ParsedParams<typeof COST_TREND_PARAMS>) {
    checkUsageWindow(params);
    checkUsageRowCap(params);
  },
  columns: {
    bucket: column.datetime(),
    series: column.string(),
    series_label: column.string(),
    is_other: column.bool(),
    cost_amount: column.decimal(),
    calls: column.uint64(),
  },
};

/** `cost-trend` by name, params and columns, without its SQL: what CostTrend sends. */
export const costTrendReference: NamedQueryReference<CostTrendInput, CostTrendParams, CostTrendRow> = defineQueryReference(COST_TREND_DECLARATION);
