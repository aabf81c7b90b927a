import { requestInputKey } from './requestInputKey';
import { AnalyticsError } from '../core/errors';
import type { AnyNamedQuery, NamedQuery } from '../core/queries/types';
import type { AnalyticsHookOptions, AnalyticsQueryResult } from './AnalyticsResult';
import { prepareNamedQuery } from './useNamedQuery';
import { useRowsRequest, type PreparedRowsRequest } from './useRowsRequest';

/**
 * The decoded rows of one ad-hoc ClickHouse SELECT. `Row` is the caller's promise about the
 * columns (64-bit integers arrive as bigint, DateTime as Date; see `decodeResult`). A
 * customer-facing proxy refuses raw SQL (`SQL_NOT_ALLOWED`): prefer a named query there.
 */
export function useAnalyticsQuery<Row = Record<string, unknown>>(sql: string, options?: AnalyticsHookOptions): AnalyticsQueryResult<Row>;
/** The typed rows of a named query: the same as `useNamedQuery(query, input, options)`. */
export function useAnalyticsQuery<Input, Params, Row>(
  query: NamedQuery<Input, Params, Row>,
  input: Input,
  options?: AnalyticsHookOptions,
): AnalyticsQueryResult<Row>;
export function useAnalyticsQuery(
  source: string | AnyNamedQuery,
  inputOrOptions?: unknown,
  namedQueryOptions?: AnalyticsHookOptions,
): AnalyticsQueryResult<unknown> {
  const named = isNamedQuery(source);
  return useRowsRequest(
    () => (named ? prepareNamedQuery(source as AnyNamedQuery, inputOrOptions) : prepareSql(source)),
    named ? `query:${source.name}:${requestInputKey(inputOrOptions)}` : `sql:${String(source)}`,
    named ? namedQueryOptions : (inputOrOptions as AnalyticsHookOptions | undefined),
  );
}

function isNamedQuery(source: unknown): source is AnyNamedQuery {
  return (
    typeof source === 'object' &&
    source !== null &&
    typeof (source as AnyNamedQuery).name === 'string' &&
    typeof (source as AnyNamedQuery).parseParams === 'function'
  );
}

function prepareSql(sql: unknown): PreparedRowsRequest {
  if (typeof sql !== 'string' || sql.trim() === '') {
    return { error: new AnalyticsError({ code: 'INVALID_PARAMS', message: 'useAnalyticsQuery needs a non-empty SQL string or a named query.' }) };
  }
  return { request: { kind: 'sql', sql } };
}
