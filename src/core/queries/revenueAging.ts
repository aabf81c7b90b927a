/**
 * `revenue-aging`: what posted invoices still owe, bucketed by days past due — per customer for
 * the customers that owe most, plus the totals over every customer in scope — the data of
 * RevenueAging.
 *
 * Decisions:
 * - Currencies are never summed together: every row carries its `currency`; with no `currency`
 *   param there is one set of rows per currency, and "the customers that owe most" are ranked
 *   within each currency.
 * - The totals come in the same result as rows with `is_total: true` and `customer_id: ''`
 *   (one per currency × bucket), so one request gives the chart and the table.
 * - `amount_due` is each invoice's outstanding amount now (the view holds no payment history);
 *   `asOf` sets the day the days past due are counted to, and invoices issued after it are left out.
 */
import { sql, view, type SqlFragment } from '../sql/sql';
import { defineNamedQuery } from './defineNamedQuery';
import type { NamedQuery } from './types';
import { REVENUE_AGING_DECLARATION, AGING_BUCKETS, type RevenueAgingInput, type RevenueAgingParams, type RevenueAgingRow } from './revenueAgingReference';

export * from './revenueAgingReference';

function invoiceFilter(params: RevenueAgingParams): SqlFragment {
  const conditions = [sql`status = 'posted'`, sql`amount_due > 0`, sql`issue_date <= toDate(${params.asOf})`];
  if (params.customerId !== undefined) conditions.push(sql`customer_id = ${params.customerId}`);
  if (params.currency !== undefined) conditions.push(sql`currency = ${params.currency}`);
  return sql.join(conditions, '\n      AND ');
}

/**
 * Posted invoices with `amount_due > 0`, bucketed by days past due at `asOf`
 * (`dateDiff('day', due_date, asOf)`: ≤ 0 is `current`). Rows: the top customers of each currency
 * by total owed, each bucket they owe in, then the totals. Ordered by currency, totals first, then
 * customers by total owed, then bucket order.
 */
export const revenueAging: NamedQuery<RevenueAgingInput, RevenueAgingParams, RevenueAgingRow> = defineNamedQuery({
  ...REVENUE_AGING_DECLARATION,
  description:
    'Outstanding amounts of posted invoices by days past due, for the customers that owe most and in total, per currency.',
  requiredColumns: {
    fact_invoice: ['customer_id', 'status', 'amount_due', 'currency', 'issue_date', 'due_date'],
    dim_customer: ['id', 'name'],
  },
  sql: (params) => {
    const filter = invoiceFilter(params);
    const days = sql`dateDiff('day', due_date, toDate(${params.asOf}))`;
    const bucket = sql`multiIf(${days} <= 0, 'current', ${days} <= 30, '1-30', ${days} <= 60, '31-60', ${days} <= 90, '61-90', '90+')`;
    // Aliases inside a SELECT must not reuse the name of a column its WHERE reads: ClickHouse
    // resolves the alias first, so `'' AS customer_id` would turn a customer filter into
    // `'' = …`. Hence the owed_* and total_* aliases in the branches.
    return sql`SELECT customer_id, customer_name, currency, bucket, amount_due, invoices, is_total
FROM (
    SELECT
      owed.customer_id AS customer_id,
      ifNull(customers.name, '') AS customer_name,
      owed.owed_currency AS currency,
      owed.owed_bucket AS bucket,
      owed.owed_amount AS amount_due,
      owed.owed_invoices AS invoices,
      false AS is_total
    FROM (
        SELECT customer_id, toString(currency) AS owed_currency, ${bucket} AS owed_bucket,
          sum(amount_due) AS owed_amount, count() AS owed_invoices
        FROM ${view('fact_invoice')}
        WHERE ${filter}
          AND (customer_id, toString(currency)) IN (
            SELECT customer_id, toString(currency) AS top_currency
            FROM ${view('fact_invoice')}
            WHERE ${filter}
            GROUP BY customer_id, top_currency
            ORDER BY sum(amount_due) DESC, customer_id ASC
            LIMIT ${params.topCustomers} BY top_currency
          )
        GROUP BY customer_id, owed_currency, owed_bucket
    ) AS owed
    LEFT JOIN (
        SELECT id, name FROM ${view('dim_customer')}
    ) AS customers ON customers.id = owed.customer_id
    UNION ALL
    SELECT
      '' AS total_customer_id,
      '' AS total_customer_name,
      toString(currency) AS total_currency,
      ${bucket} AS total_bucket,
      sum(amount_due) AS total_amount,
      count() AS total_invoices,
      true AS is_total
    FROM ${view('fact_invoice')}
    WHERE ${filter}
    GROUP BY total_currency, total_bucket
) AS aging
ORDER BY
  currency ASC,
  is_total DESC,
  sum(amount_due) OVER (PARTITION BY currency, is_total, customer_id) DESC,
  customer_id ASC,
  indexOf([${sql.join(AGING_BUCKETS.map((name) => sql`${name}`))}], bucket) ASC`;
  },
});
