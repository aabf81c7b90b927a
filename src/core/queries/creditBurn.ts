/**
 * `credit-burn`: credits granted, spent and pending per period for one credits currency, with the
 * running balance — the data of CreditBurn (its burn rate and depletion date come from
 * `summarizeCreditBurn`).
 */
import { sql, view } from '../sql/sql';
import { defineNamedQuery } from './defineNamedQuery';
import { MAX_WINDOW_DAYS, parseTimeWindow } from './params';
import { param } from './paramBuilders';
import { column } from './resultColumns';
import { timeBucket } from './timeBucket';
import type { NamedQuery } from './types';

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

/**
 * Grants, spends and pending grants per bucket over `[from, to)`, and the balance at the end of
 * each bucket: the opening balance (grants − spends before `from`) plus the net of every bucket
 * up to it. The bucket containing `from` is always present, so even a quiet window returns the
 * balance. Expiry (`expires_at`) is not applied: the balance is what was granted minus spent.
 */
export const creditBurn: NamedQuery<CreditBurnInput, CreditBurnParams, CreditBurnRow> = defineNamedQuery({
  name: 'credit-burn',
  description: 'Credits granted, spent and pending per period for one credits currency, with the running balance.',
  requiredColumns: {
    fact_credit_transaction: ['created_at', 'customer_id', 'credits_currency_id', 'type', 'amount'],
  },
  params: {
    from: param.dateTime(),
    to: param.dateTime(),
    granularity: param.enum(CREDIT_BURN_GRANULARITIES).default('day'),
    timeZone: param.timeZone().default('UTC'),
    creditsCurrencyId: param.id(),
    customerId: param.id().optional(),
  },
  refine: (params) => void parseTimeWindow(params.from, params.to, { maxDays: MAX_WINDOW_DAYS }),
  columns: {
    bucket: column.datetime(),
    granted: column.decimal(),
    spent: column.decimal(),
    pending: column.decimal(),
    balance: column.decimal(),
  },
  sql: (params) => {
    const conditions = [sql`credits_currency_id = ${params.creditsCurrencyId}`];
    if (params.customerId !== undefined) conditions.push(sql`customer_id = ${params.customerId}`);
    const filter = sql.join(conditions, '\n      AND ');
    // Read as one Decimal type whatever the API's (Decimal or integer), summed exactly; the literals too.
    const amount = sql`toDecimal128(amount, ${CREDIT_AMOUNT_SCALE})`;
    const zero = sql`toDecimal128(0, ${CREDIT_AMOUNT_SCALE})`;
    // Rendered with toString: exact decimal text whatever the API's JSON settings for Decimal.
    return sql`SELECT
  bucket,
  toString(sum(granted_credits)) AS granted,
  toString(sum(spent_credits)) AS spent,
  toString(sum(pending_credits)) AS pending,
  toString(sum(sum(opening_credits) + sum(granted_credits) - sum(spent_credits))
    OVER (ORDER BY bucket ASC ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)) AS balance
FROM (
    SELECT
      ${timeBucket(sql`created_at`, params.granularity, params.timeZone)} AS bucket,
      sumIf(${amount}, type = 'GRANT') AS granted_credits,
      sumIf(${amount}, type = 'SPEND') AS spent_credits,
      sumIf(${amount}, type = 'PENDING_GRANT') AS pending_credits,
      ${zero} AS opening_credits
    FROM ${view('fact_credit_transaction')}
    WHERE created_at >= ${params.from}
      AND created_at < ${params.to}
      AND ${filter}
    GROUP BY bucket
    UNION ALL
    SELECT
      ${timeBucket(sql`${params.from}`, params.granularity, params.timeZone)} AS bucket,
      ${zero} AS granted_credits,
      ${zero} AS spent_credits,
      ${zero} AS pending_credits,
      sumIf(${amount}, type = 'GRANT') - sumIf(${amount}, type = 'SPEND') AS opening_credits
    FROM ${view('fact_credit_transaction')}
    WHERE created_at < ${params.from}
      AND ${filter}
) AS movements
GROUP BY bucket
ORDER BY bucket ASC`;
  },
});
