/**
 * `credit-burn`: credits granted, spent and pending per period for one credits currency, with the
 * running balance — the data of CreditBurn (its burn rate and depletion date come from
 * `summarizeCreditBurn`).
 */
import type { Scope } from '../contract';
import { sqlDateTime } from '../sql/sqlDateTime';
import { sqlString } from '../sql/sqlString';
import {
  invalidParams,
  MAX_WINDOW_DAYS,
  parseEnum,
  parseId,
  parseOptionalId,
  parseTimeWindow,
  parseTimeZone,
  readParamsObject,
} from './params';
import { customerCondition } from './scope';
import { timeBucketExpression } from './timeBucket';
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

/** One bucket. Buckets without transactions are absent, except the first (it carries the opening balance). */
export interface CreditBurnRow {
  /** Start of the bucket: local midnight in `timeZone`, as an instant. */
  bucket: Date;
  /** Credits granted (`GRANT`) in the bucket. */
  granted: bigint;
  /** Credits spent (`SPEND`) in the bucket. */
  spent: bigint;
  /** Credits of pending grants (`PENDING_GRANT`) in the bucket; not part of the balance. */
  pending: bigint;
  /** Balance at the end of the bucket: all grants − all spends up to then, since the beginning. */
  balance: bigint;
}

const PARAM_NAMES = ['from', 'to', 'granularity', 'timeZone', 'creditsCurrencyId', 'customerId'] as const;

function parseCreditBurnParams(input: unknown): CreditBurnParams {
  const raw = readParamsObject(input, 'credit-burn', PARAM_NAMES);
  const { from, to } = parseTimeWindow(raw.from, raw.to, { maxDays: MAX_WINDOW_DAYS });
  if (raw.creditsCurrencyId === undefined) {
    throw invalidParams('Param creditsCurrencyId is required (the id of a credits currency)');
  }
  return {
    from,
    to,
    granularity: parseEnum(raw.granularity, 'granularity', CREDIT_BURN_GRANULARITIES, 'day'),
    timeZone: parseTimeZone(raw.timeZone, 'timeZone'),
    creditsCurrencyId: parseId(raw.creditsCurrencyId, 'creditsCurrencyId'),
    customerId: parseOptionalId(raw.customerId, 'customerId'),
  };
}

function creditFilter(params: CreditBurnParams, scope: Scope): string {
  return [
    `credits_currency_id = ${sqlString(params.creditsCurrencyId)}`,
    customerCondition(scope, params.customerId),
  ].join('\n      AND ');
}

/**
 * Grants, spends and pending grants per bucket over `[from, to)`, and the balance at the end of
 * each bucket: the opening balance (grants − spends before `from`) plus the net of every bucket
 * up to it. The bucket containing `from` is always present, so even a quiet window returns the
 * balance. Expiry (`expires_at`) is not applied: the balance is what was granted minus spent.
 */
export const creditBurn: NamedQuery<CreditBurnInput, CreditBurnParams, CreditBurnRow> = {
  name: 'credit-burn',
  description: 'Credits granted, spent and pending per period for one credits currency, with the running balance.',
  requiredColumns: {
    fact_credit_transaction: ['created_at', 'customer_id', 'credits_currency_id', 'type', 'amount'],
  },
  parseParams: parseCreditBurnParams,
  toSql(params, scope) {
    const filter = creditFilter(params, scope);
    const from = sqlDateTime(params.from);
    const to = sqlDateTime(params.to);
    const bucketOfRow = timeBucketExpression('created_at', params.granularity, params.timeZone);
    const bucketOfFrom = timeBucketExpression(from, params.granularity, params.timeZone);
    return `SELECT
  bucket,
  sum(granted_credits) AS granted,
  sum(spent_credits) AS spent,
  sum(pending_credits) AS pending,
  sum(sum(opening_credits) + sum(granted_credits) - sum(spent_credits))
    OVER (ORDER BY bucket ASC ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS balance
FROM (
    SELECT
      ${bucketOfRow} AS bucket,
      sumIf(amount, type = 'GRANT') AS granted_credits,
      sumIf(amount, type = 'SPEND') AS spent_credits,
      sumIf(amount, type = 'PENDING_GRANT') AS pending_credits,
      toInt64(0) AS opening_credits
    FROM fact_credit_transaction
    WHERE created_at >= ${from}
      AND created_at < ${to}
      AND ${filter}
    GROUP BY bucket
    UNION ALL
    SELECT
      ${bucketOfFrom} AS bucket,
      toInt64(0) AS granted_credits,
      toInt64(0) AS spent_credits,
      toInt64(0) AS pending_credits,
      sumIf(amount, type = 'GRANT') - sumIf(amount, type = 'SPEND') AS opening_credits
    FROM fact_credit_transaction
    WHERE created_at < ${from}
      AND ${filter}
) AS movements
GROUP BY bucket
ORDER BY bucket ASC`;
  },
};
