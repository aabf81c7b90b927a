/**
 * AI cost recipes: spend broken down by vendor, model, product or customer (with tokens). (Spend
 * by model with latency and cost per signal is `cost-per-model`; the cost trend is `cost-trend`.)
 * Costs are exact decimal strings of cents.
 */
import { sql, view, type SqlFragment } from '../../sql/sql';
import { defineNamedQuery } from '../defineNamedQuery';
import { param } from '../paramBuilders';
import { column } from '../resultColumns';
import { checkWindow, FILTER_PARAMS, inWindow, narrowing, WINDOW_PARAMS } from './window';

const COST_COLUMNS = ['created_at', 'customer_id', 'product_id', 'vendor', 'model', 'cost_amount', 'input_tokens', 'output_tokens', 'cached_tokens'];

/** The dimensions spend is broken down by. */
export const COST_DIMENSIONS = ['vendor', 'model', 'product', 'customer'] as const;

function costKey(by: (typeof COST_DIMENSIONS)[number]): SqlFragment {
  switch (by) {
    case 'vendor':
      return sql`toString(vendor)`;
    case 'model':
      return sql`toString(model)`;
    case 'product':
      return sql`product_id`;
    case 'customer':
      return sql`customer_id`;
  }
}

/** The display name of each key: product and customer names, else the key itself. */
function labelJoin(by: (typeof COST_DIMENSIONS)[number], keyColumn: SqlFragment): { join: SqlFragment; label: SqlFragment } {
  if (by === 'product') {
    return { join: sql`LEFT JOIN (SELECT id, name FROM ${view('dim_product')}) AS names ON names.id = ${keyColumn}`, label: sql`if(names.name = '', ${keyColumn}, names.name)` };
  }
  if (by === 'customer') {
    return { join: sql`LEFT JOIN (SELECT id, name FROM ${view('dim_customer')}) AS names ON names.id = ${keyColumn}`, label: sql`if(names.name = '', ${keyColumn}, names.name)` };
  }
  return { join: sql``, label: keyColumn };
}

/** Spend, calls and tokens per vendor, model, product or customer, most expensive first. */
export const costBreakdown = defineNamedQuery({
  name: 'cost-breakdown',
  description: 'AI spend, calls and tokens per vendor, model, product or customer in the window, most expensive first.',
  requiredColumns: { fact_cost: COST_COLUMNS, dim_product: ['id', 'name'], dim_customer: ['id', 'name'] },
  params: {
    ...WINDOW_PARAMS,
    by: param.enum(COST_DIMENSIONS).default('vendor'),
    limit: param.integer({ min: 1, max: 1000 }).default(20),
    vendor: param.text().optional(),
    ...FILTER_PARAMS,
  },
  refine: checkWindow,
  columns: {
    key: column.string(),
    label: column.string(),
    cost: column.decimal(),
    calls: column.uint64(),
    input_tokens: column.uint64(),
    output_tokens: column.uint64(),
    cached_tokens: column.uint64(),
  },
  sql: (p) => {
    const { join, label } = labelJoin(p.by, sql`totals.key`);
    return sql`SELECT totals.key AS key, ${label} AS label, toString(totals.cost) AS cost, totals.calls AS calls,
  totals.input_tokens AS input_tokens, totals.output_tokens AS output_tokens, totals.cached_tokens AS cached_tokens
FROM (
    SELECT ${costKey(p.by)} AS key, sum(cost_amount) AS cost, count() AS calls,
      sum(input_tokens) AS input_tokens, sum(output_tokens) AS output_tokens, sum(cached_tokens) AS cached_tokens
    FROM ${view('fact_cost')}
    WHERE ${inWindow(p)}${narrowing([[sql`vendor`, p.vendor], [sql`customer_id`, p.customerId], [sql`product_id`, p.productId]])}
    GROUP BY key
    ORDER BY cost DESC, key ASC
    LIMIT ${p.limit}
) AS totals
${join}
ORDER BY totals.cost DESC, key ASC`;
  },
});
