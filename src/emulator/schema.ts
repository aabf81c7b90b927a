/**
 * DDL for the 15 views, generated from `ANALYTICS_VIEWS` (the one description of the schema), so the
 * column types the engine reports in `POST /query` are exactly those `GET /schema` documents.
 */
import { ANALYTICS_VIEWS } from '../core/views';
import type { SchemaView } from '../core/contract';

/**
 * The sorting key of each view. Facts lead with the day of `created_at` (most queries are a time
 * window, and the index prunes on a monotonic function of the column), then the usual group-by.
 */
const ORDER_BY: Record<string, string> = {
  dim_organization: 'id',
  dim_customer: 'id',
  dim_product: 'id',
  dim_plan: 'id',
  dim_credits_currency: 'id',
  fact_signal: '(toDate(created_at), signal_name, customer_id)',
  fact_cost: '(toDate(created_at), vendor, model)',
  fact_delivered_value: '(toDate(created_at), value_type)',
  fact_order: '(customer_id, id)',
  fact_order_line: '(order_id, id)',
  fact_invoice: '(issue_date, id)',
  fact_invoice_line: '(invoice_id, id)',
  fact_payment: '(invoice_id, id)',
  fact_usage_summary: '(customer_id, period_start, signal_name)',
  fact_credit_transaction: '(toDate(created_at), credits_currency_id, type)',
};

/** Quotes a string as a ClickHouse string literal. */
export function quoteLiteral(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** Quotes a name as a ClickHouse identifier. */
export function quoteIdentifier(name: string): string {
  return '`' + name.replace(/\\/g, '\\\\').replace(/`/g, '\\`') + '`';
}

/** `CREATE TABLE` for one view in `database`, with every column's type and comment. */
export function createTableSql(database: string, view: SchemaView): string {
  const columns = view.columns
    .map((c) => `  ${quoteIdentifier(c.name)} ${c.type} COMMENT ${quoteLiteral(c.comment)}`)
    .join(',\n');
  const orderBy = ORDER_BY[view.name] ?? 'tuple()';
  return (
    `CREATE TABLE ${quoteIdentifier(database)}.${quoteIdentifier(view.name)} (\n${columns}\n)` +
    ` ENGINE = MergeTree ORDER BY ${orderBy} COMMENT ${quoteLiteral(view.comment)}`
  );
}

/** Statements that (re)create `database` holding exactly the 15 views, empty. */
export function createDatabaseSql(database: string): string[] {
  return [
    `DROP DATABASE IF EXISTS ${quoteIdentifier(database)}`,
    `CREATE DATABASE ${quoteIdentifier(database)}`,
    ...ANALYTICS_VIEWS.map((v) => createTableSql(database, v)),
  ];
}
