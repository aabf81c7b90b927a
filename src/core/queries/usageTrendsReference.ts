/**
 * `usage-trends` as the browser asks for it (`usageTrendsReference`): params, their checks and
 * the declared result columns, without the SQL (in `usageTrends.ts`, for the proxy and hosts).
 */
import { paramDateTime, paramEnum, paramId, paramInteger, paramText, paramTimeZone } from './paramBuilders';
import { defineQueryReference } from './queryReference';
import { column } from './resultColumns';
import { GRANULARITIES, type Granularity } from './granularity';
import type { NamedQueryReference } from './types';
import { checkUsageRowCap, checkUsageWindow } from './usageWindow';

/** What a caller passes to `usage-trends` (and to `usage-summary`, which reads the same keys). */
export interface UsageTrendsInput {
  /** Start of the window, inclusive: an ISO 8601 date-time with `Z` or an offset, or a Date. */
  from: string | Date;
  /** End of the window, exclusive. At most 2 years after `from` (31 days at hour granularity). */
  to: string | Date;
  /** Bucket size; default `'day'`. Weeks start on Monday. */
  granularity?: Granularity;
  /** IANA zone whose midnights bound the buckets; default `'UTC'`. */
  timeZone?: string;
  /** How many signal names get their own series (1–20, default 5); the rest are summed as "other". */
  topN?: number;
  /** Only this signal name. */
  signalName?: string;
  /** Only this product (agent). */
  productId?: string;
  /** Only this customer — within the scope; it never widens it. */
  customerId?: string;
}

/** The validated params of `usage-trends`. */
export interface UsageTrendsParams {
  from: Date;
  to: Date;
  granularity: Granularity;
  timeZone: string;
  topN: number;
  signalName: string | undefined;
  productId: string | undefined;
  customerId: string | undefined;
}

/**
 * One series in one bucket. Buckets without signals are absent (the chart fills the gaps).
 * The "other" series has `series: ''` and `is_other: true`; its label is the widget's choice.
 */
export interface UsageTrendsRow {
  /** Start of the bucket: local midnight (or hour start) in `timeZone`, as an instant. */
  bucket: Date;
  /** The signal name, or `''` for the "other" series. */
  series: string;
  /** True for the series that sums every signal name outside the top N. */
  is_other: boolean;
  signals: bigint;
}

/** The params `usage-trends` and `usage-summary` declare. */
export const USAGE_PARAMS = {
  from: paramDateTime(),
  to: paramDateTime(),
  granularity: paramEnum(GRANULARITIES).default('day'),
  timeZone: paramTimeZone().default('UTC'),
  topN: paramInteger({ min: 1, max: 20 }).default(5),
  signalName: paramText().optional(),
  productId: paramId().optional(),
  customerId: paramId().optional(),
};

/** The param names of `usage-trends` and `usage-summary`. */
export const USAGE_PARAM_NAMES = Object.keys(USAGE_PARAMS) as (keyof typeof USAGE_PARAMS)[];

export { checkUsageRowCap, checkUsageWindow, maxBucketCount, MAX_RESULT_ROWS } from './usageWindow';

/** The browser-side part of `usage-trends`, shared by the reference and the full definition. */
export const USAGE_TRENDS_DECLARATION = {
  name: 'usage-trends',
  params: USAGE_PARAMS,
  refine(params: UsageTrendsParams): void {
    checkUsageWindow(params);
    checkUsageRowCap(params);
  },
  columns: { bucket: column.datetime(), series: column.string(), is_other: column.bool(), signals: column.uint64() },
} as const;

/** `usage-trends` by name, params and columns, without its SQL: what `useUsageTrends` sends. */
export const usageTrendsReference: NamedQueryReference<UsageTrendsInput, UsageTrendsParams, UsageTrendsRow> =
  defineQueryReference(USAGE_TRENDS_DECLARATION);
