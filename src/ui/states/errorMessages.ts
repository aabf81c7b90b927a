import { isAnalyticsError, type AnalyticsErrorCode } from '../../core/errors';

/** What a person reads for one error: a short title and one or two sentences. */
export interface ErrorMessage {
  title: string;
  description: string;
}

/** `'UNKNOWN'` is any thrown value that is not an `AnalyticsError`. */
export type ErrorMessageKey = AnalyticsErrorCode | 'UNKNOWN';

/** Messages per code, overridable per widget (e.g. for translation) through `ErrorState`'s `messages`. */
export type ErrorMessages = Record<ErrorMessageKey, ErrorMessage>;

/** Codes whose failure may go away if the same request is sent again. */
const RETRY_MAY_HELP: ReadonlySet<ErrorMessageKey> = new Set<ErrorMessageKey>([
  'QUERY_TIMEOUT',
  'CONCURRENCY_LIMIT_EXCEEDED',
  'INTERNAL_ERROR',
  'NETWORK_ERROR',
  'ABORTED',
  'INVALID_RESPONSE',
  'UPSTREAM_TIMEOUT',
  'UPSTREAM_ERROR',
  'UPSTREAM_UNAVAILABLE',
  'RENDER_ERROR',
  'REQUEST_TIMEOUT',
  'UNKNOWN',
]);

/** The default English text for every error code. */
export const DEFAULT_ERROR_MESSAGES: Readonly<ErrorMessages> = Object.freeze({
  INVALID_QUERY: {
    title: 'This report could not be run',
    description: 'The analytics service rejected the query. This is a problem with the report, not with your data.',
  },
  QUERY_ERROR: {
    title: 'The report failed',
    description: 'The analytics engine could not run this report with the current settings.',
  },
  INVALID_DATE_RANGE: {
    title: 'Invalid date range',
    description: 'Choose a start date before the end date, within the range the service allows.',
  },
  ACCESS_DENIED: {
    title: 'Access denied',
    description: 'You do not have permission to see this data.',
  },
  QUERY_TIMEOUT: {
    title: 'The report took too long',
    description: 'Try a shorter time range or a coarser granularity, or try again.',
  },
  CONCURRENCY_LIMIT_EXCEEDED: {
    title: 'Too many reports at once',
    description: 'Too many analytics queries are running right now. Wait a moment and try again.',
  },
  UNAUTHORIZED: {
    title: 'Sign-in required',
    description: 'Your session may have expired. Sign in again to see this data.',
  },
  INTERNAL_ERROR: {
    title: 'Something went wrong on our side',
    description: 'The analytics service had an internal error. Try again in a moment.',
  },
  NETWORK_ERROR: {
    title: 'Connection problem',
    description: 'The analytics service could not be reached. Check your connection and try again.',
  },
  ABORTED: {
    title: 'Request cancelled',
    description: 'The request was cancelled before it finished.',
  },
  INVALID_RESPONSE: {
    title: 'Unexpected response',
    description: 'The analytics service answered in a form this widget does not understand.',
  },
  INVALID_PARAMS: {
    title: 'Invalid settings',
    description: "Some of this report's settings are not valid.",
  },
  UNKNOWN_QUERY: {
    title: 'Unknown report',
    description: 'The server does not know this report; the widget and the server may be on different versions.',
  },
  SQL_NOT_ALLOWED: {
    title: 'Custom queries are not allowed',
    description: 'This server only runs the built-in reports.',
  },
  BAD_REQUEST: {
    title: 'Bad request',
    description: 'The server could not understand the request.',
  },
  PAYLOAD_TOO_LARGE: {
    title: 'Request too large',
    description: 'The request was larger than the server accepts.',
  },
  METHOD_NOT_ALLOWED: {
    title: 'Request not allowed',
    description: 'The analytics endpoint does not accept this kind of request.',
  },
  NOT_FOUND: {
    title: 'Analytics service not found',
    description: 'Nothing answered at the configured analytics address.',
  },
  REQUEST_TIMEOUT: {
    title: 'The analytics service did not answer',
    description: 'No answer came in time. Try again in a moment.',
  },
  UPSTREAM_TIMEOUT: {
    title: 'The analytics service timed out',
    description: 'The service did not answer in time. Try again in a moment.',
  },
  UPSTREAM_ERROR: {
    title: 'The analytics service is unavailable',
    description: 'The service could not be reached through the server. Try again in a moment.',
  },
  UPSTREAM_UNAVAILABLE: {
    title: 'The analytics service is temporarily down',
    description: 'The service is temporarily unavailable. Try again in a moment.',
  },
  RENDER_ERROR: {
    title: 'This widget could not be shown',
    description: 'Something in the data could not be displayed. The rest of the page is not affected.',
  },
  HTTP_ERROR: {
    title: 'The request failed',
    description: 'The server answered with an error.',
  },
  UNKNOWN: {
    title: 'Something went wrong',
    description: 'The data could not be loaded.',
  },
});

/** A thrown value, understood: which message to show and whether a retry may help. */
export interface DescribedError extends ErrorMessage {
  key: ErrorMessageKey;
  /** The code to show people for support, e.g. `QUERY_TIMEOUT`; `null` when there is none. */
  code: AnalyticsErrorCode | null;
  retryMayHelp: boolean;
}

/**
 * Reads any thrown value. An `HTTP_ERROR` with a telling status is shown as the code that
 * status implies (401 → UNAUTHORIZED, 403 → ACCESS_DENIED, 404 → NOT_FOUND, 408 →
 * QUERY_TIMEOUT, 429 → CONCURRENCY_LIMIT_EXCEEDED, 5xx → INTERNAL_ERROR). A retry may help for
 * transient codes and whenever the error itself says it is `retryable`.
 */
export function describeError(error: unknown, messages: Partial<ErrorMessages> = {}): DescribedError {
  let key: ErrorMessageKey = 'UNKNOWN';
  let code: AnalyticsErrorCode | null = null;
  let retryable = false;
  if (isAnalyticsError(error)) {
    code = error.code;
    key = error.code === 'HTTP_ERROR' ? keyForStatus(error.status) : error.code;
    retryable = error.retryable;
  }
  const message = messages[key] ?? DEFAULT_ERROR_MESSAGES[key] ?? DEFAULT_ERROR_MESSAGES.UNKNOWN;
  return { key, code, title: message.title, description: message.description, retryMayHelp: retryable || RETRY_MAY_HELP.has(key) };
}

function keyForStatus(status: number): ErrorMessageKey {
  if (status === 401) return 'UNAUTHORIZED';
  if (status === 403) return 'ACCESS_DENIED';
  if (status === 404) return 'NOT_FOUND';
  if (status === 408) return 'QUERY_TIMEOUT';
  if (status === 429) return 'CONCURRENCY_LIMIT_EXCEEDED';
  if (status >= 500 && status <= 599) return 'INTERNAL_ERROR';
  return 'HTTP_ERROR';
}
