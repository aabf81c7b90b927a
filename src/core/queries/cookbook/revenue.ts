/**
 * Revenue recipes: revenue by product (invoice lines → order lines → products), margin (revenue −
 * AI cost) per customer or product, and the customer leaderboard. (Monthly revenue beside payments
 * is `revenue-trend`.) Amounts are integer cents per currency; currencies are never summed together.
 *
 * Revenue is before tax (`total_excl_tax` of posted invoices by issue date; per product, the
 * invoice line totals), since tax is not the seller's.
 */
import { sql, view, type SqlFragment } from '../../sql/sql';
import { defineNamedQuery } from '../defineNamedQuery';
import { param } from '../paramBuilders';
import { column } from '../resultColumns';
import { checkWindow, datesInWindow, inWindow, narrowing, WINDOW_PARAMS } from './window';

/** Line totals of posted invoices issued in the window: product of the order line each bills. */
function postedLines(p: { from: Date; to: Date; currency: string | undefined; customerId: string | undefined }): SqlFragment {
  return sql`SELECT lines.order_line_id AS order_line_id, lines.total_amount AS line_amount, invoices.currency AS currency, invoices.id AS invoice_id
    FROM ${view('fact_invoice_line')} AS lines
    INNER JOIN (
        SELECT id, toString(currency) AS currency
        FROM ${view('fact_invoice')}
        WHERE status = 'posted' AND ${datesInWindow(p, sql`issue_date`)}${narrowing([[sql`currency`, p.currency], [sql`customer_id`, p.customerId]])}
    ) AS invoices ON invoices.id = lines.invoice_id`;
}

/** Invoiced revenue by product: lines of posted invoices issued in the window → order lines → products, per currency. */
export const revenueByProduct = defineNamedQuery({
  name: 'revenue-by-product',
  description: 'Revenue (invoice line totals before tax) of posted invoices issued in the window, by product and currency.',
  requiredColumns: {
    fact_invoice: ['id', 'customer_id', 'status', 'currency', 'issue_date'],
    fact_invoice_line: ['invoice_id', 'order_line_id', 'total_amount'],
    fact_order_line: ['id', 'product_id'],
    dim_product: ['id', 'name'],
  },
  params: { ...WINDOW_PARAMS, currency: param.currency().optional(), customerId: param.id().optional() },
  refine: checkWindow,
  columns: {
    product_id: column.string(),
    product_name: column.string(),
    currency: column.string(),
    revenue: column.int64(),
    lines: column.uint64(),
    invoices: column.uint64(),
  },
  sql: (p) => sql`SELECT by_product.product_id AS product_id, if(products.name = '', by_product.product_id, products.name) AS product_name,
  by_product.currency AS currency, by_product.revenue AS revenue, by_product.lines AS lines, by_product.invoices AS invoices
FROM (
    SELECT ifNull(order_lines.product_id, '') AS product_id, billed.currency AS currency, sum(billed.line_amount) AS revenue,
      count() AS lines, uniqExact(billed.invoice_id) AS invoices
    FROM (${postedLines(p)}) AS billed
    LEFT JOIN (SELECT id, toNullable(product_id) AS product_id FROM ${view('fact_order_line')}) AS order_lines
      ON order_lines.id = billed.order_line_id
    GROUP BY product_id, currency
) AS by_product
LEFT JOIN (SELECT id, name FROM ${view('dim_product')}) AS products ON products.id = by_product.product_id
ORDER BY currency ASC, revenue DESC, product_id ASC`,
});

/** What margin and the leaderboard break down by. */
export const MARGIN_DIMENSIONS = ['customer', 'product'] as const;

/**
 * Revenue before tax minus AI cost per customer or product in one currency, lowest margin first
 * (negative margins are flagged). Per customer: posted invoices issued in the window
 * (`total_excl_tax`); per product: their line totals. AI cost is `fact_cost` in the window, in cents
 * of the organization's currency — pass that currency.
 */
export const margin = defineNamedQuery({
  name: 'margin',
  description: 'Revenue before tax minus AI cost per customer or product in the window, for one currency; negative margins flagged.',
  requiredColumns: {
    fact_invoice: ['id', 'customer_id', 'status', 'currency', 'issue_date', 'total_excl_tax'],
    fact_invoice_line: ['invoice_id', 'order_line_id', 'total_amount'],
    fact_order_line: ['id', 'product_id'],
    fact_cost: ['created_at', 'customer_id', 'product_id', 'cost_amount'],
    dim_customer: ['id', 'name'],
    dim_product: ['id', 'name'],
  },
  params: {
    ...WINDOW_PARAMS,
    by: param.enum(MARGIN_DIMENSIONS).default('customer'),
    currency: param.currency().default('USD'),
    limit: param.integer({ min: 1, max: 1000 }).default(50),
  },
  refine: checkWindow,
  columns: {
    key: column.string(),
    label: column.string(),
    revenue: column.int64(),
    ai_cost: column.decimal(),
    margin: column.decimal(),
    is_negative: column.bool(),
  },
  sql: (p) => {
    const revenue =
      p.by === 'customer'
        ? sql`SELECT customer_id AS key, sum(total_excl_tax) AS revenue_cents, toDecimal128(0, 10) AS cost_cents
        FROM ${view('fact_invoice')}
        WHERE status = 'posted' AND ${datesInWindow(p, sql`issue_date`)} AND currency = ${p.currency}
        GROUP BY key`
        : sql`SELECT ifNull(order_lines.product_id, '') AS key, sum(billed.line_amount) AS revenue_cents, toDecimal128(0, 10) AS cost_cents
        FROM (${postedLines({ ...p, customerId: undefined })}) AS billed
        LEFT JOIN (SELECT id, toNullable(product_id) AS product_id FROM ${view('fact_order_line')}) AS order_lines
          ON order_lines.id = billed.order_line_id
        GROUP BY key`;
    const costKey = p.by === 'customer' ? sql`customer_id` : sql`product_id`;
    const names = p.by === 'customer' ? view('dim_customer') : view('dim_product');
    return sql`SELECT totals.key AS key, if(names.name = '', totals.key, names.name) AS label, totals.revenue AS revenue,
  toString(totals.cost) AS ai_cost, toString(totals.margin_cents) AS margin, totals.margin_cents < 0 AS is_negative
FROM (
    SELECT key, sum(revenue_cents) AS revenue, sum(cost_cents) AS cost, toDecimal128(sum(revenue_cents), 10) - sum(cost_cents) AS margin_cents
    FROM (
        ${revenue}
        UNION ALL
        SELECT ${costKey} AS key, toInt64(0) AS revenue_cents, sum(cost_amount) AS cost_cents
        FROM ${view('fact_cost')}
        WHERE ${inWindow(p)}
        GROUP BY key
    ) AS flows
    GROUP BY key
    ORDER BY margin_cents ASC, key ASC
    LIMIT ${p.limit}
) AS totals
LEFT JOIN (SELECT id, name FROM ${names}) AS names ON names.id = totals.key
ORDER BY totals.margin_cents ASC, key ASC`;
  },
});

/** What the customer leaderboard ranks by. */
export const LEADERBOARD_ORDERS = ['signals', 'cost', 'revenue', 'margin'] as const;

/**
 * Customers with their names ranked by signals, AI cost, revenue before tax (one currency) or
 * margin in the window: every customer with signals, costs or posted invoices in it.
 */
export const customerLeaderboard = defineNamedQuery({
  name: 'customer-leaderboard',
  description: 'Customers with names ranked by signals, AI cost, revenue before tax or margin in the window.',
  requiredColumns: {
    fact_signal: ['created_at', 'customer_id'],
    fact_cost: ['created_at', 'customer_id', 'cost_amount'],
    fact_invoice: ['customer_id', 'status', 'currency', 'issue_date', 'total_excl_tax'],
    dim_customer: ['id', 'name'],
  },
  params: {
    ...WINDOW_PARAMS,
    orderBy: param.enum(LEADERBOARD_ORDERS).default('signals'),
    currency: param.currency().default('USD'),
    limit: param.integer({ min: 1, max: 1000 }).default(10),
  },
  refine: checkWindow,
  columns: {
    customer_id: column.string(),
    customer_name: column.string(),
    signals: column.uint64(),
    ai_cost: column.decimal(),
    revenue: column.int64(),
    margin: column.decimal(),
  },
  sql: (p) => {
    const order = { signals: sql`signals DESC`, cost: sql`cost DESC`, revenue: sql`revenue DESC`, margin: sql`margin_cents DESC` }[p.orderBy];
    return sql`SELECT totals.key AS customer_id, names.name AS customer_name, totals.signals AS signals, toString(totals.cost) AS ai_cost,
  totals.revenue AS revenue, toString(totals.margin_cents) AS margin
FROM (
    SELECT key, sum(signal_count) AS signals, sum(cost_cents) AS cost, sum(revenue_cents) AS revenue,
      toDecimal128(sum(revenue_cents), 10) - sum(cost_cents) AS margin_cents
    FROM (
        SELECT customer_id AS key, count() AS signal_count, toDecimal128(0, 10) AS cost_cents, toInt64(0) AS revenue_cents
        FROM ${view('fact_signal')} WHERE ${inWindow(p)} GROUP BY key
        UNION ALL
        SELECT customer_id AS key, toUInt64(0), sum(cost_amount), toInt64(0)
        FROM ${view('fact_cost')} WHERE ${inWindow(p)} GROUP BY key
        UNION ALL
        SELECT customer_id AS key, toUInt64(0), toDecimal128(0, 10), sum(total_excl_tax)
        FROM ${view('fact_invoice')}
        WHERE status = 'posted' AND ${datesInWindow(p, sql`issue_date`)} AND currency = ${p.currency}
        GROUP BY key
    ) AS flows
    GROUP BY key
    ORDER BY ${order}, key ASC
    LIMIT ${p.limit}
) AS totals
LEFT JOIN (SELECT id, name FROM ${view('dim_customer')}) AS names ON names.id = totals.key
ORDER BY ${order}, customer_id ASC`;
  },
});
