/**
 * Billed usage and credits recipes: usage against the included allowance in the current billing
 * period (with what a projection needs), which signals drive billed revenue, net credit flow by
 * credits currency, and the top credit-spending signals or products. Credits are exact decimal
 * strings (never divided by 100).
 */
import { sql, view } from '../../sql/sql';
import { defineNamedQuery } from '../defineNamedQuery';
import { todayInTimeZone } from '../params';
import { param } from '../paramBuilders';
import { column } from '../resultColumns';
import { checkWindow, datesInWindow, inWindow, narrowing, WINDOW_PARAMS } from './window';

const USAGE_SUMMARY_COLUMNS = ['customer_id', 'signal_name', 'period_start', 'period_end', 'signal_count', 'included_quantity', 'unit_price_amount', 'subtotal'];

/**
 * Per signal and billing period containing `asOf`: signals used vs included, overage so far (per
 * customer, above each one's allowance), billed overage, and the days elapsed and in the period —
 * the inputs of a projection to the period's end (`signals × period_days / elapsed_days`).
 */
export const billedUsage = defineNamedQuery({
  name: 'billed-usage',
  description: 'Signals used against the included allowance in the billing periods containing a day, with overage and projection inputs.',
  requiredColumns: { fact_usage_summary: USAGE_SUMMARY_COLUMNS },
  params: {
    asOf: param.date().optional(),
    timeZone: param.timeZone().default('UTC'),
    customerId: param.id().optional(),
    signalName: param.text().optional(),
  },
  complete: (p) => ({ ...p, asOf: p.asOf ?? todayInTimeZone(p.timeZone) }),
  columns: {
    signal_name: column.string(),
    period_start: column.date(),
    period_end: column.date(),
    signals: column.uint64(),
    included: column.uint64(),
    overage: column.uint64(),
    billed: column.int64(),
    unit_price: column.int64(),
    customers: column.uint64(),
    elapsed_days: column.int(),
    period_days: column.int(),
  },
  sql: (p) => sql`SELECT
  toString(signal_name) AS signal_name,
  period_start,
  period_end,
  sum(signal_count) AS signals,
  sum(included_quantity) AS included,
  sum(if(signal_count > included_quantity, signal_count - included_quantity, 0)) AS overage,
  sum(subtotal) AS billed,
  max(unit_price_amount) AS unit_price,
  uniqExact(customer_id) AS customers,
  toInt32(dateDiff('day', period_start, toDate(${p.asOf})) + 1) AS elapsed_days,
  toInt32(dateDiff('day', period_start, period_end) + 1) AS period_days
FROM ${view('fact_usage_summary')}
WHERE period_start <= toDate(${p.asOf}) AND period_end >= toDate(${p.asOf})${narrowing([[sql`customer_id`, p.customerId], [sql`signal_name`, p.signalName]])}
GROUP BY signal_name, period_start, period_end
ORDER BY overage DESC, signals DESC, signal_name ASC, period_start ASC`,
});

/** Which signals drive billed revenue: billed overage per signal over billing periods starting in the window. */
export const signalRevenue = defineNamedQuery({
  name: 'signal-revenue',
  description: 'Billed usage revenue per signal over the billing periods that start in the window, with usage and overage.',
  requiredColumns: { fact_usage_summary: USAGE_SUMMARY_COLUMNS },
  params: { ...WINDOW_PARAMS, customerId: param.id().optional() },
  refine: checkWindow,
  columns: {
    signal_name: column.string(),
    billed: column.int64(),
    signals: column.uint64(),
    included: column.uint64(),
    overage: column.uint64(),
    customers: column.uint64(),
  },
  sql: (p) => sql`SELECT
  toString(signal_name) AS signal_name,
  sum(subtotal) AS billed,
  sum(signal_count) AS signals,
  sum(included_quantity) AS included,
  sum(if(signal_count > included_quantity, signal_count - included_quantity, 0)) AS overage,
  uniqExact(customer_id) AS customers
FROM ${view('fact_usage_summary')}
WHERE ${datesInWindow(p, sql`period_start`)}${narrowing([[sql`customer_id`, p.customerId]])}
GROUP BY signal_name
ORDER BY billed DESC, signal_name ASC`,
});

/** Net credit flow per credits currency in the window, and each one's balance at `to`. */
export const creditFlow = defineNamedQuery({
  name: 'credit-flow',
  description: 'Credits granted, spent and pending per credits currency in the window, the net flow, and the balance at the end.',
  requiredColumns: {
    fact_credit_transaction: ['created_at', 'customer_id', 'credits_currency_id', 'type', 'amount'],
    dim_credits_currency: ['id', 'name', 'unit_label'],
  },
  params: { ...WINDOW_PARAMS, customerId: param.id().optional() },
  refine: checkWindow,
  columns: {
    credits_currency_id: column.string(),
    currency_name: column.string(),
    unit_label: column.string(),
    granted: column.decimal(),
    spent: column.decimal(),
    pending: column.decimal(),
    net: column.decimal(),
    balance: column.decimal(),
  },
  sql: (p) => sql`SELECT flows.id AS credits_currency_id, currencies.name AS currency_name, currencies.unit_label AS unit_label,
  toString(flows.granted_credits) AS granted, toString(flows.spent_credits) AS spent, toString(flows.pending_credits) AS pending,
  toString(flows.granted_credits - flows.spent_credits) AS net, toString(flows.balance_credits) AS balance
FROM (
    SELECT credits_currency_id AS id,
      sumIf(amount, type = 'GRANT' AND created_at >= ${p.from}) AS granted_credits,
      sumIf(amount, type = 'SPEND' AND created_at >= ${p.from}) AS spent_credits,
      sumIf(amount, type = 'PENDING_GRANT' AND created_at >= ${p.from}) AS pending_credits,
      sumIf(amount, type = 'GRANT') - sumIf(amount, type = 'SPEND') AS balance_credits
    FROM ${view('fact_credit_transaction')}
    WHERE created_at < ${p.to}${narrowing([[sql`customer_id`, p.customerId]])}
    GROUP BY id
) AS flows
LEFT JOIN (SELECT id, name, unit_label FROM ${view('dim_credits_currency')}) AS currencies ON currencies.id = flows.id
ORDER BY credits_currency_id ASC`,
});

/** What credit usage breaks spends down by. */
export const CREDIT_USAGE_DIMENSIONS = ['signal', 'product'] as const;

/** The top credit-spending signals or products of one credits currency in the window. */
export const creditUsage = defineNamedQuery({
  name: 'credit-usage',
  description: 'Credits spent per signal or product for one credits currency in the window, most first.',
  requiredColumns: {
    fact_credit_transaction: ['created_at', 'customer_id', 'credits_currency_id', 'type', 'amount', 'signal_name', 'product_id'],
    dim_product: ['id', 'name'],
  },
  params: {
    ...WINDOW_PARAMS,
    creditsCurrencyId: param.id(),
    by: param.enum(CREDIT_USAGE_DIMENSIONS).default('signal'),
    limit: param.integer({ min: 1, max: 1000 }).default(10),
    customerId: param.id().optional(),
  },
  refine: checkWindow,
  columns: { key: column.string(), label: column.string(), spent: column.decimal(), transactions: column.uint64(), customers: column.uint64() },
  sql: (p) => sql`SELECT spends.key AS key, ${p.by === 'product' ? sql`if(products.name = '', spends.key, products.name)` : sql`spends.key`} AS label,
  toString(spends.spent_credits) AS spent, spends.transactions AS transactions, spends.customers AS customers
FROM (
    SELECT ${p.by === 'product' ? sql`ifNull(product_id, '')` : sql`ifNull(signal_name, '')`} AS key, sum(amount) AS spent_credits,
      count() AS transactions, uniqExact(customer_id) AS customers
    FROM ${view('fact_credit_transaction')}
    WHERE type = 'SPEND' AND credits_currency_id = ${p.creditsCurrencyId} AND ${inWindow(p)}${narrowing([[sql`customer_id`, p.customerId]])}
    GROUP BY key
    ORDER BY spent_credits DESC, key ASC
    LIMIT ${p.limit}
) AS spends
${p.by === 'product' ? sql`LEFT JOIN (SELECT id, name FROM ${view('dim_product')}) AS products ON products.id = spends.key` : sql``}
ORDER BY spends.spent_credits DESC, key ASC`,
});
