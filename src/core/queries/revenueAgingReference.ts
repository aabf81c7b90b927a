/**
 * `revenue-aging` as the browser asks for it (`revenueAgingReference`): its params, their checks and the
 * declared result columns, without the SQL (in `revenueAging.ts`, for the proxy and hosts).
 */
import { todayInTimeZone } from './params';
import { paramCurrency, paramDate, paramId, paramInteger, paramTimeZone, type ParsedParams } from './paramBuilders';
import { column } from './resultColumns';
import { defineQueryReference } from './queryReference';
import type { NamedQueryReference } from './types';

/** The aging buckets, in order: not yet due, then 1–30, 31–60, 61–90 and over 90 days past due. */
export const AGING_BUCKETS = ['current', '1-30', '31-60', '61-90', '90+'] as const;
export type AgingBucket = (typeof AGING_BUCKETS)[number];

/** What a caller passes to `revenue-aging`. */
export interface RevenueAgingInput {
  /** The day days past due are counted to (`YYYY-MM-DD`); default today in `timeZone`. */
  asOf?: string;
  /** IANA zone that decides what "today" is; default `'UTC'`. */
  timeZone?: string;
  /** Only this customer — within the scope; it never widens it. */
  customerId?: string;
  /** Only this ISO 4217 currency; default every currency, each in its own rows. */
  currency?: string;
  /** How many customers (per currency) get their own rows, by total owed (1–100, default 10). */
  topCustomers?: number;
}

/** The validated params of `revenue-aging`. */
export interface RevenueAgingParams {
  asOf: string;
  timeZone: string;
  customerId: string | undefined;
  currency: string | undefined;
  topCustomers: number;
}

/**
 * One customer × currency × bucket with something outstanding, or (`is_total`) the bucket's total
 * over every customer in scope for that currency. Empty buckets have no row.
 */
export interface RevenueAgingRow {
  /** `''` on a total row. */
  customer_id: string;
  /** From `dim_customer.name`; `''` on a total row or for a customer missing from `dim_customer`. */
  customer_name: string;
  currency: string;
  bucket: AgingBucket;
  /** Outstanding amount in cents. */
  amount_due: bigint;
  /** Invoices with something outstanding. */
  invoices: bigint;
  /** True for the per-currency bucket totals over all customers in scope. */
  is_total: boolean;
}

/** The params `revenue-aging` declares. */
export const REVENUE_AGING_PARAMS = {
  asOf: paramDate().optional(),
  timeZone: paramTimeZone().default('UTC'),
  customerId: paramId().optional(),
  currency: paramCurrency().optional(),
  topCustomers: paramInteger({ min: 1, max: 100 }).default(10),
};

/** The browser-side part of `revenue-aging`, shared by the reference and the full definition. */
export const REVENUE_AGING_DECLARATION = {
  name: 'revenue-aging',
  params: REVENUE_AGING_PARAMS,
  complete: (params: ParsedParams<typeof REVENUE_AGING_PARAMS>): RevenueAgingParams => ({ ...params, asOf: params.asOf ?? todayInTimeZone(params.timeZone) }),
  columns: {
    customer_id: column.string(),
    customer_name: column.string(),
    currency: column.string(),
    bucket: column.string<AgingBucket>(),
    amount_due: column.int64(),
    invoices: column.uint64(),
    is_total: column.bool(),
  },
};

/** `revenue-aging` by name, params and columns, without its SQL: what its hook sends. */
export const revenueAgingReference: NamedQueryReference<RevenueAgingInput, RevenueAgingParams, RevenueAgingRow> = defineQueryReference(REVENUE_AGING_DECLARATION);
