/**
 * `revenue-trend`: revenue from posted invoices per month (or week) beside the cash collected from
 * posted payments in the same periods, per currency — the data of RevenueTrend.
 *
 * Decisions:
 * - Revenue is `total_excl_tax` of invoices with `status = 'posted'` (drafts and voids are not
 *   revenue), counted in the period of the invoice's `issue_date`: before tax, since tax is not the
 *   seller's — the same revenue as `analytics-kpis` and the cookbook's revenue queries.
 * - Cash collected is `amount` of payments with `payment_status = 'posted'` (pending and failed
 *   attempts are not cash), counted in the period of `paid_at` in `timeZone`. Payments settle
 *   invoices including tax, so cash is tax included.
 * - `issue_date` is a calendar date: an invoice counts at its day's start in `timeZone` (in the
 *   window when that instant is in `[from, to)`); a payment counts on the local day of `paid_at`.
 * - Currencies are never summed together: every row carries its `currency`.
 */
import { sql, view, type SqlFragment } from '../sql/sql';
import { defineNamedQuery } from './defineNamedQuery';
import { REVENUE_TREND_DECLARATION, type RevenueTrendGranularity, type RevenueTrendInput, type RevenueTrendParams, type RevenueTrendRow } from './revenueTrendReference';
import type { NamedQuery } from './types';

export * from './revenueTrendReference';

/** The start of the period `value` (a Date or DateTime SQL fragment) falls in, as local midnight in the zone. */
function periodStart(value: SqlFragment, granularity: RevenueTrendGranularity, timeZone: string) {
  return granularity === 'week'
    ? sql`toDateTime(toStartOfWeek(${value}, 1), ${timeZone})`
    : sql`toDateTime(toStartOfMonth(${value}), ${timeZone})`;
}

/**
 * Posted invoices by issue month and posted payments by month received, per currency, in one
 * result: `UNION ALL` of the two sums, added up per period × currency. Ordered by currency, then period.
 */
export const revenueTrend: NamedQuery<RevenueTrendInput, RevenueTrendParams, RevenueTrendRow> = defineNamedQuery({
  ...REVENUE_TREND_DECLARATION,
  description: 'Revenue from posted invoices and cash collected from posted payments, per month (or week) and currency.',
  requiredColumns: {
    fact_invoice: ['customer_id', 'status', 'currency', 'issue_date', 'total_excl_tax'],
    fact_payment: ['customer_id', 'payment_status', 'currency', 'paid_at', 'amount'],
  },
  sql: (params) => {
    const { from, to, granularity, timeZone } = params;
    const filters = [
      ...(params.customerId === undefined ? [] : [sql` AND customer_id = ${params.customerId}`]),
      ...(params.currency === undefined ? [] : [sql` AND toString(currency) = ${params.currency}`]),
    ];
    const narrowing = sql.join(filters, '');
    // The local calendar day of paid_at decides its period, as issue_date does for an invoice.
    const paidDay = sql`toDate(paid_at, ${timeZone})`;
    // Aliases differ from the column names the WHERE clauses read (ClickHouse resolves aliases first).
    return sql`SELECT bucket, invoice_currency AS currency, toInt64(sum(period_invoiced)) AS invoiced, toUInt64(sum(period_invoices)) AS invoices,
  toInt64(sum(period_collected)) AS collected, toUInt64(sum(period_payments)) AS payments
FROM (
    SELECT ${periodStart(sql`issue_date`, granularity, timeZone)} AS bucket, toString(currency) AS invoice_currency,
      toInt64(sum(total_excl_tax)) AS period_invoiced, count() AS period_invoices,
      toInt64(0) AS period_collected, toUInt64(0) AS period_payments
    FROM ${view('fact_invoice')}
    WHERE status = 'posted'
      AND toDateTime(issue_date, ${timeZone}) >= ${from} AND toDateTime(issue_date, ${timeZone}) < ${to}${narrowing}
    GROUP BY bucket, invoice_currency
    UNION ALL
    SELECT ${periodStart(paidDay, granularity, timeZone)} AS bucket, toString(currency) AS payment_currency,
      toInt64(0), toUInt64(0), toInt64(sum(amount)), count()
    FROM ${view('fact_payment')}
    WHERE payment_status = 'posted'
      AND paid_at >= ${from} AND paid_at < ${to}${narrowing}
    GROUP BY bucket, payment_currency
) AS periods
GROUP BY bucket, invoice_currency
ORDER BY currency ASC, bucket ASC`;
  },
});
