/**
 * One request to the Analytics API with the server's key: cut off at the timeout, cancelled when
 * the browser goes away, and every failure turned into the documented error body with the key
 * redacted. Upstream statuses and codes pass through, except a 401 (the proxy's own key was
 * refused), which becomes a 502: the end user is signed in, the server is misconfigured.
 */
import { AnalyticsError } from '../core/errors';
import type { AnalyticsErrorCode } from '../core/errors';
import { proxyError } from './errorResponse';
import { redactSecret } from './redactSecret';

/** The `fetch` the proxy calls upstream with: the global one unless the host passes its own. */
export type UpstreamFetch = (input: string, init: RequestInit) => Promise<Response>;

export interface UpstreamConfig {
  /** The API's base URL, without a trailing slash, e.g. `https://api.agentpaid.io/api/v2/analytics`. */
  baseUrl: string;
  apiKey: string;
  fetch: UpstreamFetch;
  timeoutMs: number;
}

export interface UpstreamCall {
  method: 'GET' | 'POST';
  /** `/query`, `/schema` or `/signals/metadata`, with its query string if any. */
  path: string;
  /** Sent as JSON. */
  body?: unknown;
  /** The browser's request signal: when it aborts, so does the upstream call. */
  signal?: AbortSignal;
}

/** A 2xx answer: the body as text (already redacted) and parsed. */
export interface UpstreamSuccess {
  ok: true;
  status: number;
  text: string;
  body: unknown;
}

/** A failure, with the headers to forward (`Retry-After`). */
export interface UpstreamFailure {
  ok: false;
  error: AnalyticsError;
  headers: Record<string, string>;
}

export type UpstreamOutcome = UpstreamSuccess | UpstreamFailure;

/** Calls the API; never throws, never lets the key out. */
export async function callUpstream(config: UpstreamConfig, call: UpstreamCall): Promise<UpstreamOutcome> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, config.timeoutMs);
  const onClientAbort = () => controller.abort();
  if (call.signal?.aborted) controller.abort();
  call.signal?.addEventListener('abort', onClientAbort, { once: true });

  const redact = (text: string) => redactSecret(text, config.apiKey);
  try {
    const headers: Record<string, string> = {
      Authorization: `Bearer ${config.apiKey}`,
      Accept: 'application/json',
    };
    if (call.body !== undefined) headers['Content-Type'] = 'application/json';
    const response = await config.fetch(`${config.baseUrl}${call.path}`, {
      method: call.method,
      headers,
      body: call.body === undefined ? undefined : JSON.stringify(call.body),
      signal: controller.signal,
      // A redirect would carry the key to wherever it points: refuse to follow one.
      redirect: 'error',
    });
    const text = redact(await response.text());
    return interpretResponse(response, text);
  } catch (cause) {
    if (timedOut) {
      return failure(
        proxyError('UPSTREAM_TIMEOUT', `The analytics upstream did not answer within ${config.timeoutMs} ms.`),
      );
    }
    if (call.signal?.aborted) {
      return failure(proxyError('ABORTED', 'The request was cancelled by the client.', 499));
    }
    return failure(
      proxyError('UPSTREAM_ERROR', 'The analytics upstream could not be reached.', 502, redact(describeFetchFailure(cause))),
    );
  } finally {
    clearTimeout(timer);
    call.signal?.removeEventListener('abort', onClientAbort);
  }
}

/** Success with a JSON body, or the upstream error mapped to the documented body. */
function interpretResponse(response: Response, text: string): UpstreamOutcome {
  const forwarded: Record<string, string> = {};
  const retryAfter = response.headers.get('retry-after');
  if (retryAfter !== null && /^[\w ,:+-]{1,64}$/.test(retryAfter)) forwarded['Retry-After'] = retryAfter;

  if (response.status >= 200 && response.status < 300) {
    const body = parseJson(text);
    if (body === undefined) {
      return failure(proxyError('UPSTREAM_ERROR', 'The analytics upstream answered with a body that is not JSON.', 502));
    }
    return { ok: true, status: response.status, text, body };
  }

  if (response.status === 401) {
    return failure(
      proxyError(
        'UPSTREAM_ERROR',
        "The analytics upstream refused the proxy's API key; check the server's analytics configuration.",
        502,
      ),
      forwarded,
    );
  }

  const status = response.status >= 400 && response.status <= 599 ? response.status : 502;
  const body = parseJson(text);
  if (isErrorBody(body)) {
    const code = (typeof body.code === 'string' && body.code !== '' ? body.code : 'UPSTREAM_ERROR') as AnalyticsErrorCode;
    const details = typeof body.details === 'string' ? body.details : undefined;
    return failure(new AnalyticsError({ code, message: body.error, status, details }), forwarded);
  }
  return failure(
    proxyError('UPSTREAM_ERROR', `The analytics upstream answered HTTP ${response.status} without an error body.`, status),
    forwarded,
  );
}

function failure(error: AnalyticsError, headers: Record<string, string> = {}): UpstreamFailure {
  return { ok: false, error, headers };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function isErrorBody(value: unknown): value is { error: string; code?: unknown; details?: unknown } {
  return typeof value === 'object' && value !== null && typeof (value as { error?: unknown }).error === 'string';
}

/** `fetch failed (ECONNREFUSED)`: the message and the system error code, if any. */
function describeFetchFailure(cause: unknown): string {
  if (!(cause instanceof Error)) return String(cause);
  const inner = (cause as { cause?: unknown }).cause;
  const code = typeof inner === 'object' && inner !== null ? (inner as { code?: unknown }).code : undefined;
  return typeof code === 'string' ? `${cause.message} (${code})` : cause.message;
}
