/**
 * Host queries as a host would write them with `defineNamedQuery`: the examples the generic tenant
 * test registers on a proxy beside the built-in ones. Each reads customer data only through `view()`.
 */
import { defineNamedQuery } from '../../src/core/queries/defineNamedQuery';
import { param } from '../../src/core/queries/paramBuilders';
import { parseTimeWindow } from '../../src/core/queries/params';
import { column } from '../../src/core/queries/resultColumns';
import { sql, view } from '../../src/core/sql/sql';
import { demoCustomerPlans } from '../../demo/queries/demoCustomerPlans';
import { signalsByPriority } from './ownAnalysis/signalsByPriority';

/** A payload path: dotted words, the form `/signals/metadata` lists. */
const PAYLOAD_PATH = /[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*){0,7}/;

/** Signals of one name counted by the value of any payload field (the README's example, generalized). */
export const signalsByPayloadValue = defineNamedQuery({
  name: 'example-signals-by-payload-value',
  description: 'Signals of one name in a window, counted by the value of one payload field.',
  params: {
    from: param.dateTime(),
    to: param.dateTime(),
    signalName: param.text(),
    path: param.text({ pattern: PAYLOAD_PATH, expected: 'a payload path such as priority or user.plan' }),
    limit: param.integer({ min: 1, max: 100 }).default(20),
  },
  refine: (p) => void parseTimeWindow(p.from, p.to, { maxDays: 366 }),
  columns: { value: column.string(), signals: column.uint64() },
  sql: (p) => sql`
    SELECT toString(${sql.identifier(`data.${p.path}`)}) AS value, count() AS signals
    FROM ${view('fact_signal')}
    WHERE created_at >= ${p.from} AND created_at < ${p.to} AND signal_name = ${p.signalName}
    GROUP BY value
    ORDER BY signals DESC, value ASC
    LIMIT ${p.limit}`,
});

/** Customers by AI cost with their names: a join of two customer-data views. */
export const costliestCustomers = defineNamedQuery({
  name: 'example-costliest-customers',
  description: 'Customers by AI cost in a window, with their names.',
  params: {
    from: param.dateTime(),
    to: param.dateTime(),
    vendor: param.text().optional(),
    limit: param.integer({ min: 1, max: 100 }).default(10),
  },
  refine: (p) => void parseTimeWindow(p.from, p.to, { maxDays: 366 }),
  columns: { customer_id: column.string(), customer_name: column.string({ nullable: true }), cost: column.decimal(), calls: column.uint64() },
  sql: (p) => sql`
    SELECT c.customer_id AS customer_id, names.name AS customer_name, toString(c.cost) AS cost, c.calls AS calls
    FROM (
      SELECT customer_id, sum(cost_amount) AS cost, count() AS calls
      FROM ${view('fact_cost')}
      WHERE created_at >= ${p.from} AND created_at < ${p.to}${p.vendor === undefined ? sql`` : sql` AND vendor = ${p.vendor}`}
      GROUP BY customer_id
    ) AS c
    LEFT JOIN (SELECT id, toNullable(name) AS name FROM ${view('dim_customer')}) AS names ON names.id = c.customer_id
    ORDER BY c.cost DESC, customer_id ASC
    LIMIT ${p.limit}`,
});

/** Invoiced line totals by product: invoice lines (customer data through their invoice) → order lines → products. */
export const invoicedByProduct = defineNamedQuery({
  name: 'example-invoiced-by-product',
  description: 'Invoice line totals by product for lines created in a date range.',
  params: { fromDate: param.date(), toDate: param.date(), minQuantity: param.integer({ min: 0, max: 1000 }).default(0) },
  columns: { product_id: column.string(), product_name: column.string(), amount: column.int64(), lines: column.uint64() },
  sql: (p) => sql`
    SELECT ifNull(ol.product_id, '') AS product_id, ifNull(any(pr.name), '') AS product_name, sum(il.total_amount) AS amount, count() AS lines
    FROM ${view('fact_invoice_line')} AS il
    LEFT JOIN (SELECT id, toNullable(product_id) AS product_id FROM ${view('fact_order_line')}) AS ol ON ol.id = il.order_line_id
    LEFT JOIN (SELECT id, toNullable(name) AS name FROM ${view('dim_product')}) AS pr ON pr.id = ol.product_id
    WHERE il.created_at >= toDate(${p.fromDate}) AND il.created_at < toDate(${p.toDate}) AND il.quantity >= ${p.minQuantity}
    GROUP BY product_id
    ORDER BY amount DESC, product_id ASC`,
});

/** Customers per lifecycle status and country: `dim_customer` alone, which is customer data too. */
export const customersByStatus = defineNamedQuery({
  name: 'example-customers-by-status',
  description: 'Customers per status and country.',
  params: { country: param.text({ maxLength: 2 }).optional() },
  columns: { status: column.string(), country: column.string(), customers: column.uint64(), names: column.string() },
  sql: (p) => sql`
    SELECT toString(status) AS status, toString(country) AS country, count() AS customers,
      arrayStringConcat(arraySort(groupArray(name)), ', ') AS names
    FROM ${view('dim_customer')}
    ${p.country === undefined ? sql`` : sql`WHERE country = ${p.country}`}
    GROUP BY status, country
    ORDER BY status, country`,
});

/** Every example host query (the README's "Your own analysis" first), and the demo's own (registered on its proxy). */
export const EXAMPLE_HOST_QUERIES = [signalsByPriority, signalsByPayloadValue, costliestCustomers, invoicedByProduct, customersByStatus, demoCustomerPlans] as const;
