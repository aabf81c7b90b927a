/**
 * `credit-burn` as the browser asks for it (`creditBurnReference`): its params, their checks and the
 * declared result columns, without the SQL (in `creditBurn.ts`, for the proxy and hosts).
 */
import { MAX_WINDOW_DAYS, parseTimeWindow } from './params';
import { paramDateTime, paramEnum, paramId, paramTimeZone, type ParsedParams } from './paramBuilders';
import { column } from './resultColumns';
import { defineQueryReference } from './queryReference';
import type { NamedQueryReference } from './types';

/** The bucket sizes of a credit burn chart. */
export type CreditBurnGranularity = 'day' | 'week' | 'month';
export const CREDIT_BURN_GRANULARITIES: readonly CreditBurnGranularity[] = ['day', 'week', 'month'];

/** What a caller passes to `credit-burn`. */
export interface CreditBurnInput {
  /** Start of the window, inclusive (ISO 8601 date-time with `Z` or an offset, or a Date). */
  from: string | Date;
  /** End of the window, exclusive; at most 2 years after `from`. */
  to: string | Date;
  /** Bucket size; default `'day'`. Weeks start on Monday. */
  granularity?: CreditBurnGranularity;
  /** IANA zone whose midnights bound the buckets; default `'UTC'`. */
  timeZone?: string;
  /** The credits currency (`dim_credits_currency.id`). Required: credits of different currencies never add up. */
  creditsCurrencyId: string;
  /** Only this customer — within the scope; it never widens it. */
  customerId?: string;
}

/** The validated params of `credit-burn`. */
export interface CreditBurnParams {
  from: Date;
  to: Date;
  granularity: CreditBurnGranularity;
  timeZone: string;
  creditsCurrencyId: string;
  customerId: string | undefined;
}

/**
 * One bucket. Buckets without transactions are absent, except the first (it carries the opening balance).
 * Credit amounts are Decimals of credits in the API (fractional credits occur; never divided by 100), so
 * every amount is exact decimal text (`'1250.5'`): add and compare them with `src/core/decimal`.
 */
export interface CreditBurnRow {
  /** Start of the bucket: local midnight in `timeZone`, as an instant. */
  bucket: Date;
  /** Credits granted (`GRANT`) in the bucket, exact decimal text. */
  granted: string;
  /** Credits spent (`SPEND`) in the bucket, exact decimal text. */
  spent: string;
  /** Credits of pending grants (`PENDING_GRANT`) in the bucket; not part of the balance. Exact decimal text. */
  pending: string;
  /** Balance at the end of the bucket: all grants − all spends up to then, since the beginning. Exact decimal text. */
  balance: string;
}

/**
 * The scale credit amounts are summed at: `amount` is read as `Decimal128(12)` whatever its type in the
 * API (a `Decimal(38, 6)` today, an `Int64` in older emulators), leaving 26 integer digits.
 */
export const CREDIT_AMOUNT_SCALE = 12;

/** The params `credit-burn` declares. */
export const CREDIT_BURN_PARAMS = {
  from: paramDateTime(),
  to: paramDateTime(),
  granularity: paramEnum(CREDIT_BURN_GRANULARITIES).default('day'),
  timeZone: paramTimeZone().default('UTC'),
  creditsCurrencyId: paramId(),
  customerId: paramId().optional(),
};

/** The browser-side part of `credit-burn`, shared by the reference and the full definition. */
export const CREDIT_BURN_DECLARATION = {
  name: 'credit-burn',
  params: CREDIT_BURN_PARAMS,
  refine: (params: ParsedParams<typeof CREDIT_BURN_PARAMS>) => void parseTimeWindow(params.from, params.to, { maxDays: MAX_WINDOW_DAYS }),
  columns: {
    bucket: column.datetime(),
    granted: column.decimal(),
    spent: column.decimal(),
    pending: column.decimal(),
    balance: column.decimal(),
  },
};

/** `credit-burn` by name, params and columns, without its SQL: what its hook sends. */
export const creditBurnReference: NamedQueryReference<CreditBurnInput, CreditBurnParams, CreditBurnRow> = defineQueryReference(CREDIT_BURN_DECLARATION);
