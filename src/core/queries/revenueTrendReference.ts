/**
 * `revenue-trend` as the browser asks for it (`revenueTrendReference`): its params, their checks and
 * the declared result columns, without the SQL (in `revenueTrend.ts`, for the proxy and hosts).
 */
import { MAX_WINDOW_DAYS, parseTimeWindow } from './params';
import { paramCurrency, paramDateTime, paramEnum, paramId, paramTimeZone, type ParsedParams } from './paramBuilders';
import { defineQueryReference } from './queryReference';
import { column } from './resultColumns';
import type { NamedQueryReference } from './types';

/** The bucket sizes of a revenue trend. */
export type RevenueTrendGranularity = 'week' | 'month';
export const REVENUE_TREND_GRANULARITIES: readonly RevenueTrendGranularity[] = ['month', 'week'];

/** What a caller passes to `revenue-trend`. */
export interface RevenueTrendInput {
  /** Start of the window, inclusive (ISO 8601 date-time with `Z` or an offset, or a Date). */
  from: string | Date;
  /** End of the window, exclusive; at most 2 years after `from`. */
  to: string | Date;
  /** Bucket size; default `'month'`. Weeks start on Monday. */
  granularity?: RevenueTrendGranularity;
  /** IANA zone of the buckets; default `'UTC'`. */
  timeZone?: string;
  /** Only this customer — within the scope; it never widens it. */
  customerId?: string;
  /** Only this ISO 4217 currency; default every currency, each in its own rows. */
  currency?: string;
}

/** The validated params of `revenue-trend`. */
export interface RevenueTrendParams {
  from: Date;
  to: Date;
  granularity: RevenueTrendGranularity;
  timeZone: string;
  customerId: string | undefined;
  currency: string | undefined;
}

/** One period × currency with posted invoices or posted payments. Periods with neither are absent. */
export interface RevenueTrendRow {
  /** Start of the period: local midnight in `timeZone`, as an instant. */
  bucket: Date;
  currency: string;
  /** Revenue: `total_excl_tax` of posted invoices issued in the period, cents. */
  invoiced: bigint;
  /** Posted invoices issued in the period. */
  invoices: bigint;
  /** Cash collected: `amount` of posted payments received in the period, cents (tax included). */
  collected: bigint;
  /** Posted payments received in the period. */
  payments: bigint;
}

/** The params `revenue-trend` declares. */
export const REVENUE_TREND_PARAMS = {
  from: paramDateTime(),
  to: paramDateTime(),
  granularity: paramEnum(REVENUE_TREND_GRANULARITIES).default('month'),
  timeZone: paramTimeZone().default('UTC'),
  customerId: paramId().optional(),
  currency: paramCurrency().optional(),
};

/** The browser-side part of `revenue-trend`, shared by the reference and the full definition. */
export const REVENUE_TREND_DECLARATION = {
  name: 'revenue-trend',
  params: REVENUE_TREND_PARAMS,
  refine: (params: ParsedParams<typeof REVENUE_TREND_PARAMS>) => void parseTimeWindow(params.from, params.to, { maxDays: MAX_WINDOW_DAYS }),
  columns: {
    bucket: column.datetime(),
    currency: column.string(),
    invoiced: column.int64(),
    invoices: column.uint64(),
    collected: column.int64(),
    payments: column.uint64(),
  },
};

/** `revenue-trend` by name, params and columns, without its SQL: what RevenueTrend sends. */
export const revenueTrendReference: NamedQueryReference<RevenueTrendInput, RevenueTrendParams, RevenueTrendRow> = defineQueryReference(REVENUE_TREND_DECLARATION);
