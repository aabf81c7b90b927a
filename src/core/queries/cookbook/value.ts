/**
 * Delivered value recipes: value by type, and value against AI cost (ROI) per customer.
 * Value is integer cents; AI cost exact decimal cents.
 */
import { sql, view } from '../../sql/sql';
import { defineNamedQuery } from '../defineNamedQuery';
import { param } from '../paramBuilders';
import { column } from '../resultColumns';
import { checkWindow, FILTER_PARAMS, inWindow, narrowing, WINDOW_PARAMS } from './window';

/** Delivered value per value type in the window. */
export const valueByType = defineNamedQuery({
  name: 'value-by-type',
  description: 'Business value delivered per value type in the window, with the signals and customers behind it.',
  requiredColumns: { fact_delivered_value: ['created_at', 'customer_id', 'product_id', 'value_type', 'value_amount', 'signal_id'] },
  params: { ...WINDOW_PARAMS, ...FILTER_PARAMS },
  refine: checkWindow,
  columns: { value_type: column.string(), value: column.int64(), signals: column.uint64(), customers: column.uint64() },
  sql: (p) => sql`SELECT toString(value_type) AS value_type, sum(value_amount) AS value, uniqExact(signal_id) AS signals,
  uniqExact(customer_id) AS customers
FROM ${view('fact_delivered_value')}
WHERE ${inWindow(p)}${narrowing([[sql`customer_id`, p.customerId], [sql`product_id`, p.productId]])}
GROUP BY value_type
ORDER BY value DESC, value_type ASC`,
});

/**
 * Per customer: value delivered vs AI cost in the window, the return (`value / cost`, null without
 * cost) and the net (`value − cost`), highest return first.
 */
export const valueRoi = defineNamedQuery({
  name: 'value-roi',
  description: 'Delivered value against AI cost per customer in the window: the return (value / cost) and the net.',
  requiredColumns: {
    fact_delivered_value: ['created_at', 'customer_id', 'value_amount'],
    fact_cost: ['created_at', 'customer_id', 'cost_amount'],
    dim_customer: ['id', 'name'],
  },
  params: { ...WINDOW_PARAMS, limit: param.integer({ min: 1, max: 1000 }).default(20) },
  refine: checkWindow,
  columns: {
    customer_id: column.string(),
    customer_name: column.string(),
    value: column.int64(),
    ai_cost: column.decimal(),
    roi: column.float({ nullable: true }),
    net: column.decimal(),
  },
  sql: (p) => sql`SELECT totals.key AS customer_id, names.name AS customer_name, totals.value_cents AS value, toString(totals.cost_cents) AS ai_cost,
  if(totals.cost_cents = 0, NULL, toFloat64(totals.value_cents) / toFloat64(totals.cost_cents)) AS roi,
  toString(toDecimal128(totals.value_cents, 10) - totals.cost_cents) AS net
FROM (
    SELECT key, sum(value_part) AS value_cents, sum(cost_part) AS cost_cents
    FROM (
        SELECT customer_id AS key, sum(value_amount) AS value_part, toDecimal128(0, 10) AS cost_part
        FROM ${view('fact_delivered_value')} WHERE ${inWindow(p)} GROUP BY key
        UNION ALL
        SELECT customer_id AS key, toInt64(0), sum(cost_amount)
        FROM ${view('fact_cost')} WHERE ${inWindow(p)} GROUP BY key
    ) AS flows
    GROUP BY key
    ORDER BY if(cost_cents = 0, -1, toFloat64(value_cents) / toFloat64(cost_cents)) DESC, key ASC
    LIMIT ${p.limit}
) AS totals
LEFT JOIN (SELECT id, name FROM ${view('dim_customer')}) AS names ON names.id = totals.key
ORDER BY roi DESC NULLS LAST, customer_id ASC`,
});
