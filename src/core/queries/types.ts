/**
 * A named query: what a widget asks for, by name and params, compiled to one ClickHouse
 * SELECT with the tenant scope applied. Defined once, used by the browser (client-side
 * compile for trusted dashboards) and by the proxy (server-side compile for end customers).
 */
import type { Scope } from '../contract';
import type { SqlFragment } from '../sql/sql';
import type { ViewName } from '../views';
import type { ColumnSpecs } from './resultColumns';

/**
 * What the browser needs to ask for a named query by name: its name, params parser and declared
 * result columns (a `NamedQuery` is one; `defineQueryReference` makes one without the SQL).
 */
export interface NamedQueryReference<Input, Params, Row> {
  /** Stable wire name, e.g. `usage-trends`. */
  readonly name: string;
  /**
   * Validates untrusted params and fills defaults; throws an `AnalyticsError` `INVALID_PARAMS`.
   */
  parseParams(input: unknown): Params;
  /** The declared result columns: decoded rows are checked against them. */
  readonly columns?: ColumnSpecs;
  /** Phantom: the params a caller passes (defaults optional). Never set at run time. */
  readonly __input?: Input;
  /** Phantom: the decoded row type. Never set at run time. */
  readonly __row?: Row;
}

export interface NamedQuery<Input, Params, Row> extends NamedQueryReference<Input, Params, Row> {
  /** Stable wire name, e.g. `usage-trends`. */
  readonly name: string;
  /** One sentence: what the rows answer. */
  readonly description: string;
  /** The columns of each view the SQL reads, so a live schema mismatch is reported clearly. */
  readonly requiredColumns: Readonly<Partial<Record<ViewName, readonly string[]>>>;
  /**
   * Validates untrusted params (from a browser, a URL, a story) and fills defaults.
   * Throws an `AnalyticsError` with code `INVALID_PARAMS` saying which param is wrong and why.
   */
  parseParams(input: unknown): Params;
  /** Phantom: the params a caller passes (defaults optional). Never set at run time. */
  readonly __input?: Input;
  /**
   * The SQL for already-parsed params. Every literal goes through `sqlString`; every fact
   * view read is restricted to `scope.customerIds` when present.
   */
  toSql(params: Params, scope: Scope): string;
  /**
   * The declared result columns (set by `defineNamedQuery`): decoded rows are checked against
   * them (`checkResultColumns`), so a mismatch is an `INVALID_RESPONSE` naming the column.
   */
  readonly columns?: ColumnSpecs;
  /**
   * The SQL as a fragment of `sql` for already-parsed params (set by `defineNamedQuery`): what
   * `toSql` renders for a scope, and what registration inspects for unscoped reads.
   */
  readonly build?: (params: Params) => SqlFragment;
  /** Phantom: the decoded row type. Never set at run time. */
  readonly __row?: Row;
}

/* eslint-disable @typescript-eslint/no-explicit-any */
/** The decoded row type of a named query. */
export type RowOf<Q> = Q extends NamedQueryReference<any, any, infer Row> ? Row : never;
/** The parsed params type of a named query. */
export type ParamsOf<Q> = Q extends NamedQueryReference<any, infer Params, any> ? Params : never;
/** What a caller passes to a named query (a hook's or a component's params). */
export type InputOf<Q> = Q extends NamedQueryReference<infer Input, any, any> ? Input : never;

/** Any named query, for registries. */
export type AnyNamedQuery = NamedQuery<any, any, any>;
