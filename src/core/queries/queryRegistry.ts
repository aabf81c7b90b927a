/**
 * Registration of named queries: the check every query passes before a proxy (or a client
 * compiling for trusted users) will run it — defined with `defineNamedQuery`, SQL that reads
 * customer data only through `view()` — and the registry of built-in plus host queries by name.
 */
import { AnalyticsError, isAnalyticsError } from '../errors';
import { customerDataViewNamedIn } from '../sql/customerDataViews';
import { UNSCOPED_READ, unscopedReadError } from '../sql/sql';
import type { DefinedNamedQuery } from './defineNamedQuery';
import { BUILT_IN_QUERIES } from './registry';
import type { AnyNamedQuery } from './types';

/** Named queries by wire name. */
export type QueryRegistry = ReadonlyMap<string, AnyNamedQuery>;

function refused(message: string, cause?: unknown): AnalyticsError {
  return new AnalyticsError({ code: 'INTERNAL_ERROR', message, cause });
}

/** A scope that restricts, so every `view()` renders its scope condition during the check. */
const PROBE_SCOPE = { customerIds: ['registration_probe'] };

/**
 * Checks that `query` can be registered: made by `defineNamedQuery`, and its SQL — compiled with
 * sample values of every param (and its `examples`) — names no customer-data view (`fact_*`,
 * `dim_customer`) outside `view()`. The literal text of every `sql` fragment it builds is read.
 * @throws AnalyticsError `INTERNAL_ERROR` saying what is wrong; a query that forgot the scope never registers.
 */
export function checkNamedQuery(query: AnyNamedQuery): void {
  const label = `Named query ${JSON.stringify(typeof query?.name === 'string' ? query.name : String(query?.name))}`;
  const defined = query as Partial<DefinedNamedQuery<unknown, unknown, unknown>>;
  if (typeof query?.name !== 'string' || typeof query.parseParams !== 'function' || typeof query.toSql !== 'function') {
    throw refused(`${label} is not a named query; define it with defineNamedQuery`);
  }
  if (typeof defined.build !== 'function' || typeof defined.sampleInputs !== 'function' || defined.columns === undefined) {
    throw refused(`${label} was not made by defineNamedQuery, so its SQL cannot be checked for the tenant scope; define it with defineNamedQuery`);
  }
  let compiled = 0;
  let lastProblem: unknown;
  for (const input of defined.sampleInputs()) {
    let params: unknown;
    try {
      params = query.parseParams(input);
    } catch (error) {
      lastProblem = error; // a sample its refine refuses says nothing about the SQL
      continue;
    }
    try {
      const fragment = defined.build(params);
      for (const text of fragment.literals()) {
        const named = customerDataViewNamedIn(text);
        if (named !== undefined) throw unscopedReadError(named);
      }
      query.toSql(params, PROBE_SCOPE);
      query.toSql(params, {});
      compiled += 1;
    } catch (error) {
      if (isAnalyticsError(error) && error.details === UNSCOPED_READ) {
        throw refused(`${label} cannot be registered: ${error.message}`, error);
      }
      if (isAnalyticsError(error) && error.code === 'INVALID_PARAMS') {
        lastProblem = error;
        continue;
      }
      throw refused(`${label} failed to build its SQL for valid params: ${error instanceof Error ? error.message : String(error)}`, error);
    }
  }
  if (compiled === 0) {
    throw refused(
      `${label} could not be compiled with any sample params to check its SQL; give it examples: [...] ` +
        `(last problem: ${lastProblem instanceof Error ? lastProblem.message : String(lastProblem)})`,
    );
  }
}

/**
 * The built-in queries plus `extra`, each checked with `checkNamedQuery`, by name.
 * @throws AnalyticsError `INTERNAL_ERROR` for a refused query or a name used twice.
 */
export function createQueryRegistry(extra: readonly AnyNamedQuery[] = [], builtIn: readonly AnyNamedQuery[] = Object.values(BUILT_IN_QUERIES)): QueryRegistry {
  if (!Array.isArray(extra)) throw refused('queries must be an array of named queries made by defineNamedQuery');
  const registry = new Map<string, AnyNamedQuery>();
  for (const query of [...builtIn, ...extra]) {
    checkNamedQuery(query);
    const existing = registry.get(query.name);
    if (existing !== undefined) {
      if (existing === query) continue;
      const builtInClash = builtIn.includes(existing);
      throw refused(
        `Two named queries are called ${JSON.stringify(query.name)}${builtInClash ? ' (one of them built in)' : ''}; give each query its own name`,
      );
    }
    registry.set(query.name, query);
  }
  return registry;
}
