/**
 * Which views hold customer data, and how a tenant scope restricts each one. The one place that
 * says "this view is customer data": `view()` scopes exactly these, and the literal text of a
 * named query's SQL may name none of them.
 */
import type { Scope } from '../contract';
import { scopeCondition } from '../queries/scope';
import { AnalyticsError } from '../errors';
import { VIEW_NAMES, type ViewName } from '../views';

/**
 * Every view whose rows belong to a customer: the nine facts with `customer_id`, the invoice lines
 * (customer data through their invoice) and `dim_customer` itself (names, emails, revenue).
 */
export const CUSTOMER_DATA_VIEWS = [
  'fact_signal',
  'fact_cost',
  'fact_delivered_value',
  'fact_order',
  'fact_order_line',
  'fact_invoice',
  'fact_invoice_line',
  'fact_payment',
  'fact_usage_summary',
  'fact_credit_transaction',
  'dim_customer',
] as const satisfies readonly ViewName[];

/** A view whose rows belong to customers. */
export type CustomerDataView = (typeof CUSTOMER_DATA_VIEWS)[number];

const CUSTOMER_DATA = new Set<string>(CUSTOMER_DATA_VIEWS);

/** Whether `name` is one of `CUSTOMER_DATA_VIEWS`. */
export function isCustomerDataView(name: string): name is CustomerDataView {
  return CUSTOMER_DATA.has(name);
}

/** Whether `name` is one of the API's 15 views. */
export function isViewName(name: unknown): name is ViewName {
  return typeof name === 'string' && (VIEW_NAMES as readonly string[]).includes(name);
}

/** A customer-data view named as a whole word (`fact_cost`, `` `dim_customer` ``, `default.fact_signal`). */
const NAMED_VIEW = new RegExp(`(?<![A-Za-z0-9_])(${CUSTOMER_DATA_VIEWS.join('|')})(?![A-Za-z0-9_])`, 'i');

/** The first customer-data view `text` names directly, or `undefined`. */
export function customerDataViewNamedIn(text: string): string | undefined {
  return NAMED_VIEW.exec(text)?.[1]?.toLowerCase();
}

/**
 * The SQL of `name` restricted to `scope`, as a parenthesized subquery that keeps every column
 * name: `(SELECT * FROM fact_cost WHERE customer_id IN ('a', 'b'))`. ClickHouse pushes the outer
 * WHERE (the `created_at` window) into it and reads only the columns used, so it costs what a
 * direct read with the same filters costs. Views outside `CUSTOMER_DATA_VIEWS` are read as they are.
 * `columns` (SQL already rendered) replaces `*`: see `view(name, columns)`.
 */
export function scopedViewSql(name: ViewName, scope: Scope, columns = '*'): string {
  if (!isViewName(name)) {
    throw new AnalyticsError({ code: 'INTERNAL_ERROR', message: `view(${JSON.stringify(name)}) names no view of the Analytics API` });
  }
  if (!isCustomerDataView(name)) return `(SELECT ${columns} FROM ${name})`;
  const factCondition = scopeCondition(scope);
  let condition = factCondition;
  if (factCondition === '1' || factCondition === '0') condition = factCondition;
  else if (name === 'dim_customer') condition = dimCustomerCondition(scope);
  else if (name === 'fact_invoice_line') condition = `invoice_id IN (SELECT id FROM fact_invoice WHERE ${factCondition})`;
  return `(SELECT ${columns} FROM ${name} WHERE ${condition})`;
}

/** The customers of a scope themselves; with `includeChildCustomers`, their direct children too. */
function dimCustomerCondition(scope: Scope): string {
  const condition = scopeCondition(scope, 'id');
  if (scope.includeChildCustomers !== true || condition === '1' || condition === '0') return condition;
  // scopeCondition's child form reads dim_customer in a subquery; on dim_customer itself the
  // same rows are simply "these ids or their children".
  const ids = scopeCondition({ customerIds: scope.customerIds }, 'id');
  const parents = scopeCondition({ customerIds: scope.customerIds }, 'parent_customer_id');
  return `(${ids} OR ${parents})`;
}
