/**
 * `credit-burn`: credits granted, spent and pending per period for one credits currency, with the
 * running balance — the data of CreditBurn (its burn rate and depletion date come from
 * `summarizeCreditBurn`).
 */
import { sql, view } from '../sql/sql';
import { defineNamedQuery } from './defineNamedQuery';
import { timeBucket } from './timeBucket';
import type { NamedQuery } from './types';
import { CREDIT_BURN_DECLARATION, type CreditBurnInput, type CreditBurnParams, type CreditBurnRow, CREDIT_AMOUNT_SCALE } from './creditBurnReference';

export * from './creditBurnReference';

/**
 * Grants, spends and pending grants per bucket over `[from, to)`, and the balance at the end of
 * each bucket: the opening balance (grants − spends before `from`) plus the net of every bucket
 * up to it. The bucket containing `from` is always present, so even a quiet window returns the
 * balance. Expiry (`expires_at`) is not applied: the balance is what was granted minus spent.
 */
export const creditBurn: NamedQuery<CreditBurnInput, CreditBurnParams, CreditBurnRow> = defineNamedQuery({
  ...CREDIT_BURN_DECLARATION,
  description: 'Credits granted, spent and pending per period for one credits currency, with the running balance.',
  requiredColumns: {
    fact_credit_transaction: ['created_at', 'customer_id', 'credits_currency_id', 'type', 'amount'],
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
