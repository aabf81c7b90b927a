import { useMemo } from 'react';
import type { DecodedRows } from '../core/client/decodeResponse';
import type { NamedQueryRequest, SqlRequest } from '../core/contract';
import { AnalyticsError, isAnalyticsError } from '../core/errors';
import type { AnalyticsHookOptions, AnalyticsQueryResult } from './AnalyticsResult';
import { useAnalyticsRequest } from './useAnalyticsRequest';

/**
 * A rows request ready to send, or the error that stops it (invalid params, empty SQL).
 * `checkRows` (a named query's declared columns) checks the decoded rows and may widen values;
 * when it throws, the hook shows that error (`INVALID_RESPONSE` naming the column).
 */
export type PreparedRowsRequest =
  | { request: NamedQueryRequest | SqlRequest; checkRows?: (decoded: DecodedRows) => unknown[] }
  | { error: AnalyticsError };

/** The selected value of a response whose rows failed their check. */
class RowsCheckFailure {
  constructor(readonly error: AnalyticsError) {}
}

/**
 * The hook under `useNamedQuery` and `useAnalyticsQuery`: prepares the request once per
 * `preparationKey` (a string saying what it depends on) and watches it, giving typed rows.
 */
export function useRowsRequest<Row>(
  prepare: () => PreparedRowsRequest,
  preparationKey: string,
  options: AnalyticsHookOptions | undefined,
): AnalyticsQueryResult<Row> {
  const prepared = useMemo(prepare, [preparationKey]);
  const checkRows = 'request' in prepared ? prepared.checkRows : undefined;
  const result = useAnalyticsRequest<NamedQueryRequest | SqlRequest, Row[] | RowsCheckFailure>(
    'request' in prepared ? prepared.request : undefined,
    options,
    (decoded) => {
      if (checkRows === undefined) return { data: decoded.rows as Row[], meta: decoded.meta };
      try {
        return { data: checkRows(decoded) as Row[], meta: decoded.meta };
      } catch (error) {
        return { data: new RowsCheckFailure(asInvalidResponse(error)), meta: decoded.meta };
      }
    },
    'error' in prepared ? prepared.error : undefined,
  );
  return useMemo((): AnalyticsQueryResult<Row> => {
    if (!(result.data instanceof RowsCheckFailure)) return result as AnalyticsQueryResult<Row>;
    return { ...result, status: 'error', data: undefined, error: result.data.error };
  }, [result]);
}

function asInvalidResponse(error: unknown): AnalyticsError {
  if (isAnalyticsError(error)) return error;
  return new AnalyticsError({
    code: 'INVALID_RESPONSE',
    message: 'The query response does not match the columns its named query declares.',
    details: error instanceof Error ? error.message : String(error),
    cause: error,
  });
}
