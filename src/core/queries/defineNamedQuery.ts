/**
 * `defineNamedQuery`: a named query from a declaration — typed params, declared result columns and
 * SQL written with `sql` that reads customer data only through `view()`. The result is a
 * `NamedQuery` that `useNamedQuery`, `compileQuery`, the proxy (`createAnalyticsProxy({ queries })`)
 * and every building block use, with its input, params and row types inferred.
 *
 * ```ts
 * export const spendByVendor = defineNamedQuery({
 *   name: 'spend-by-vendor',
 *   description: 'AI spend per vendor in a window.',
 *   params: { from: param.dateTime(), to: param.dateTime(), limit: param.integer({ min: 1, max: 50 }).default(10) },
 *   columns: { vendor: column.string(), cost: column.decimal(), calls: column.uint64() },
 *   sql: (p) => sql`
 *     SELECT toString(vendor) AS vendor, toString(sum(cost_amount)) AS cost, count() AS calls
 *     FROM ${view('fact_cost')}
 *     WHERE created_at >= ${p.from} AND created_at < ${p.to}
 *     GROUP BY vendor ORDER BY sum(cost_amount) DESC LIMIT ${p.limit}`,
 * });
 * ```
 */
import type { Scope } from '../contract';
import { renderSql, type SqlFragment } from '../sql/sql';
import type { ViewName } from '../views';
import { paramsParserOf } from './queryReference';
import { SAMPLE_INSTANT, type ParamSpecs, type ParamsInput, type ParsedParams } from './paramBuilders';
import type { ColumnSpecs, RowOfColumns } from './resultColumns';
import type { NamedQuery } from './types';

/** What `defineNamedQuery` takes. */
export interface NamedQueryDefinition<P extends ParamSpecs, C extends ColumnSpecs, Params = ParsedParams<P>> {
  /** Stable wire name: lower-case words joined by `-` (e.g. `spend-by-vendor`). */
  name: string;
  /** One sentence: what the rows answer. */
  description: string;
  /** The params, declared with `param.*` builders. Unknown keys are refused. */
  params: P;
  /**
   * Checks across params after each one is valid (e.g. `parseTimeWindow(p.from, p.to, { maxDays: 92 })`);
   * throw `invalidParams(...)` to refuse.
   */
  refine?: (params: ParsedParams<P>) => void;
  /**
   * Completes the validated params (e.g. a default that depends on another param, such as "today
   * in the reader's time zone"); the SQL and the request key get what it returns.
   */
  complete?: (params: ParsedParams<P>) => Params;
  /** The result columns, declared with `column.*` builders: the row type, and what rows are checked against. */
  columns: C;
  /** The columns of each view the SQL reads, so a live schema that lacks one is reported clearly. */
  requiredColumns?: Readonly<Partial<Record<ViewName, readonly string[]>>>;
  /** The SQL for validated params, with `sql` and `view()`. */
  sql: (params: Params) => SqlFragment;
  /** Extra inputs registration compiles the SQL with (beside samples made from the param builders). */
  examples?: readonly ParamsInput<P>[];
}

/** A query made by `defineNamedQuery`. */
export interface DefinedNamedQuery<Input, Params, Row> extends NamedQuery<Input, Params, Row> {
  /** The declared params (builders), e.g. for a form or docs. */
  readonly params: ParamSpecs;
  readonly columns: ColumnSpecs;
  readonly build: (params: Params) => SqlFragment;
  /** Inputs registration compiles the SQL with to check it (samples of every param value kind). */
  readonly sampleInputs: () => readonly Record<string, unknown>[];
}

const NAME_PATTERN = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/**
 * Defines a named query. Its `toSql(params, scope)` renders the SQL with every `view()` restricted
 * to `scope`; its `parseParams` validates untrusted input with the declared builders (an unknown
 * key, a bad value: `INVALID_PARAMS` naming the param), then `refine`.
 * @throws TypeError for a malformed definition (name, params, columns, sql).
 */
export function defineNamedQuery<const P extends ParamSpecs, const C extends ColumnSpecs, Params = ParsedParams<P>>(
  definition: NamedQueryDefinition<P, C, Params>,
): DefinedNamedQuery<ParamsInput<P>, Params, RowOfColumns<C>> {
  const { name, description, params: specs, columns, sql: build } = definition;
  if (typeof name !== 'string' || !NAME_PATTERN.test(name)) throw new TypeError(`defineNamedQuery: name ${JSON.stringify(name)} must be lower-case words joined by -`);
  if (typeof build !== 'function') throw new TypeError(`defineNamedQuery(${name}): sql must be a function of the params`);
  if (columns === null || typeof columns !== 'object' || Object.keys(columns).length === 0) throw new TypeError(`defineNamedQuery(${name}): declare at least one result column`);
  const keys = Object.keys(specs);

  const parseParams = paramsParserOf<P, Params>(definition);

  function sampleInputs(): Record<string, unknown>[] {
    // One base input (each param's first sample; dateTime params a day apart in declaration
    // order, so from < to), then one input per other sample value of each param.
    const base: Record<string, unknown> = {};
    let dateTimes = 0;
    const variations: [string, unknown][] = [];
    for (const key of keys) {
      const spec = specs[key]!;
      const samples = spec.kind === 'dateTime'
        ? spec.samples().map((s) => (s === undefined ? s : new Date(SAMPLE_INSTANT + dateTimes * 86_400_000)))
        : spec.samples();
      if (spec.kind === 'dateTime') dateTimes += 1;
      base[key] = samples.find((s) => s !== undefined) ?? samples[0];
      for (const sample of samples) if (sample !== base[key]) variations.push([key, sample]);
    }
    return [base, ...variations.map(([key, value]) => ({ ...base, [key]: value })), ...((definition.examples ?? []) as Record<string, unknown>[])];
  }

  const query: DefinedNamedQuery<ParamsInput<P>, Params, RowOfColumns<C>> = {
    name,
    description,
    requiredColumns: definition.requiredColumns ?? {},
    params: specs,
    columns,
    parseParams,
    build,
    toSql: (params: Params, scope: Scope) => renderSql(build(params), scope),
    sampleInputs,
  };
  return Object.freeze(query);
}
