import { AnalyticsError, isAnalyticsError } from '../core/errors';
import { loadedResponseDecoding } from '../core/client/loadResponseDecoding';
import type { DecodedRows } from '../core/client/decodeResponse';
import type { ColumnSpecs } from '../core/queries/resultColumns';
import type { NamedQueryReference } from '../core/queries/types';
import type { AnalyticsHookOptions, AnalyticsQueryResult } from './AnalyticsResult';
import { requestInputKey } from './requestInputKey';
import { useRowsRequest, type PreparedRowsRequest } from './useRowsRequest';

/**
 * The typed rows of a named query (a `NamedQuery` or a SQL-free `defineQueryReference`). `input` is validated with `query.parseParams` first: invalid
 * input gives `status: 'error'` with that `INVALID_PARAMS` error and sends nothing. The request
 * is `{ kind: 'query', name, params }` with the parsed params (defaults filled), so equal inputs
 * written differently share one request and one cache entry. Rows are checked against the
 * query's declared columns (`checkResultColumns`): a mismatch is `status: 'error'` with an
 * `INVALID_RESPONSE` naming the column. Inputs are compared by value with instants to the minute, so a
 * window written inline with `new Date()` loads (see `requestInputKey`).
 */
export function useNamedQuery<Input, Params, Row>(
  query: NamedQueryReference<Input, Params, Row>,
  input: Input,
  options?: AnalyticsHookOptions,
): AnalyticsQueryResult<Row> {
  return useRowsRequest<Row>(() => prepareNamedQuery(query, input), `query:${query.name}:${requestInputKey(input)}`, options);
}

/** The named-query request for `input`, or the `INVALID_PARAMS` error that stops it. */
export function prepareNamedQuery<Input, Params, Row>(query: NamedQueryReference<Input, Params, Row>, input: Input): PreparedRowsRequest {
  try {
    const params = query.parseParams(input) as Record<string, unknown>;
    const columns = query.columns;
    if (columns === undefined) return { request: { kind: 'query', name: query.name, params } };
    return {
      request: { kind: 'query', name: query.name, params },
      checkRows: (decoded) => checkedRows(query.name, columns, decoded),
    };
  } catch (error) {
    return { error: asInvalidParams(error, query.name) };
  }
}

/**
 * `checkResultColumns` from the response-decoding chunk, which is loaded whenever there are
 * decoded rows to check (the QueryClient decoded them with it).
 */
function checkedRows(queryName: string, columns: ColumnSpecs, decoded: DecodedRows): unknown[] {
  const decoding = loadedResponseDecoding();
  if (decoding === undefined) {
    throw new AnalyticsError({ code: 'INVALID_RESPONSE', message: `Rows of ${queryName} arrived without the response decoder that checks them.` });
  }
  return decoding.checkResultColumns(queryName, columns, decoded);
}

function asInvalidParams(error: unknown, queryName: string): AnalyticsError {
  if (isAnalyticsError(error)) return error;
  return new AnalyticsError({
    code: 'INVALID_PARAMS',
    message: `Invalid params for the named query ${queryName}.`,
    details: error instanceof Error ? error.message : String(error),
    cause: error,
  });
}
