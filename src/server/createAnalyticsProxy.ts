/**
 * The backend proxy a host mounts: it holds the API key, resolves each end user's scope from the
 * host's own session, compiles named queries on the server with that scope, refuses raw SQL unless
 * the host trusts the user, and forwards to the Analytics API (or the emulator). Fetch-API only, so
 * it runs unchanged in Node ≥ 20, Next.js route handlers and edge runtimes.
 */
import { PAID_ANALYTICS_URL } from '../core/contract';
import type { Scope } from '../core/contract';
import { AnalyticsError, isAnalyticsError } from '../core/errors';
import { compileQuery } from '../core/queries/compileQuery';
import { createQueryRegistry } from '../core/queries/queryRegistry';
import { callUpstream } from './callUpstream';
import type { UpstreamConfig, UpstreamOutcome } from './callUpstream';
import { errorResponse, jsonResponse, jsonTextResponse, proxyError } from './errorResponse';
import { isSingleSelectStatement } from './isSingleSelectStatement';
import { matchProxyRoute } from './matchProxyRoute';
import { parseQueryBody } from './parseQueryBody';
import type { AnalyticsProxyHandler, AnalyticsProxyOptions, ProxyQueryEvent, ProxyRequestKind } from './proxyOptions';
import { readJsonBody } from './readJsonBody';
import { redactSecret } from './redactSecret';
import { readSignalsMetadataWindow, scopedSignalsMetadataSql, toSignalsMetadataBody } from './scopedSignalsMetadata';

const DEFAULT_TIMEOUT_MS = 35_000;
const DEFAULT_MAX_BODY_BYTES = 64 * 1024;
/** The query-string params `GET /signals/metadata` forwards; anything else is dropped. */
const METADATA_PARAMS = ['signalName', 'fromDate', 'toDate'] as const;

/**
 * Builds the proxy's request handler. It answers `POST …/query` (`{ name, params }` or, for trusted
 * users, `{ query }`), `GET …/schema` and `GET …/signals/metadata` under any path prefix, and every
 * failure with the documented `{ error, code, details? }` body and `Cache-Control: no-store`.
 */
export function createAnalyticsProxy(options: AnalyticsProxyOptions): AnalyticsProxyHandler {
  if (typeof options.resolveScope !== 'function') {
    throw new AnalyticsError({ code: 'INTERNAL_ERROR', message: 'createAnalyticsProxy needs a resolveScope function.' });
  }
  // Built-in and host queries, each checked for reads around the tenant scope: refused here, at creation.
  const queries = createQueryRegistry(options.queries ?? []);
  // A missing key is not fatal here: build steps (`next build`, Docker, CI) load the module
  // without secrets. Each request is answered with `notConfigured` until a key is there.
  const configuredKey = options.upstream?.apiKey;
  const apiKey = typeof configuredKey === 'string' && configuredKey.trim() !== '' ? configuredKey : undefined;
  const configuredBaseUrl = options.upstream?.baseUrl;
  const upstream: UpstreamConfig = {
    baseUrl: (typeof configuredBaseUrl === 'string' && configuredBaseUrl.trim() !== '' ? configuredBaseUrl.trim() : PAID_ANALYTICS_URL).replace(/\/+$/, ''),
    apiKey: apiKey ?? '',
    fetch: options.upstream?.fetch ?? ((input, init) => fetch(input, init)),
    timeoutMs: positiveOr(options.timeoutMs, DEFAULT_TIMEOUT_MS),
  };
  const maxBodyBytes = positiveOr(options.maxBodyBytes, DEFAULT_MAX_BODY_BYTES);
  const redact = (text: string) => (apiKey === undefined ? text : redactSecret(text, apiKey));

  return async function handleAnalyticsRequest(request: Request): Promise<Response> {
    const startedAt = performance.now();
    const url = new URL(request.url);
    const route = matchProxyRoute(url.pathname);
    if (route === null) {
      return errorResponse(proxyError('NOT_FOUND', `No analytics route at ${url.pathname}; expected …/query, …/schema or …/signals/metadata.`));
    }

    const served: { kind: ProxyRequestKind; name?: string; scope: Scope | null } = { kind: route.kind, scope: null };
    let response: Response;
    let failure: AnalyticsError | undefined;
    try {
      if (apiKey === undefined) {
        failure = notConfigured();
        response = errorResponse(failure);
      } else if (request.method !== route.method) {
        failure = proxyError('METHOD_NOT_ALLOWED', `${route.kind === 'query' ? 'The query route' : 'This route'} accepts ${route.method} only, not ${request.method}.`);
        response = errorResponse(failure, { Allow: route.method });
      } else {
        served.scope = await resolveScopeOf(request, options);
        const outcome = await serve(request, url, route.kind, served, served.scope);
        if (outcome.ok) {
          response = jsonTextResponse(outcome.status, outcome.text);
        } else {
          failure = outcome.error;
          response = errorResponse(outcome.error, outcome.headers);
        }
      }
    } catch (thrown) {
      failure = toProxyError(thrown, redact);
      response = errorResponse(failure);
    }

    report(options, {
      kind: served.kind,
      ...(served.name === undefined ? {} : { name: served.name }),
      scope: served.scope,
      status: response.status,
      durationMs: performance.now() - startedAt,
      ...(failure === undefined ? {} : { error: { code: failure.code, message: redact(failure.message) } }),
    });
    return response;
  };

  /** Serves a routed, authenticated request; throws `AnalyticsError` for what the caller got wrong. */
  async function serve(
    request: Request,
    url: URL,
    routeKind: 'query' | 'schema' | 'signalsMetadata',
    served: { kind: ProxyRequestKind; name?: string },
    scope: Scope,
  ): Promise<UpstreamOutcome> {
    const signal = request.signal;
    if (routeKind === 'schema') {
      return callUpstream(upstream, { method: 'GET', path: '/schema', signal });
    }

    if (routeKind === 'signalsMetadata') {
      if (scope.customerIds === undefined) {
        const forwarded = new URLSearchParams();
        for (const name of METADATA_PARAMS) {
          const value = url.searchParams.get(name);
          if (value !== null) forwarded.set(name, value);
        }
        const search = forwarded.size === 0 ? '' : `?${forwarded.toString()}`;
        return callUpstream(upstream, { method: 'GET', path: `/signals/metadata${search}`, signal });
      }
      const window = readSignalsMetadataWindow(url.searchParams);
      const outcome = await callUpstream(upstream, {
        method: 'POST',
        path: '/query',
        body: { query: scopedSignalsMetadataSql(window, scope) },
        signal,
      });
      if (!outcome.ok) return outcome;
      const body = toSignalsMetadataBody(outcome.body, window);
      return { ok: true, status: 200, text: redact(JSON.stringify(body)), body };
    }

    const query = parseQueryBody(await readJsonBody(request, maxBodyBytes));
    if (query.kind === 'query') {
      served.name = query.name;
      const sql = compileQuery(query.name, query.params, scope, queries);
      return callUpstream(upstream, { method: 'POST', path: '/query', body: { query: sql }, signal });
    }

    served.kind = 'sql';
    const allowed = options.allowSql === undefined ? false : (await options.allowSql(request, scope)) === true;
    if (!allowed) {
      throw proxyError(
        'SQL_NOT_ALLOWED',
        'Raw SQL is not allowed for this user; ask for a named query with { name, params } instead.',
      );
    }
    if (!isSingleSelectStatement(query.sql)) {
      throw proxyError('INVALID_QUERY', 'Only a single SELECT (or WITH … SELECT) statement is accepted.');
    }
    return callUpstream(upstream, { method: 'POST', path: '/query', body: { query: query.sql }, signal });
  }
}

/** The answer to every request while the proxy has no API key: the server is misconfigured, not the user. */
function notConfigured(): AnalyticsError {
  return proxyError(
    'INTERNAL_ERROR',
    'The analytics proxy has no API key: set upstream.apiKey (e.g. PAID_API_KEY in the server environment) and restart the server.',
    500,
    'PROXY_NOT_CONFIGURED',
  );
}

/**
 * The scope the host resolved, checked so that a malformed one fails closed (500) rather than
 * being read as unscoped: `customerIds` must be an array of non-empty strings (an empty id is
 * always a host bug, e.g. a user record without its customer). `null` becomes 401 `UNAUTHORIZED`.
 */
async function resolveScopeOf(request: Request, options: AnalyticsProxyOptions): Promise<Scope> {
  const scope = await options.resolveScope(request);
  if (scope === null || scope === undefined) {
    throw proxyError('UNAUTHORIZED', 'Sign in to see analytics.');
  }
  const customerIds = (scope as { customerIds?: unknown }).customerIds;
  const valid =
    typeof scope === 'object' &&
    (customerIds === undefined ||
      (Array.isArray(customerIds) && customerIds.every((id) => typeof id === 'string' && id.trim() !== '')));
  if (!valid) {
    throw proxyError('INTERNAL_ERROR', "The server's resolveScope returned an invalid scope.", 500);
  }
  return {
    ...(customerIds === undefined ? {} : { customerIds: [...(customerIds as string[])] }),
    ...(scope.includeChildCustomers === true ? { includeChildCustomers: true } : {}),
  };
}

/** An `AnalyticsError` for anything thrown: ours pass with their message redacted; anything else is a 500. */
function toProxyError(thrown: unknown, redact: (text: string) => string): AnalyticsError {
  if (isAnalyticsError(thrown)) {
    return new AnalyticsError({
      code: thrown.code,
      message: redact(thrown.message),
      status: thrown.status,
      details: thrown.details === undefined ? undefined : redact(thrown.details),
    });
  }
  return proxyError('INTERNAL_ERROR', 'The analytics proxy failed unexpectedly.', 500);
}

function report(options: AnalyticsProxyOptions, event: ProxyQueryEvent): void {
  if (options.onQuery === undefined) return;
  try {
    options.onQuery(event);
  } catch {
    // A logging failure must not change the answer.
  }
}

function positiveOr(value: number | undefined, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : fallback;
}
