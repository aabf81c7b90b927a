/**
 * `sql`: the tagged template every named query's SQL is written with. Every interpolated value is
 * escaped by its type; customer data is read only through `view()`, which renders as that view
 * restricted to the scope the fragment is rendered for. The template's own (literal) text may not
 * name a customer-data view: such a fragment refuses to render, so a forgotten scope is an error,
 * never a leak.
 *
 * ```ts
 * sql`SELECT vendor, sum(cost_amount) AS cost
 *     FROM ${view('fact_cost')}
 *     WHERE created_at >= ${params.from} AND vendor IN ${params.vendors}
 *     GROUP BY vendor`
 * ```
 */
import type { Scope } from '../contract';
import { AnalyticsError } from '../errors';
import type { ViewName } from '../views';
import { customerDataViewNamedIn, isCustomerDataView, isViewName, scopedViewSql } from './customerDataViews';
import { sqlDateTime } from './sqlDateTime';
import { sqlString } from './sqlString';

const FRAGMENT = Symbol.for('paid-analytics-react.sql');

/** A piece of SQL built with `sql`, `view`, `sql.join` or `sql.identifier`; rendered for a scope. */
export interface SqlFragment {
  readonly [FRAGMENT]: true;
  /** The SQL text for `scope` (what `renderSql` returns). */
  readonly render: (scope: Scope) => string;
  /** The template's literal text pieces, this fragment's and every nested fragment's. */
  readonly literals: () => readonly string[];
}

/** A value `sql` accepts in a `${…}` slot. */
export type SqlValue =
  | string
  | number
  | bigint
  | boolean
  | Date
  | null
  | SqlFragment
  | readonly (string | number | bigint | Date)[];

function fragment(render: (scope: Scope) => string, literals: () => readonly string[]): SqlFragment {
  return Object.freeze({ [FRAGMENT]: true as const, render, literals });
}

/** Whether `value` is an `SqlFragment`. */
export function isSqlFragment(value: unknown): value is SqlFragment {
  return typeof value === 'object' && value !== null && (value as { [FRAGMENT]?: unknown })[FRAGMENT] === true;
}

function bug(message: string): AnalyticsError {
  return new AnalyticsError({ code: 'INTERNAL_ERROR', message });
}

/** The error of SQL whose literal text reads a customer-data view around the scope. */
export function unscopedReadError(view: string, where = 'A named query'): AnalyticsError {
  return new AnalyticsError({
    code: 'INTERNAL_ERROR',
    message:
      `${where} names the customer-data view ${view} directly in its SQL text; read it through \${view('${view}')}, ` +
      'which applies the tenant scope',
    details: UNSCOPED_READ,
  });
}

/** The `details` of the error `unscopedReadError` makes. */
export const UNSCOPED_READ = 'unscoped-read';

/** Template strings already checked: each call site's strings array is one object for ever. */
const checkedTemplates = new WeakSet<TemplateStringsArray>();

function checkLiterals(strings: TemplateStringsArray): void {
  if (checkedTemplates.has(strings)) return;
  for (const text of strings) {
    const named = customerDataViewNamedIn(text);
    if (named !== undefined) throw unscopedReadError(named);
  }
  checkedTemplates.add(strings);
}

/** A finite number as SQL; integers beyond 2^53 are refused (pass a bigint). */
function sqlNumber(value: number): string {
  if (!Number.isFinite(value)) throw bug(`sql: a number slot got ${String(value)}; only finite numbers are accepted`);
  if (Number.isInteger(value) && !Number.isSafeInteger(value)) {
    throw bug(`sql: the integer ${value} is beyond 2^53 and may have lost digits; pass a bigint`);
  }
  return String(value);
}

function renderScalar(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return sqlString(value);
    case 'number':
      return sqlNumber(value);
    case 'bigint':
      return value.toString();
    default:
      if (value instanceof Date) return sqlDateTime(value);
      throw bug(`sql: a list may hold strings, numbers, bigints and Dates, not ${describe(value)}`);
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : typeof value;
}

function renderValue(value: unknown, scope: Scope): string {
  if (isSqlFragment(value)) return value.render(scope);
  if (value === null) return 'NULL';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (Array.isArray(value)) {
    // An empty IN list is a syntax error in ClickHouse, and "match everything" would be worse.
    if (value.length === 0) throw bug('sql: an empty list cannot be rendered; handle the empty case before building the SQL');
    return `(${value.map(renderScalar).join(', ')})`;
  }
  if (value === undefined) throw bug('sql: a slot got undefined (a missing param?)');
  return renderScalar(value);
}

/**
 * The tagged template. Slots take: strings (→ `sqlString` literal), finite numbers, bigints,
 * booleans, `null`, Dates (→ `DateTime64(3, 'UTC')` literals), non-empty arrays of those
 * (→ `('a', 'b')`, for `IN`), and fragments (`sql`, `view`, `sql.join`, `sql.identifier`) verbatim.
 * Anything else (undefined, objects) throws when rendered.
 * @throws AnalyticsError `INTERNAL_ERROR` at once when the literal text names a customer-data view.
 */
function sqlTemplate(strings: TemplateStringsArray, ...values: readonly SqlValue[]): SqlFragment {
  checkLiterals(strings);
  const parts = [...strings];
  const slots = [...values];
  return fragment(
    (scope) => {
      let text = parts[0]!;
      for (let i = 0; i < slots.length; i++) text += renderValue(slots[i], scope) + parts[i + 1]!;
      return text;
    },
    () => [...parts, ...slots.flatMap((slot) => (isSqlFragment(slot) ? slot.literals() : []))],
  );
}

/** Fragments joined by `separator` (default `', '`); an empty list renders as nothing. */
function joinFragments(fragments: readonly SqlFragment[], separator = ', '): SqlFragment {
  if (customerDataViewNamedIn(separator) !== undefined) throw unscopedReadError(customerDataViewNamedIn(separator)!);
  const items = [...fragments];
  for (const item of items) if (!isSqlFragment(item)) throw bug('sql.join takes fragments built with sql`…`');
  return fragment(
    (scope) => items.map((item) => item.render(scope)).join(separator),
    () => [separator, ...items.flatMap((item) => item.literals())],
  );
}

/** Identifiers: letters, digits and `_`, not starting with a digit; dotted for subcolumns and JSON paths. */
const IDENTIFIER_PART = /^[A-Za-z_][A-Za-z0-9_]{0,127}$/;

/**
 * A column name or a dotted path (`data.user.plan`, a JSON subcolumn) from a checked, allowed list —
 * never free input without validation. Each part is backquoted. Refused: anything that is not
 * `[A-Za-z_][A-Za-z0-9_]*` parts joined by dots, and a customer-data view's name.
 */
function sqlIdentifier(name: string): SqlFragment {
  const parts = typeof name === 'string' ? name.split('.') : [];
  if (parts.length === 0 || parts.length > 16 || !parts.every((part) => IDENTIFIER_PART.test(part))) {
    throw new AnalyticsError({ code: 'INVALID_PARAMS', message: `Not a valid identifier or dotted path: ${JSON.stringify(String(name)).slice(0, 80)}` });
  }
  // A customer-data view's name as an identifier could read it around the scope (`FROM ${…}`).
  const named = parts.find((part) => isCustomerDataView(part.toLowerCase()));
  if (named !== undefined) {
    throw new AnalyticsError({ code: 'INVALID_PARAMS', message: `Not an allowed identifier: ${named} is a customer-data view; read it through view()` });
  }
  const text = parts.map((part) => `\`${part}\``).join('.');
  return fragment(() => text, () => []);
}

/**
 * The tagged template with its helpers: `sql\`…\``, `sql.join(fragments, separator)` and
 * `sql.identifier(name)`. Built without assigning to a function at module level, so a bundle
 * that never uses SQL drops this module whole.
 */
export const sql = /* @__PURE__ */ Object.assign(sqlTemplate, { join: joinFragments, identifier: sqlIdentifier });

/**
 * A view of the Analytics API as a FROM source: for customer data (`fact_*`, `dim_customer`), the
 * view restricted to the scope the query is compiled for, as a subquery with every column
 * (`(SELECT * FROM fact_cost WHERE customer_id IN (…))`); the others read as they are. Give it an
 * alias after it when you join: `FROM ${view('fact_cost')} AS c`.
 *
 * `columns` lists what the subquery selects instead of `*`. Use it to read JSON payload fields:
 * through `*` the engine reads the whole `data` column (several times slower), through
 * `view('fact_signal', [sql\`created_at\`, sql\`${sql.identifier('data.priority')}::String AS priority\`])`
 * only that subcolumn. The outer query sees exactly the listed columns (and aliases).
 */
export function view(name: ViewName, columns?: readonly SqlFragment[]): SqlFragment {
  if (!isViewName(name)) throw bug(`view(${JSON.stringify(name)}) names no view of the Analytics API`);
  if (columns === undefined) return fragment((scope) => scopedViewSql(name, scope), () => []);
  const list = sql.join(columns);
  if (columns.length === 0) throw bug(`view(${JSON.stringify(name)}, columns): list at least one column`);
  return fragment((scope) => scopedViewSql(name, scope, list.render(scope)), () => list.literals());
}

/**
 * The SQL text of `fragment` with every `view()` restricted to `scope`.
 * @throws AnalyticsError `INTERNAL_ERROR` for an unrenderable slot or a malformed scope.
 */
export function renderSql(statement: SqlFragment, scope: Scope): string {
  if (!isSqlFragment(statement)) throw bug('renderSql takes a fragment built with sql`…`');
  return statement.render(scope);
}
