import type { AnalyticsFetcher, AnalyticsRequest, NamedQueryRequest } from '../contract';
import { AnalyticsError, isAnalyticsError } from '../errors';
import type { AnyNamedQuery } from '../queries/types';
import { loadResponseDecoding } from './loadResponseDecoding';

/** Header values as a plain object; `undefined` members are left out. */
export type HttpHeaderRecord = Record<string, string | undefined>;

export interface HttpFetcherOptions {
  /** The host's proxy (or the emulator): `${baseUrl}/query`, `/schema`, `/signals/metadata`. */
  baseUrl: string;
  /**
   * Extra headers, or a function giving them per request (e.g. a fresh auth token). Never put
   * the Paid API key here in a browser: it belongs to the proxy.
   */
  headers?: HttpHeaderRecord | (() => HttpHeaderRecord | Promise<HttpHeaderRecord>) | undefined;
  /** `fetch`'s `credentials` (e.g. `'include'` for a cookie-authenticated proxy on another origin). */
  credentials?: RequestCredentials | undefined;
  /** A `fetch` implementation; the global one by default (looked up per request, not at import). */
  fetch?: typeof fetch | undefined;
  /**
   * `'server'` (default): named queries go as `{ name, params }` and the proxy compiles them with
   * the end user's scope. `'client'`: compile here and send the API's own `{ query: sql }`, for a
   * thin pass-through proxy in front of trusted, internal users.
   */
  compile?: 'server' | 'client' | undefined;
  /**
   * With `compile: 'client'`: the host's own named queries (from `defineNamedQuery`) this fetcher
   * may compile beside the built-in ones. Ignored with `compile: 'server'` (register them on the proxy).
   */
  queries?: readonly AnyNamedQuery[] | undefined;
}

/** What `createProxyFetcher` takes: `createHttpFetcher`'s options without compiling in the browser. */
export type ProxyFetcherOptions = Omit<HttpFetcherOptions, 'compile' | 'queries'>;

/** Compiles a named-query request to SQL in the browser (`compile: 'client'`). */
type BrowserCompiler = (request: NamedQueryRequest, queries: readonly AnyNamedQuery[] | undefined) => Promise<NamedQueryRequest>;

/**
 * The ready-made `AnalyticsFetcher` over HTTP. Resolves to the parsed JSON body of a 2xx answer
 * (read with `parseAnalyticsJson`: a Decimal column sent as JSON numbers arrives as exact decimal text);
 * throws an `AnalyticsError` for everything else: an error status (with the body's `code` and
 * `details` and a parsed `Retry-After`), a network failure (`NETWORK_ERROR`), an abort
 * (`ABORTED`) and a 2xx whose body is not a JSON object (`INVALID_RESPONSE`).
 */
export function createHttpFetcher(options: HttpFetcherOptions): AnalyticsFetcher {
  return httpFetcher(options, options?.compile ?? 'server', compileInBrowser);
}

/**
 * `createHttpFetcher` for a proxy that compiles named queries (the default, `compile: 'server'`),
 * without the client-side compiler: a bundle that uses it has no query-registry chunk at all.
 * The smallest fetcher for a page of widgets behind `createAnalyticsProxy`.
 * @throws AnalyticsError `BAD_REQUEST` without a `baseUrl`, or when given `compile: 'client'`.
 */
export function createProxyFetcher(options: ProxyFetcherOptions): AnalyticsFetcher {
  if ((options as HttpFetcherOptions | undefined)?.compile === 'client') {
    throw new AnalyticsError({ code: 'BAD_REQUEST', status: 0, message: "createProxyFetcher never compiles in the browser; use createHttpFetcher({ compile: 'client' })." });
  }
  return httpFetcher(options, 'server', undefined);
}

/** The HTTP fetcher both constructors make; `compileHere` is only reachable with `compile: 'client'`. */
function httpFetcher(options: HttpFetcherOptions, compile: 'server' | 'client', compileHere: BrowserCompiler | undefined): AnalyticsFetcher {
  if (typeof options?.baseUrl !== 'string' || options.baseUrl.trim() === '') {
    throw new AnalyticsError({ code: 'BAD_REQUEST', status: 0, message: 'createHttpFetcher needs a baseUrl.' });
  }
  const baseUrl = options.baseUrl.replace(/\/+$/, '');

  return async (request, init) => {
    const signal = init?.signal;
    if (signal?.aborted) throw abortedError(signal.reason);
    const compiled =
      compile === 'client' && compileHere !== undefined && request?.kind === 'query' && request.sql === undefined ? await compileHere(request, options.queries) : request;
    const { url, method, body } = describeHttpCall(baseUrl, compiled, compile);
    const extraHeaders = await resolveHeaders(options.headers);
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    for (const [name, value] of Object.entries(extraHeaders ?? {})) {
      if (value !== undefined) headers[name] = value;
    }
    // The readers of 2xx bodies and of error statuses are in the decoding chunk: load it while the request is on the wire.
    const decoding = loadResponseDecoding();
    decoding.catch(() => {});
    const fetchImplementation = options.fetch ?? globalThis.fetch;
    if (typeof fetchImplementation !== 'function') {
      throw new AnalyticsError({ code: 'NETWORK_ERROR', message: 'No fetch implementation is available; pass options.fetch.' });
    }

    let response: Response;
    let text: string;
    try {
      response = await fetchImplementation(url, {
        method,
        headers,
        ...(body === undefined ? {} : { body }),
        ...(options.credentials === undefined ? {} : { credentials: options.credentials }),
        ...(signal === undefined ? {} : { signal }),
      });
      text = await response.text();
    } catch (error) {
      if (signal?.aborted || isAbortError(error)) throw abortedError(error);
      if (isAnalyticsError(error)) throw error;
      throw new AnalyticsError({
        code: 'NETWORK_ERROR',
        message: `Could not reach the analytics endpoint ${url}.`,
        details: error instanceof Error ? error.message : undefined,
        cause: error,
      });
    }

    if (!response.ok) {
      const { errorFromHttpResponse } = await decoding;
      throw errorFromHttpResponse(response.status, response.statusText, text, response.headers.get('retry-after'), Date.now());
    }
    return (await decoding).readSuccessBody(text, response.status);
  };
}

/**
 * Compiles a named query unscoped for `compile: 'client'`. The query registry is loaded on first
 * use, so hosts on the default (the proxy compiles) never ship the other widgets' queries.
 */
async function compileInBrowser(request: NamedQueryRequest, queries: readonly AnyNamedQuery[] | undefined): Promise<NamedQueryRequest> {
  const own = queries?.find((query) => query.name === request.name);
  if (own !== undefined) return { ...request, sql: own.toSql(own.parseParams(request.params), {}) };
  const { compileQuery } = await import('../queries/compileQuery');
  return { ...request, sql: compileQuery(request.name, request.params, {}) };
}

interface HttpCall {
  url: string;
  method: 'GET' | 'POST';
  body: string | undefined;
}

/** Where and how one request goes: the only place that knows the endpoints' paths and bodies. */
function describeHttpCall(baseUrl: string, request: AnalyticsRequest, compile: 'server' | 'client'): HttpCall {
  switch (request?.kind) {
    case 'query': {
      if (compile === 'client') {
        return { url: `${baseUrl}/query`, method: 'POST', body: JSON.stringify({ query: request.sql }) };
      }
      return { url: `${baseUrl}/query`, method: 'POST', body: JSON.stringify({ name: request.name, params: request.params }) };
    }
    case 'sql':
      return { url: `${baseUrl}/query`, method: 'POST', body: JSON.stringify({ query: request.sql }) };
    case 'schema':
      return { url: `${baseUrl}/schema`, method: 'GET', body: undefined };
    case 'signalsMetadata': {
      const search = new URLSearchParams();
      if (request.signalName !== undefined) search.set('signalName', request.signalName);
      if (request.fromDate !== undefined) search.set('fromDate', request.fromDate);
      if (request.toDate !== undefined) search.set('toDate', request.toDate);
      const query = search.toString();
      return { url: `${baseUrl}/signals/metadata${query ? `?${query}` : ''}`, method: 'GET', body: undefined };
    }
    default:
      throw new AnalyticsError({
        code: 'BAD_REQUEST',
        status: 0,
        message: `Unknown analytics request kind: ${JSON.stringify((request as { kind?: unknown } | undefined)?.kind)}.`,
      });
  }
}

/** The configured headers; a failing headers function (e.g. a token refresh) is a typed, retryable failure. */
async function resolveHeaders(headers: HttpFetcherOptions['headers']): Promise<HttpHeaderRecord | undefined> {
  if (typeof headers !== 'function') return headers;
  try {
    return await headers();
  } catch (error) {
    if (isAnalyticsError(error)) throw error;
    throw new AnalyticsError({
      code: 'NETWORK_ERROR',
      message: 'The headers function of the analytics fetcher failed.',
      details: error instanceof Error ? error.message : String(error),
      cause: error,
    });
  }
}

function isAbortError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError';
}

function abortedError(cause: unknown): AnalyticsError {
  return new AnalyticsError({ code: 'ABORTED', message: 'The analytics request was aborted.', cause });
}
