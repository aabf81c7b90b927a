import { useMemo } from 'react';
import type { SqlRequest } from '../core/contract';
import { AnalyticsError } from '../core/errors';
import type { AnalyticsHookOptions, AnalyticsQueryResult } from './AnalyticsResult';
import { useAnalyticsRequest } from './useAnalyticsRequest';

/**
 * The decoded rows of one ad-hoc ClickHouse SELECT. `Row` is the caller's promise about the
 * columns (64-bit integers arrive as bigint, DateTime as Date; see `decodeResult`). A
 * customer-facing proxy refuses raw SQL (`SQL_NOT_ALLOWED`): prefer `useNamedQuery` there.
 */
export function useAnalyticsQuery<Row = Record<string, unknown>>(sql: string, options?: AnalyticsHookOptions): AnalyticsQueryResult<Row> {
  const valid = typeof sql === 'string' && sql.trim() !== '';
  const blockingError = useMemo(
    () =>
      valid
        ? undefined
        : new AnalyticsError({ code: 'INVALID_PARAMS', message: 'useAnalyticsQuery needs a non-empty SQL string.' }),
    [valid],
  );
  const request: SqlRequest | undefined = valid ? { kind: 'sql', sql } : undefined;
  return useAnalyticsRequest(request, options, (decoded) => ({ data: decoded.rows as Row[], meta: decoded.meta }), blockingError);
}
