import type { AnalyticsFetcher, AnalyticsRequest } from '../contract';
import { AnalyticsError, isAnalyticsError } from '../errors';
import type { DecodedResponse } from './decodeResponse';
import { loadedResponseDecoding, loadResponseDecoding } from './loadResponseDecoding';
import { retryDelayMs } from './retryDelay';
import { stableSerialize } from './stableSerialize';

/** The timer functions the client uses; injectable so tests can drive time. */
export interface QueryTimers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface QueryClientOptions {
  /** The fetcher used when a call does not pass its own. */
  fetcher?: AnalyticsFetcher | undefined;
  /**
   * Most requests in flight at once, across all queries; the rest wait first in, first out.
   * Default 4: the Analytics API allows only a small number of simultaneous queries per
   * organization and answers the excess with 429, so a dashboard of many widgets should queue
   * on the client rather than burn retries. Lower it if several tabs or clients share one org.
   */
  maxInFlight?: number | undefined;
  /** Retries of a retryable failure (429, 502, 503, 504, network). Default 3. */
  retries?: number | undefined;
  /** First backoff ceiling in ms, doubled per retry, with full jitter. Default 500. */
  retryBaseDelayMs?: number | undefined;
  /** Longest wait before a retry; a `Retry-After` above it fails fast. Default 30 000. */
  maxRetryDelayMs?: number | undefined;
  /** How long data counts as fresh: a new watcher within it gets the cache, no request. Default 30 000. */
  staleTimeMs?: number | undefined;
  /** How long an entry nobody watches stays cached before it is dropped. Default 300 000. */
  gcTimeMs?: number | undefined;
  /** A number in [0, 1) for the jitter; `Math.random` by default. */
  random?: (() => number) | undefined;
  /** Timer functions; the global ones (looked up at each call) by default. */
  timers?: QueryTimers | undefined;
  /** The clock for freshness; `Date.now` by default. */
  now?: (() => number) | undefined;
  /**
   * Deadline of each attempt in ms: past it the attempt is aborted, its slot freed at once (whether or not
   * the fetcher honours the abort) and the request fails with `REQUEST_TIMEOUT` (not retried: a query that
   * ran out of time once will again). Default 35 000, a little above the API's own 30 s query limit, so the
   * API's `QUERY_TIMEOUT` arrives first when it answers at all. `Infinity` turns the deadline off.
   */
  requestTimeoutMs?: number | undefined;
}

/** What the cache knows of one request. Replaced, never mutated, so it can be a React snapshot. */
export interface QueryState<Data> {
  /** `loading` until the first answer; `error` when the last attempt failed for good. */
  status: 'loading' | 'success' | 'error';
  /** The last decoded value; kept while refetching and after a later error. */
  data: Data | undefined;
  error: AnalyticsError | undefined;
  /** A request is queued, in flight or waiting to retry. */
  isFetching: boolean;
  /** When `data` arrived (client clock), or `undefined`. */
  dataUpdatedAt: number | undefined;
  /** Failed attempts of the current or last fetch. */
  failureCount: number;
}

/** Per-call options: which fetcher (the client's by default) and how long data stays fresh. */
export interface QueryCallOptions {
  fetcher?: AnalyticsFetcher;
  staleTimeMs?: number;
}

export interface FetchQueryOptions extends QueryCallOptions {
  /** Stops waiting (rejecting with `ABORTED`); the request itself aborts when nobody else waits. */
  signal?: AbortSignal;
}

/** Counts of what the client is doing, for tests and debugging. */
export interface QueryClientActivity {
  entries: number;
  inFlight: number;
  queued: number;
  waitingToRetry: number;
  timers: number;
}

type Listener<Data> = (state: QueryState<Data>) => void;

interface Deferred {
  promise: Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: AnalyticsError) => void;
}

/**
 * One send of a run: its own abort signal and deadline, and the slot it holds. The slot is given back
 * exactly once — when the fetcher settles, or earlier when the attempt is aborted or times out (a fetcher
 * that ignores its signal keeps no slot). An answer that comes after that is ignored.
 */
interface Attempt {
  controller: AbortController;
  timer: unknown;
  released: boolean;
}

interface Run {
  entry: Entry;
  phase: 'queued' | 'sending' | 'backoff' | 'done';
  /** The attempt being sent (phase `sending`), else the last one. */
  attempt: Attempt | undefined;
  failures: number;
  retryTimer: unknown;
  deferred: Deferred;
}

interface Entry {
  key: string;
  request: AnalyticsRequest;
  fetcher: AnalyticsFetcher | undefined;
  state: QueryState<unknown>;
  listeners: Set<Listener<unknown>>;
  waiters: number;
  run: Run | undefined;
  invalidated: boolean;
  gcTimer: unknown;
  releaseScheduled: boolean;
}

const INITIAL_STATE: QueryState<never> = Object.freeze({
  status: 'loading',
  data: undefined,
  error: undefined,
  isFetching: false,
  dataUpdatedAt: undefined,
  failureCount: 0,
}) as QueryState<never>;

/** The state of a request nobody has asked for yet: loading, not fetching. One shared object. */
export function initialQueryState<Data>(): QueryState<Data> {
  return INITIAL_STATE;
}

const globalTimers: QueryTimers = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
};

let nextFetcherId = 1;
const fetcherIds = new WeakMap<AnalyticsFetcher, number>();

function fetcherId(fetcher: AnalyticsFetcher | undefined): number {
  if (fetcher === undefined) return 0;
  let id = fetcherIds.get(fetcher);
  if (id === undefined) {
    id = nextFetcherId++;
    fetcherIds.set(fetcher, id);
  }
  return id;
}

/**
 * The framework-free cache and scheduler between widgets and the fetcher.
 *
 * - One entry per request (keyed by a stable serialization, so key order does not matter) and
 *   per fetcher; identical requests in flight are sent once.
 * - At most `maxInFlight` requests in flight; the rest wait first in, first out.
 * - Retryable failures (429, 502, 503, 504, network) are retried with exponential backoff and
 *   full jitter, honouring `Retry-After`; everything else fails at once.
 * - When nobody watches or awaits a request any more, its `AbortSignal` aborts; an abort is
 *   neither shown nor retried, and a response that is no longer wanted never lands.
 * - Every attempt has a deadline (`requestTimeoutMs`); a slot is freed when its attempt settles, is
 *   aborted or times out, whichever comes first — a fetcher that never settles holds no slot for good.
 * - `watch` / `getState` are a subscription API in the manner of TanStack Query's observers, so a
 *   React hook is a `useSyncExternalStore` call.
 */
/** The longest delay `setTimeout` holds; a longer one fires immediately. */
const MAX_TIMER_DELAY_MS = 2 ** 31 - 1;

export class QueryClient {
  readonly maxInFlight: number;
  private readonly defaultFetcher: AnalyticsFetcher | undefined;
  private readonly retries: number;
  private readonly retryBaseDelayMs: number;
  private readonly maxRetryDelayMs: number;
  private readonly staleTimeMs: number;
  private readonly gcTimeMs: number;
  private readonly random: () => number;
  private readonly timers: QueryTimers;
  private readonly now: () => number;
  private readonly requestTimeoutMs: number;
  private readonly entries = new Map<string, Entry>();
  private queue: Run[] = [];
  private inFlight = 0;
  private disposed = false;

  constructor(options: QueryClientOptions = {}) {
    this.defaultFetcher = options.fetcher;
    this.maxInFlight = positiveInteger(options.maxInFlight, 4, 'maxInFlight');
    this.retries = nonNegativeNumber(options.retries, 3, 'retries');
    this.retryBaseDelayMs = nonNegativeNumber(options.retryBaseDelayMs, 500, 'retryBaseDelayMs');
    this.maxRetryDelayMs = nonNegativeNumber(options.maxRetryDelayMs, 30_000, 'maxRetryDelayMs');
    this.staleTimeMs = nonNegativeNumber(options.staleTimeMs, 30_000, 'staleTimeMs');
    this.gcTimeMs = nonNegativeNumber(options.gcTimeMs, 300_000, 'gcTimeMs');
    this.random = options.random ?? Math.random;
    this.timers = options.timers ?? globalTimers;
    this.now = options.now ?? Date.now;
    this.requestTimeoutMs = nonNegativeNumber(options.requestTimeoutMs, 35_000, 'requestTimeoutMs');
  }

  /** The cache key of a request for a fetcher: equal requests give equal keys. */
  keyOf(request: AnalyticsRequest, options: QueryCallOptions = {}): string {
    return `${fetcherId(this.resolveFetcher(options))}|${stableSerialize(request)}`;
  }

  /** The current state of a request; the same object until something changes. */
  getState<Request extends AnalyticsRequest>(request: Request, options: QueryCallOptions = {}): QueryState<DecodedResponse<Request>> {
    const entry = this.entries.get(this.keyOf(request, options));
    return (entry?.state ?? INITIAL_STATE) as QueryState<DecodedResponse<Request>>;
  }

  /**
   * Watches a request: fetches it now unless fresh data is cached or it is already in flight,
   * and calls `listener` on every change of its state. Returns the unsubscribe function; when the
   * last watcher leaves, an unfinished request is aborted (after the current task, so Strict
   * Mode's unsubscribe-resubscribe does not send twice).
   */
  watch<Request extends AnalyticsRequest>(
    request: Request,
    listener: Listener<DecodedResponse<Request>>,
    options: QueryCallOptions = {},
  ): () => void {
    if (this.disposed) return () => {};
    const entry = this.entryFor(request, options);
    const ownListener = (state: QueryState<unknown>) => listener(state as QueryState<DecodedResponse<Request>>);
    entry.listeners.add(ownListener);
    this.cancelGc(entry);
    if (entry.run === undefined && this.isStale(entry, options.staleTimeMs)) this.startRun(entry);
    let subscribed = true;
    return () => {
      if (!subscribed) return;
      subscribed = false;
      entry.listeners.delete(ownListener);
      this.releaseLater(entry);
    };
  }

  /**
   * The decoded value of a request: from the cache when fresh, else by joining the request in
   * flight or sending it. Rejects with the `AnalyticsError` of the last attempt.
   */
  fetchQuery<Request extends AnalyticsRequest>(request: Request, options: FetchQueryOptions = {}): Promise<DecodedResponse<Request>> {
    if (this.disposed) return Promise.reject(disposedError());
    const { signal } = options;
    if (signal?.aborted) return Promise.reject(abortedError());
    const entry = this.entryFor(request, options);
    if (entry.state.status === 'success' && !this.isStale(entry, options.staleTimeMs)) {
      return Promise.resolve(entry.state.data as DecodedResponse<Request>);
    }
    this.cancelGc(entry);
    const run = entry.run ?? this.startRun(entry);
    entry.waiters += 1;
    return new Promise<DecodedResponse<Request>>((resolve, reject) => {
      let settled = false;
      const finish = () => {
        if (settled) return false;
        settled = true;
        signal?.removeEventListener('abort', onAbort);
        entry.waiters -= 1;
        this.releaseLater(entry);
        return true;
      };
      const onAbort = () => {
        if (finish()) reject(abortedError());
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      run.deferred.promise.then(
        (value) => {
          if (finish()) resolve(value as DecodedResponse<Request>);
        },
        (error: unknown) => {
          if (finish()) reject(error);
        },
      );
    });
  }

  /** Sends a request again now, replacing (and aborting) one in flight; watchers see the result. */
  refetch(request: AnalyticsRequest, options: QueryCallOptions = {}): void {
    if (this.disposed) return;
    const entry = this.entryFor(request, options);
    this.restartRun(entry);
    this.scheduleGc(entry);
  }

  /**
   * Marks cached requests stale (those `predicate` accepts, else all): watched ones are sent
   * again now, the others on their next watch.
   */
  invalidate(predicate?: (request: AnalyticsRequest) => boolean): void {
    for (const entry of [...this.entries.values()]) {
      if (predicate !== undefined && !predicate(entry.request)) continue;
      entry.invalidated = true;
      if (subscriberCount(entry) > 0) this.restartRun(entry);
    }
  }

  /**
   * Forgets all data (e.g. at sign-out): aborts every request, clears every timer and drops every
   * entry nobody watches. What is still watched starts over from `loading` and is fetched anew
   * (after `dispose()`, it stays `loading`). With no watchers, nothing is left behind.
   */
  clear(): void {
    const entries = [...this.entries.values()];
    const kept: Entry[] = [];
    for (const entry of entries) {
      if (entry.run !== undefined) this.cancelRun(entry.run, true);
      this.cancelGc(entry);
      if (entry.listeners.size > 0 && !this.disposed) kept.push(entry);
      else this.entries.delete(entry.key);
    }
    this.queue = [];
    // Every slot is free now: attempts were released as they were cancelled, even those whose fetcher
    // ignores its signal and never settles.
    for (const entry of entries) {
      entry.state = INITIAL_STATE;
      entry.invalidated = false;
      for (const listener of [...entry.listeners]) listener(INITIAL_STATE);
    }
    for (const entry of kept) this.startRun(entry);
  }

  /** `clear()`, and refuse new work: for a client whose owner is gone for good. */
  dispose(): void {
    this.disposed = true;
    this.clear();
  }

  /** What is cached, in flight, queued and waiting, and how many timers are pending. */
  getActivity(): QueryClientActivity {
    let waitingToRetry = 0;
    let gcTimers = 0;
    let deadlines = 0;
    for (const entry of this.entries.values()) {
      if (entry.run?.phase === 'backoff') waitingToRetry += 1;
      if (entry.run?.phase === 'sending' && entry.run.attempt?.timer !== undefined) deadlines += 1;
      if (entry.gcTimer !== undefined) gcTimers += 1;
    }
    return {
      entries: this.entries.size,
      inFlight: this.inFlight,
      queued: this.queue.length,
      waitingToRetry,
      timers: waitingToRetry + gcTimers + deadlines,
    };
  }

  private resolveFetcher(options: QueryCallOptions): AnalyticsFetcher | undefined {
    return options.fetcher ?? this.defaultFetcher;
  }

  private entryFor(request: AnalyticsRequest, options: QueryCallOptions): Entry {
    const fetcher = this.resolveFetcher(options);
    const key = `${fetcherId(fetcher)}|${stableSerialize(request)}`;
    let entry = this.entries.get(key);
    if (entry === undefined) {
      entry = {
        key,
        request,
        fetcher,
        state: INITIAL_STATE,
        listeners: new Set(),
        waiters: 0,
        run: undefined,
        invalidated: false,
        gcTimer: undefined,
        releaseScheduled: false,
      };
      this.entries.set(key, entry);
    }
    return entry;
  }

  private isStale(entry: Entry, staleTimeMs: number | undefined): boolean {
    if (entry.invalidated || entry.state.status !== 'success' || entry.state.dataUpdatedAt === undefined) return true;
    return this.now() - entry.state.dataUpdatedAt >= (staleTimeMs ?? this.staleTimeMs);
  }

  private setState(entry: Entry, patch: Partial<QueryState<unknown>>): void {
    entry.state = { ...entry.state, ...patch };
    if (this.entries.get(entry.key) !== entry) return;
    for (const listener of [...entry.listeners]) listener(entry.state);
  }

  private startRun(entry: Entry, deferred: Deferred = createDeferred()): Run {
    const run: Run = {
      entry,
      attempt: undefined,
      phase: 'queued',
      failures: 0,
      retryTimer: undefined,
      deferred,
    };
    entry.run = run;
    entry.invalidated = false;
    if (entry.fetcher === undefined) {
      this.fail(
        run,
        new AnalyticsError({
          code: 'BAD_REQUEST',
          status: 0,
          message: 'No analytics fetcher: wrap the app in <AnalyticsProvider fetcher={…}> or pass a fetcher option.',
        }),
      );
      return run;
    }
    this.setState(entry, { isFetching: true, failureCount: 0 });
    this.enqueue(run);
    return run;
  }

  /** A new run that takes over the waiters of the one in flight (which is aborted, unseen). */
  private restartRun(entry: Entry): void {
    const previous = entry.run;
    if (previous !== undefined) this.cancelRun(previous, false);
    this.startRun(entry, previous?.deferred);
  }

  private enqueue(run: Run): void {
    run.phase = 'queued';
    this.queue.push(run);
    this.pump();
  }

  private pump(): void {
    while (this.inFlight < this.maxInFlight && this.queue.length > 0) {
      const run = this.queue.shift()!;
      if (run.phase === 'queued') this.send(run);
    }
  }

  private send(run: Run): void {
    run.phase = 'sending';
    this.inFlight += 1;
    const attempt: Attempt = { controller: new AbortController(), timer: undefined, released: false };
    run.attempt = attempt;
    const { entry } = run;
    const timeoutMs = this.requestTimeoutMs;
    if (timeoutMs <= MAX_TIMER_DELAY_MS) {
      attempt.timer = this.timers.setTimeout(() => this.timeOut(run, attempt, timeoutMs), timeoutMs);
    }
    // The decoding chunk loads while the request is on the wire (a failure shows in `settle`).
    if (loadedResponseDecoding() === undefined) loadResponseDecoding().catch(() => {});
    let response: Promise<unknown>;
    try {
      response = Promise.resolve(entry.fetcher!(entry.request, { signal: attempt.controller.signal }));
    } catch (error) {
      response = Promise.reject(error);
    }
    response.then(
      (body) => this.settle(run, attempt, { ok: true, body }),
      (error: unknown) => this.settle(run, attempt, { ok: false, error }),
    );
  }

  /** Gives the attempt's slot back (once) and clears its deadline. */
  private release(attempt: Attempt): boolean {
    if (attempt.released) return false;
    attempt.released = true;
    this.inFlight -= 1;
    if (attempt.timer !== undefined) this.timers.clearTimeout(attempt.timer);
    attempt.timer = undefined;
    return true;
  }

  /** The deadline passed: abort the attempt, free its slot now, and fail the run with `REQUEST_TIMEOUT`. */
  private timeOut(run: Run, attempt: Attempt, timeoutMs: number): void {
    attempt.timer = undefined;
    if (!this.release(attempt)) return;
    const error = new AnalyticsError({
      code: 'REQUEST_TIMEOUT',
      message: `The analytics request did not complete within ${timeoutMs} ms.`,
    });
    attempt.controller.abort(error);
    if (run.phase === 'sending' && run.attempt === attempt) this.handleFailure(run, error);
    this.pump();
  }

  private settle(run: Run, attempt: Attempt, outcome: { ok: true; body: unknown } | { ok: false; error: unknown }): void {
    const decoding = loadedResponseDecoding();
    if (outcome.ok && decoding === undefined) {
      // The answer came before the decoding chunk: settle when it has loaded, or fail (retryably) when it cannot.
      loadResponseDecoding().then(
        () => this.settle(run, attempt, outcome),
        (error: unknown) => this.settle(run, attempt, { ok: false, error }),
      );
      return;
    }
    // Timed out or aborted before: the slot is already free and nobody wants this answer.
    if (!this.release(attempt)) return;
    if (run.phase === 'sending' && run.attempt === attempt) {
      if (!outcome.ok) {
        this.handleFailure(run, toAnalyticsError(outcome.error, 'NETWORK_ERROR'));
      } else if (decoding !== undefined) {
        let data: unknown;
        let decodeError: AnalyticsError | undefined;
        try {
          data = decoding.decodeResponse(run.entry.request, outcome.body);
        } catch (error) {
          decodeError = toAnalyticsError(error, 'INVALID_RESPONSE');
        }
        if (decodeError === undefined) this.succeed(run, data);
        else this.fail(run, decodeError);
      }
    }
    this.pump();
  }

  private handleFailure(run: Run, error: AnalyticsError): void {
    run.failures += 1;
    const delay = retryDelayMs(error, run.failures, {
      retries: this.retries,
      retryBaseDelayMs: this.retryBaseDelayMs,
      maxRetryDelayMs: this.maxRetryDelayMs,
      random: this.random,
    });
    if (delay === undefined) {
      this.fail(run, error);
      return;
    }
    run.phase = 'backoff';
    this.setState(run.entry, { failureCount: run.failures });
    run.retryTimer = this.timers.setTimeout(() => {
      run.retryTimer = undefined;
      if (run.phase === 'backoff') this.enqueue(run);
    }, Math.min(delay, MAX_TIMER_DELAY_MS));
  }

  private succeed(run: Run, data: unknown): void {
    run.phase = 'done';
    const { entry } = run;
    if (entry.run === run) entry.run = undefined;
    this.setState(entry, {
      status: 'success',
      data,
      error: undefined,
      isFetching: false,
      dataUpdatedAt: this.now(),
      failureCount: run.failures,
    });
    run.deferred.resolve(data);
    this.scheduleGc(entry);
  }

  private fail(run: Run, error: AnalyticsError): void {
    run.phase = 'done';
    const { entry } = run;
    if (entry.run === run) entry.run = undefined;
    this.setState(entry, { status: 'error', error, isFetching: false, failureCount: run.failures });
    run.deferred.reject(error);
    this.scheduleGc(entry);
  }

  /**
   * Stops a run: its signal aborts, its timers clear, its slot is freed now (whether or not the fetcher
   * honours the abort), its answer (if any comes) is ignored. The caller pumps the queue.
   */
  private cancelRun(run: Run, rejectWaiters: boolean): void {
    if (run.phase === 'done') return;
    const wasQueued = run.phase === 'queued';
    if (run.phase === 'backoff') this.timers.clearTimeout(run.retryTimer);
    run.retryTimer = undefined;
    const attempt = run.phase === 'sending' ? run.attempt : undefined;
    run.phase = 'done';
    if (wasQueued) this.queue = this.queue.filter((queued) => queued !== run);
    if (attempt !== undefined) {
      this.release(attempt);
      attempt.controller.abort(abortedError());
    }
    const { entry } = run;
    if (entry.run === run) {
      entry.run = undefined;
      this.setState(entry, { isFetching: false });
    }
    if (rejectWaiters) run.deferred.reject(abortedError());
  }

  /** After the current task: if nobody watches or waits, abort what is unfinished and start the GC clock. */
  private releaseLater(entry: Entry): void {
    if (subscriberCount(entry) > 0 || entry.releaseScheduled) return;
    entry.releaseScheduled = true;
    queueMicrotask(() => {
      entry.releaseScheduled = false;
      if (this.entries.get(entry.key) !== entry || subscriberCount(entry) > 0) return;
      if (entry.run !== undefined) this.cancelRun(entry.run, true);
      this.scheduleGc(entry);
      this.pump();
    });
  }

  private scheduleGc(entry: Entry): void {
    if (subscriberCount(entry) > 0 || entry.run !== undefined || this.entries.get(entry.key) !== entry) return;
    this.cancelGc(entry);
    // A delay a timer cannot hold (over about 24.8 days) would fire at once: treat it as "never".
    if (!Number.isFinite(this.gcTimeMs) || this.gcTimeMs > MAX_TIMER_DELAY_MS) return;
    entry.gcTimer = this.timers.setTimeout(() => {
      entry.gcTimer = undefined;
      if (subscriberCount(entry) === 0 && entry.run === undefined && this.entries.get(entry.key) === entry) {
        this.entries.delete(entry.key);
      }
    }, this.gcTimeMs);
  }

  private cancelGc(entry: Entry): void {
    if (entry.gcTimer === undefined) return;
    this.timers.clearTimeout(entry.gcTimer);
    entry.gcTimer = undefined;
  }
}

function subscriberCount(entry: Entry): number {
  return entry.listeners.size + entry.waiters;
}

function createDeferred(): Deferred {
  let resolve!: (value: unknown) => void;
  let reject!: (error: AnalyticsError) => void;
  const promise = new Promise<unknown>((resolvePromise, rejectPromise) => {
    resolve = resolvePromise;
    reject = rejectPromise;
  });
  // Nobody may be waiting: a rejection with no waiter is expected, not an unhandled one.
  promise.catch(() => {});
  return { promise, resolve, reject };
}

function abortedError(): AnalyticsError {
  return new AnalyticsError({ code: 'ABORTED', message: 'The analytics request was aborted: nobody waits for it any more.' });
}

function disposedError(): AnalyticsError {
  return new AnalyticsError({ code: 'ABORTED', message: 'The QueryClient was disposed.' });
}

/** Any thrown value as an AnalyticsError; unknown failures of a fetcher count as network failures. */
function toAnalyticsError(error: unknown, fallbackCode: 'NETWORK_ERROR' | 'INVALID_RESPONSE'): AnalyticsError {
  if (isAnalyticsError(error)) return error;
  if (typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError') {
    return new AnalyticsError({ code: 'ABORTED', message: 'The analytics request was aborted.', cause: error });
  }
  return new AnalyticsError({
    code: fallbackCode,
    message: fallbackCode === 'NETWORK_ERROR' ? 'The analytics fetcher failed.' : 'The analytics response could not be decoded.',
    details: error instanceof Error ? error.message : String(error),
    cause: error,
  });
}

function positiveInteger(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 1) {
    throw new AnalyticsError({ code: 'BAD_REQUEST', status: 0, message: `QueryClient option ${name} must be a positive integer, got ${String(value)}.` });
  }
  return value;
}

function nonNegativeNumber(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || Number.isNaN(value) || value < 0) {
    throw new AnalyticsError({ code: 'BAD_REQUEST', status: 0, message: `QueryClient option ${name} must be a number ≥ 0, got ${String(value)}.` });
  }
  return value;
}
