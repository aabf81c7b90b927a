import { ANALYTICS_ERROR_CODES, AnalyticsError, type AnalyticsErrorCode } from '../errors';
import { parseRetryAfter } from './parseRetryAfter';

const KNOWN_CODES: ReadonlySet<string> = new Set<string>(ANALYTICS_ERROR_CODES);

/** The code implied by an HTTP status when the body names none (or names one we do not know). */
export function codeForHttpStatus(status: number): AnalyticsErrorCode {
  switch (status) {
    case 400:
      return 'BAD_REQUEST';
    case 401:
      return 'UNAUTHORIZED';
    case 403:
      return 'ACCESS_DENIED';
    case 404:
      return 'NOT_FOUND';
    case 405:
      return 'METHOD_NOT_ALLOWED';
    case 408:
      return 'QUERY_TIMEOUT';
    case 413:
      return 'PAYLOAD_TOO_LARGE';
    case 429:
      return 'CONCURRENCY_LIMIT_EXCEEDED';
    case 500:
      return 'INTERNAL_ERROR';
    case 502:
    case 503:
      return 'UPSTREAM_ERROR';
    case 504:
      return 'UPSTREAM_TIMEOUT';
    default:
      return 'HTTP_ERROR';
  }
}

/**
 * Turns a non-2xx response (its status, its body text, its `Retry-After` header) into the one
 * error type: the documented `{ error, code, details }` body when there is one, else a message
 * from the status. The HTTP status is kept as received, so `retryable` follows the wire.
 */
export function errorFromHttpResponse(
  status: number,
  statusText: string,
  bodyText: string,
  retryAfter: string | null,
  nowMs: number,
): AnalyticsError {
  const body = parseErrorBody(bodyText);
  const code = body?.code !== undefined && KNOWN_CODES.has(body.code) ? (body.code as AnalyticsErrorCode) : codeForHttpStatus(status);
  const fallbackMessage = `The analytics API answered HTTP ${status}${statusText ? ` ${statusText}` : ''}.`;
  return new AnalyticsError({
    code,
    status,
    message: body?.error ?? fallbackMessage,
    details: body?.details ?? (body === undefined && bodyText.trim() !== '' ? bodyText.slice(0, 500) : undefined),
    retryAfterMs: parseRetryAfter(retryAfter, nowMs),
  });
}

function parseErrorBody(text: string): { error: string; code?: string; details?: string } | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return undefined;
  const record = parsed as Record<string, unknown>;
  if (typeof record.error !== 'string') return undefined;
  return {
    error: record.error,
    ...(typeof record.code === 'string' ? { code: record.code } : {}),
    ...(typeof record.details === 'string' ? { details: record.details } : {}),
  };
}
