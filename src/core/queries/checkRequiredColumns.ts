/**
 * `checkRequiredColumns`: which named queries a live account's schema cannot serve, and why —
 * for hosts pointing the widgets at a real account whose views may differ from the emulator's.
 */
import type { SchemaResponseBody } from '../contract';
import { BUILT_IN_QUERIES } from './registry';
import { SCOPE_REQUIRED_COLUMNS } from './scope';
import type { AnyNamedQuery } from './types';

/** One view a named query reads that the live schema lacks, wholly or in part. */
export interface MissingColumns {
  /** The query's wire name. */
  query: string;
  view: string;
  /** True when the whole view is missing (then `columns` lists every column the query needs). */
  missingView: boolean;
  columns: string[];
  /** A sentence for a log or an error screen. */
  message: string;
}

/** The name `checkRequiredColumns` reports the scope's own needs under. */
export const CHILD_CUSTOMER_SCOPE = 'scope with includeChildCustomers';

/**
 * Compares each query's `requiredColumns` with a `GET /schema` body. Returns one entry per
 * query × view with something missing; an empty list means every query can run. With
 * `childCustomers`, also checks what a scope with `includeChildCustomers` reads
 * (`dim_customer.id`, `parent_customer_id`), reported under `CHILD_CUSTOMER_SCOPE`.
 */
export function checkRequiredColumns(
  schema: SchemaResponseBody,
  queries: readonly AnyNamedQuery[] = Object.values(BUILT_IN_QUERIES),
  options: { childCustomers?: boolean } = {},
): MissingColumns[] {
  const views = new Map<string, Set<string>>();
  for (const view of Array.isArray(schema?.views) ? schema.views : []) {
    if (typeof view?.name !== 'string') continue;
    const columns = Array.isArray(view.columns) ? view.columns : [];
    views.set(view.name, new Set(columns.map((column) => column?.name).filter((n): n is string => typeof n === 'string')));
  }
  const problems: MissingColumns[] = [];
  const needs: { name: string; requiredColumns: Readonly<Partial<Record<string, readonly string[]>>> }[] = [...queries];
  if (options.childCustomers === true) needs.push({ name: CHILD_CUSTOMER_SCOPE, requiredColumns: SCOPE_REQUIRED_COLUMNS });
  for (const query of needs) {
    for (const [view, required] of Object.entries(query.requiredColumns) as [string, readonly string[]][]) {
      const present = views.get(view);
      if (present === undefined) {
        problems.push({
          query: query.name,
          view,
          missingView: true,
          columns: [...required],
          message: `${query.name} reads view ${view}, which the schema does not have`,
        });
        continue;
      }
      const missing = required.filter((column) => !present.has(column));
      if (missing.length > 0) {
        problems.push({
          query: query.name,
          view,
          missingView: false,
          columns: missing,
          message: `${query.name} needs ${missing.map((c) => `${view}.${c}`).join(', ')}, which the schema does not have`,
        });
      }
    }
  }
  return problems;
}
