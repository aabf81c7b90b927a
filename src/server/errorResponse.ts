/**
 * The proxy's response builders: JSON bodies with `Cache-Control: no-store`, and the documented
 * error body `{ error, code, details? }` for every failure.
 */
import { AnalyticsError, defaultStatusFor } from '../core/errors';
import type { AnalyticsErrorCode } from '../core/errors';

/** Headers every proxy response carries: analytics are per user and never cached by a shared cache. */
const BASE_HEADERS: Readonly<Record<string, string>> = {
  'Content-Type': 'application/json; charset=utf-8',
  'Cache-Control': 'no-store',
};

/** A JSON response from already-serialized text, with the proxy's base headers plus `extraHeaders`. */
export function jsonTextResponse(status: number, text: string, extraHeaders?: Record<string, string>): Response {
  return new Response(text, { status, headers: { ...BASE_HEADERS, ...extraHeaders } });
}

/** A JSON response for a value, with the proxy's base headers plus `extraHeaders`. */
export function jsonResponse(status: number, body: unknown, extraHeaders?: Record<string, string>): Response {
  return jsonTextResponse(status, JSON.stringify(body), extraHeaders);
}

/** The documented error response for an `AnalyticsError`; a status outside 400–599 becomes 500. */
export function errorResponse(error: AnalyticsError, extraHeaders?: Record<string, string>): Response {
  const status = error.status >= 400 && error.status <= 599 ? error.status : 500;
  return jsonResponse(status, error.toBody(), extraHeaders);
}

/** Shorthand: an `AnalyticsError` with the code's default status (or `status`). */
export function proxyError(code: AnalyticsErrorCode, message: string, status?: number, details?: string): AnalyticsError {
  return new AnalyticsError({ code, message, status: status ?? defaultStatusFor(code), details });
}
