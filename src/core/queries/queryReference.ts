/**
 * `defineQueryReference`: what the browser needs of a named query to ask for it by name — the
 * name, the params parser and the declared result columns — without its SQL. Widgets and hooks
 * import references, so a page whose proxy compiles the SQL never ships the SQL builders; the
 * full definition (`defineNamedQuery`, with the `sql` closure) stays in modules only the proxy,
 * `compile: 'client'` and hosts import. `useNamedQuery(query, input)` takes either.
 */
import { readParamsObject } from './params';
import type { ParamSpecs, ParamsInput, ParsedParams } from './paramBuilders';
import type { ColumnSpecs, RowOfColumns } from './resultColumns';
import type { NamedQueryReference } from './types';

/** What `defineQueryReference` takes: the browser-side part of a `defineNamedQuery` definition. */
export interface QueryReferenceDefinition<P extends ParamSpecs, C extends ColumnSpecs, Params = ParsedParams<P>> {
  /** Stable wire name: lower-case words joined by `-`. */
  name: string;
  /** The params, declared with `param.*` builders. Unknown keys are refused. */
  params: P;
  /** Checks across params after each one is valid; throw `invalidParams(...)` to refuse. */
  refine?: (params: ParsedParams<P>) => void;
  /** Completes the validated params (e.g. a default that depends on another param). */
  complete?: (params: ParsedParams<P>) => Params;
  /** The result columns, declared with `column.*` builders. */
  columns: C;
}

/** A query reference made by `defineQueryReference`: name, params parser, declared columns. */
export interface DefinedQueryReference<Input, Params, Row> extends NamedQueryReference<Input, Params, Row> {
  /** The declared params (builders). */
  readonly params: ParamSpecs;
  readonly columns: ColumnSpecs;
}

/**
 * The params parser of a declaration: untrusted input → validated params (an unknown key, a bad
 * value: `INVALID_PARAMS` naming the param), then `refine`, then `complete`.
 */
export function paramsParserOf<P extends ParamSpecs, Params>(
  definition: Pick<QueryReferenceDefinition<P, ColumnSpecs, Params>, 'name' | 'params' | 'refine' | 'complete'>,
): (input: unknown) => Params {
  const { name, params: specs, refine, complete } = definition;
  const keys = Object.keys(specs);
  return (input) => {
    const raw = readParamsObject(input, name, keys);
    const parsed: Record<string, unknown> = {};
    for (const key of keys) parsed[key] = specs[key]!.parse(raw[key], key);
    refine?.(parsed as ParsedParams<P>);
    return (complete === undefined ? parsed : complete(parsed as ParsedParams<P>)) as Params;
  };
}

/** A browser-side reference to a named query: its name, params parser and declared columns, no SQL. */
export function defineQueryReference<const P extends ParamSpecs, const C extends ColumnSpecs, Params = ParsedParams<P>>(
  definition: QueryReferenceDefinition<P, C, Params>,
): DefinedQueryReference<ParamsInput<P>, Params, RowOfColumns<C>> {
  return Object.freeze({
    name: definition.name,
    params: definition.params,
    columns: definition.columns,
    parseParams: paramsParserOf(definition),
  });
}
