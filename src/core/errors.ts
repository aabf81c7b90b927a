/**
 * The one error type every layer throws: the API's documented codes plus the client's own.
 */

/** Codes the API documents. */
export const API_ERROR_CODES = [
  'INVALID_QUERY',
  'QUERY_ERROR',
  'INVALID_DATE_RANGE',
  'ACCESS_DENIED',
  'QUERY_TIMEOUT',
  'CONCURRENCY_LIMIT_EXCEEDED',
  'UNAUTHORIZED',
  'INTERNAL_ERROR',
] as const;

/** Codes the library adds: transport, shape and proxy failures. */
export const CLIENT_ERROR_CODES = [
  'NETWORK_ERROR',
  'ABORTED',
  'INVALID_RESPONSE',
  'INVALID_PARAMS',
  'UNKNOWN_QUERY',
  'SQL_NOT_ALLOWED',
  'BAD_REQUEST',
  'PAYLOAD_TOO_LARGE',
  'METHOD_NOT_ALLOWED',
  'NOT_FOUND',
  'UPSTREAM_TIMEOUT',
  'UPSTREAM_ERROR',
  'UPSTREAM_UNAVAILABLE',
  'HTTP_ERROR',
  'RENDER_ERROR',
  /** The client's own deadline (`QueryClientOptions.requestTimeoutMs`) passed before an answer came. */
  'REQUEST_TIMEOUT',
] as const;

export type ApiErrorCode = (typeof API_ERROR_CODES)[number];
export type ClientErrorCode = (typeof CLIENT_ERROR_CODES)[number];
export type AnalyticsErrorCode = ApiErrorCode | ClientErrorCode;

/** Every code an `AnalyticsError` can carry. */
export const ANALYTICS_ERROR_CODES: readonly AnalyticsErrorCode[] = [...API_ERROR_CODES, ...CLIENT_ERROR_CODES];

export interface AnalyticsErrorInit {
  code: AnalyticsErrorCode;
  message: string;
  /** HTTP status when one was received or is implied; 0 when none (network, abort, decode). */
  status?: number;
  details?: string;
  /** Seconds (or a date) from a `Retry-After` header, already parsed to milliseconds from now. */
  retryAfterMs?: number;
  cause?: unknown;
}

const RETRYABLE_STATUSES = new Set([429, 502, 503, 504]);

/** The default status that goes with a code when none was received. */
export function defaultStatusFor(code: AnalyticsErrorCode): number {
  switch (code) {
    case 'INVALID_QUERY':
    case 'QUERY_ERROR':
    case 'INVALID_DATE_RANGE':
    case 'INVALID_PARAMS':
    case 'UNKNOWN_QUERY':
    case 'BAD_REQUEST':
      return 400;
    case 'UNAUTHORIZED':
      return 401;
    case 'ACCESS_DENIED':
    case 'SQL_NOT_ALLOWED':
      return 403;
    case 'NOT_FOUND':
      return 404;
    case 'METHOD_NOT_ALLOWED':
      return 405;
    case 'QUERY_TIMEOUT':
      return 408;
    case 'PAYLOAD_TOO_LARGE':
      return 413;
    case 'CONCURRENCY_LIMIT_EXCEEDED':
      return 429;
    case 'INTERNAL_ERROR':
      return 500;
    case 'UPSTREAM_ERROR':
      return 502;
    case 'UPSTREAM_UNAVAILABLE':
      return 503;
    case 'UPSTREAM_TIMEOUT':
      return 504;
    case 'NETWORK_ERROR':
    case 'ABORTED':
    case 'INVALID_RESPONSE':
    case 'HTTP_ERROR':
    case 'RENDER_ERROR':
    case 'REQUEST_TIMEOUT':
      return 0;
  }
}

/**
 * A failure anywhere between the widget and the engine, with what a person or a retry policy
 * needs to act on it. `retryable` is true only for what may succeed later unchanged.
 */
export class AnalyticsError extends Error {
  override readonly name = 'AnalyticsError';
  readonly code: AnalyticsErrorCode;
  readonly status: number;
  readonly details: string | undefined;
  readonly retryAfterMs: number | undefined;

  constructor(init: AnalyticsErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.code = init.code;
    this.status = init.status ?? defaultStatusFor(init.code);
    this.details = init.details;
    this.retryAfterMs = init.retryAfterMs;
  }

  /** 429, 502, 503, 504 and network failures may succeed later; nothing else is retried. */
  get retryable(): boolean {
    if (this.code === 'ABORTED') return false;
    if (this.code === 'NETWORK_ERROR') return true;
    return RETRYABLE_STATUSES.has(this.status);
  }

  /** The documented error body for this error, as the emulator and the proxy send it. */
  toBody(): { error: string; code: AnalyticsErrorCode; details?: string } {
    return this.details === undefined
      ? { error: this.message, code: this.code }
      : { error: this.message, code: this.code, details: this.details };
  }
}

/** Narrows an unknown thrown value. */
export function isAnalyticsError(value: unknown): value is AnalyticsError {
  return value instanceof AnalyticsError;
}
