import { useMemo } from 'react';
import { stableSerialize } from '../core/client/stableSerialize';
import type { NamedQueryRequest } from '../core/contract';
import { AnalyticsError, isAnalyticsError } from '../core/errors';
import type { NamedQuery } from '../core/queries/types';
import type { AnalyticsHookOptions, AnalyticsQueryResult } from './AnalyticsResult';
import { useAnalyticsRequest } from './useAnalyticsRequest';

/**
 * The typed rows of a named query. `input` is validated with `query.parseParams` first: invalid
 * input gives `status: 'error'` with that `INVALID_PARAMS` error and sends nothing. The request
 * is `{ kind: 'query', name, params }` with the parsed params (defaults filled), so equal inputs
 * written differently share one request and one cache entry.
 */
export function useNamedQuery<Input, Params, Row>(
  query: NamedQuery<Input, Params, Row>,
  input: Input,
  options?: AnalyticsHookOptions,
): AnalyticsQueryResult<Row> {
  const inputKey = stableSerialize(input);
  const parsed = useMemo((): { request: NamedQueryRequest } | { error: AnalyticsError } => {
    try {
      const params = query.parseParams(input) as Record<string, unknown>;
      return { request: { kind: 'query', name: query.name, params } };
    } catch (error) {
      return { error: asInvalidParams(error, query.name) };
    }
  }, [query, inputKey]);
  return useAnalyticsRequest(
    'request' in parsed ? parsed.request : undefined,
    options,
    (decoded) => ({ data: decoded.rows as Row[], meta: decoded.meta }),
    'error' in parsed ? parsed.error : undefined,
  );
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
