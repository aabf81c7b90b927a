/**
 * `demo-customer-plans`: the demo's own named query — a host query, as a host writes one with
 * `defineNamedQuery` and registers on its proxy (`createAnalyticsProxy({ queries })`, see
 * `startDemoServer.ts`). The plans the customers in scope are on now: their active orders with the
 * plan's name, billing frequency and base price. Customer data is read only through `view()`, so a
 * customer's scope sees only their own orders (the generic tenant test runs it too).
 */
import { defineNamedQuery } from '../../src/core/queries/defineNamedQuery';
import { param } from '../../src/core/queries/paramBuilders';
import { column } from '../../src/core/queries/resultColumns';
import { sql, view } from '../../src/core/sql/sql';

export const demoCustomerPlans = defineNamedQuery({
  name: 'demo-customer-plans',
  description: 'The plans the customers in scope are on now: active orders with plan name, billing frequency and base price.',
  requiredColumns: {
    fact_order: ['id', 'customer_id', 'plan_id', 'status', 'currency', 'start_date', 'end_date'],
    dim_plan: ['id', 'name', 'billing_frequency', 'base_price_amount', 'has_next_plan'],
    dim_customer: ['id', 'name'],
  },
  params: { limit: param.integer({ min: 1, max: 1000 }).default(100) },
  columns: {
    customer_id: column.string(),
    customer_name: column.string(),
    order_id: column.string(),
    plan_name: column.string(),
    billing_frequency: column.string<'monthly' | 'annual'>(),
    base_price: column.int64(),
    currency: column.string(),
    start_date: column.date(),
    end_date: column.date({ nullable: true }),
    upgrade_available: column.bool(),
  },
  sql: (p) => sql`
    SELECT o.customer_id AS customer_id, customers.name AS customer_name, o.id AS order_id,
      if(plans.name = '', o.plan_id, plans.name) AS plan_name, plans.frequency AS billing_frequency,
      plans.base_price_amount AS base_price, toString(o.currency) AS currency, o.start_date AS start_date,
      o.end_date AS end_date, plans.has_next_plan AS upgrade_available
    FROM ${view('fact_order')} AS o
    LEFT JOIN (
      SELECT id, name, toString(billing_frequency) AS frequency, base_price_amount, has_next_plan FROM ${view('dim_plan')}
    ) AS plans ON plans.id = o.plan_id
    LEFT JOIN (SELECT id, name FROM ${view('dim_customer')}) AS customers ON customers.id = o.customer_id
    WHERE o.status = 'active'
    ORDER BY customer_name ASC, o.start_date DESC, order_id ASC
    LIMIT ${p.limit}`,
});
