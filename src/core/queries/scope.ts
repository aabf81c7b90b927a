/**
 * The tenant scope, in one function: what restricts every fact view a named query reads to
 * the customers the end user may see. Nothing else in the queries decides who sees what.
 */
import type { Scope } from '../contract';
import { AnalyticsError } from '../errors';
import { sqlString, sqlStringList } from '../sql/sqlString';

/**
 * What `scopeCondition` itself reads beyond the restricted column: with
 * `includeChildCustomers`, the customer hierarchy.
 */
export const SCOPE_REQUIRED_COLUMNS = { dim_customer: ['id', 'parent_customer_id'] } as const;

/** Columns are code constants, never input; this only guards against a programming slip. */
const COLUMN_PATTERN = /^[a-z_][a-z0-9_]*(\.[a-z_][a-z0-9_]*)?$/;

function invalidScope(message: string): AnalyticsError {
  // A malformed scope is the host's bug (its resolveScope), not the end user's: a 500, and never
  // a silently unscoped query.
  return new AnalyticsError({ code: 'INTERNAL_ERROR', message: `Invalid scope: ${message}` });
}

/** The customer ids of a scope, checked; `undefined` when the scope is unrestricted (`{}`). */
export function scopeCustomerIds(scope: Scope): readonly string[] | undefined {
  if (scope === null || typeof scope !== 'object') throw invalidScope('expected an object such as {} or { customerIds: [...] }');
  const { customerIds } = scope;
  if (customerIds === undefined) return undefined;
  if (!Array.isArray(customerIds) || !customerIds.every((id) => typeof id === 'string')) {
    throw invalidScope('customerIds must be an array of strings');
  }
  return customerIds;
}

/**
 * The SQL condition that restricts `column` (a customer id column) to `scope`:
 * - `{}` → `1` (unrestricted: a trusted, internal user);
 * - `{ customerIds: ['a', 'b'] }` → `customer_id IN ('a', 'b')`;
 * - `{ customerIds: [] }` → `0`: matches nothing, never everything;
 * - `includeChildCustomers` → also the direct children of those customers
 *   (`dim_customer.parent_customer_id`), via a subquery on `dim_customer`.
 * Every id goes through `sqlString`.
 */
export function scopeCondition(scope: Scope, column = 'customer_id'): string {
  if (!COLUMN_PATTERN.test(column)) throw invalidScope(`unexpected column ${JSON.stringify(column)}`);
  const customerIds = scopeCustomerIds(scope);
  if (customerIds === undefined) return '1';
  if (customerIds.length === 0) return '0';
  const list = sqlStringList([...new Set(customerIds)]);
  if (scope.includeChildCustomers === true) {
    return `${column} IN (SELECT id FROM dim_customer WHERE id IN (${list}) OR parent_customer_id IN (${list}))`;
  }
  return `${column} IN (${list})`;
}

/**
 * The scope AND an optional `customerId` filter from params. The filter only narrows: a
 * customer outside the scope gives no rows, never another tenant's.
 */
export function customerCondition(scope: Scope, customerId: string | undefined, column = 'customer_id'): string {
  const scoped = scopeCondition(scope, column);
  if (customerId === undefined) return scoped;
  return `${scoped} AND ${column} = ${sqlString(customerId)}`;
}
