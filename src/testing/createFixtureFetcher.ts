/**
 * An `AnalyticsFetcher` that answers from recorded fixtures instead of a server: for Storybook,
 * component tests and demos without a backend. It can also wait, never answer, or fail with
 * any error code, so every loading and error state can be shown on purpose.
 */
import type { AnalyticsFetcher, AnalyticsRequest } from '../core/contract';
import { parseAnalyticsJson } from '../core/decode/parseAnalyticsJson';
import { AnalyticsError, type AnalyticsErrorCode } from '../core/errors';
import type { AnalyticsFixture } from './fixture';
import { requestKey, requestLabel } from './requestKey';
import { simulatedError } from './simulatedError';

/** An error to simulate: a code (with the API's usual message) or a ready `AnalyticsError`. */
export type SimulatedFailure = AnalyticsErrorCode | AnalyticsError;

/**
 * Per-request rules are keyed by a query's name (`'usage-trends'`), a request kind (`'sql'`,
 * `'schema'`, `'signalsMetadata'`), a full request key (see `requestKey`) or `'*'` for the rest.
 */
export type PerRequest<T> = Readonly<Record<string, T>>;

export interface FixtureFetcherOptions {
  /**
   * Milliseconds to wait before answering (or failing). `Infinity` never answers, until the
   * request is aborted: the loading state, held still. Default 0.
   */
  latencyMs?: number | PerRequest<number> | undefined;
  /** Fail instead of answering: one failure for every request, or per request. */
  errors?: SimulatedFailure | PerRequest<SimulatedFailure> | undefined;
  /**
   * When no fixture has exactly these params, answer with the first fixture of the same named
   * query (so a story's default time range still finds data). Default `true`; `false` is strict.
   */
  matchByName?: boolean | undefined;
  /** Rewrites each body before it is returned: e.g. `toEmptyResult`, `toTruncatedResult`. */
  transform?: ((body: unknown, request: AnalyticsRequest) => unknown) | undefined;
}

function isPerRequest<T>(value: T | PerRequest<T> | undefined): value is PerRequest<T> {
  return typeof value === 'object' && value !== null && !(value instanceof AnalyticsError);
}

/** The rule that applies to a request: by full key, then by name or kind, then `'*'`. */
function ruleFor<T>(rules: T | PerRequest<T> | undefined, request: AnalyticsRequest, key: string): T | undefined {
  if (rules === undefined) return undefined;
  if (!isPerRequest(rules)) return rules;
  return rules[key] ?? rules[requestLabel(request)] ?? rules['*'];
}

function abortError(): AnalyticsError {
  return new AnalyticsError({ code: 'ABORTED', message: 'The request was aborted' });
}

/** Resolves after `ms` (never, for `Infinity`), or rejects with `ABORTED` when `signal` aborts first. */
function wait(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(abortError());
      return;
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onAbort = () => {
      if (timer !== undefined) clearTimeout(timer);
      reject(abortError());
    };
    signal.addEventListener('abort', onAbort, { once: true });
    if (Number.isFinite(ms)) {
      timer = setTimeout(() => {
        signal.removeEventListener('abort', onAbort);
        resolve();
      }, Math.max(0, ms));
    }
  });
}

function checkFixtures(fixtures: unknown): readonly AnalyticsFixture[] {
  if (!Array.isArray(fixtures)) {
    throw new AnalyticsError({
      code: 'INVALID_PARAMS',
      message: 'createFixtureFetcher: fixtures must be an array of { request, body }',
    });
  }
  fixtures.forEach((fixture: unknown, index) => {
    const request = (fixture as { request?: { kind?: unknown } } | null)?.request;
    const kind = request?.kind;
    if (kind !== 'query' && kind !== 'sql' && kind !== 'schema' && kind !== 'signalsMetadata') {
      throw new AnalyticsError({
        code: 'INVALID_PARAMS',
        message: `createFixtureFetcher: fixture ${index} has no valid request (kind must be query, sql, schema or signalsMetadata)`,
      });
    }
    if (!('body' in (fixture as object))) {
      throw new AnalyticsError({ code: 'INVALID_PARAMS', message: `createFixtureFetcher: fixture ${index} has no body` });
    }
  });
  return fixtures as readonly AnalyticsFixture[];
}

/**
 * A fetcher answering each request with the body of the fixture recorded for the same request
 * (same query name and params, same SQL, …). Bodies are copied, so callers may not corrupt
 * them; a body given as JSON text is parsed per request with `parseAnalyticsJson` (every digit of a
 * Decimal sent as a JSON number kept, as `createHttpFetcher` keeps it). An unknown request fails with `UNKNOWN_QUERY` (named queries) or `NOT_FOUND` (others),
 * naming what was asked. Honours `init.signal`: aborting rejects with `ABORTED`.
 */
export function createFixtureFetcher(
  fixtures: readonly AnalyticsFixture[],
  options: FixtureFetcherOptions = {},
): AnalyticsFetcher {
  const byKey = new Map<string, unknown>();
  const byName = new Map<string, unknown>();
  for (const fixture of checkFixtures(fixtures)) {
    const key = requestKey(fixture.request);
    if (!byKey.has(key)) byKey.set(key, fixture.body);
    if (fixture.request.kind === 'query' && !byName.has(fixture.request.name)) {
      byName.set(fixture.request.name, fixture.body);
    }
  }
  const matchByName = options.matchByName ?? true;

  return async (request, init) => {
    const key = requestKey(request);
    await wait(ruleFor(options.latencyMs, request, key) ?? 0, init.signal);

    const failure = ruleFor(options.errors, request, key);
    if (failure !== undefined) {
      throw failure instanceof AnalyticsError ? failure : simulatedError(failure, requestLabel(request));
    }

    let body: unknown;
    if (byKey.has(key)) body = byKey.get(key);
    else if (matchByName && request.kind === 'query' && byName.has(request.name)) body = byName.get(request.name);
    else {
      throw new AnalyticsError({
        code: request.kind === 'query' ? 'UNKNOWN_QUERY' : 'NOT_FOUND',
        message: `No fixture for ${requestLabel(request)}`,
        details: `No recorded fixture matches ${key}. Record one with scripts/record-fixtures.ts or recordFixtures().`,
      });
    }
    // A body given as JSON text is read as the HTTP fetcher reads a response: Decimals sent as JSON
    // numbers keep every digit (a JSON file imported by a bundler has already rounded them).
    const copy = typeof body === 'string' ? parseAnalyticsJson(body) : structuredClone(body);
    return options.transform ? options.transform(copy, request) : copy;
  };
}
