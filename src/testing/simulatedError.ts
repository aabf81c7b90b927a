/**
 * The errors a fixture fetcher throws on purpose, so stories and tests can show every error
 * state with the message and status the real API would give.
 */
import { AnalyticsError, type AnalyticsErrorCode } from '../core/errors';

const MESSAGES: Partial<Record<AnalyticsErrorCode, string>> = {
  INVALID_QUERY: 'Only a single read-only SELECT or WITH statement is accepted',
  QUERY_ERROR: 'The query was rejected by the database',
  INVALID_DATE_RANGE: 'fromDate is after toDate',
  ACCESS_DENIED: 'The query referenced something outside the analytics views',
  QUERY_TIMEOUT: 'The query exceeded the 30-second limit',
  CONCURRENCY_LIMIT_EXCEEDED: 'Too many concurrent queries; retry shortly',
  UNAUTHORIZED: 'Missing or invalid API key',
  INTERNAL_ERROR: 'Internal server error',
  NETWORK_ERROR: 'The analytics service could not be reached',
  INVALID_RESPONSE: 'The analytics service sent a response that could not be read',
  SQL_NOT_ALLOWED: 'Raw SQL is not allowed for this user',
  UPSTREAM_TIMEOUT: 'The analytics service did not answer in time',
  REQUEST_TIMEOUT: 'The analytics request did not complete in time',
  UPSTREAM_ERROR: 'The analytics service failed',
};

/** An `AnalyticsError` for `code` with the API's own wording and the code's usual HTTP status. */
export function simulatedError(code: AnalyticsErrorCode, label: string): AnalyticsError {
  return new AnalyticsError({
    code,
    message: MESSAGES[code] ?? `Simulated ${code}`,
    details: `Simulated by the fixture fetcher for ${label}.`,
  });
}
