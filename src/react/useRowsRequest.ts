import { useMemo } from 'react';
import type { NamedQueryRequest, SqlRequest } from '../core/contract';
import type { AnalyticsError } from '../core/errors';
import type { AnalyticsHookOptions, AnalyticsQueryResult } from './AnalyticsResult';
import { useAnalyticsRequest } from './useAnalyticsRequest';

/** A rows request ready to send, or the error that stops it (invalid params, empty SQL). */
export type PreparedRowsRequest = { request: NamedQueryRequest | SqlRequest } | { error: AnalyticsError };

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
  return useAnalyticsRequest(
    'request' in prepared ? prepared.request : undefined,
    options,
    (decoded) => ({ data: decoded.rows as Row[], meta: decoded.meta }),
    'error' in prepared ? prepared.error : undefined,
  );
}
