/**
 * The options of `createAnalyticsProxy` and the event it reports for host logging.
 */
import type { AnyNamedQuery } from '../core/queries/types';
import type { Scope } from '../core/contract';
import type { UpstreamFetch } from './callUpstream';

/**
 * The host's own session lookup: `{ customerIds }` for a customer-facing user (they see only
 * those customers' rows), `{}` for a trusted internal user (every row of the organization),
 * `null` when nobody is signed in (401). May throw an `AnalyticsError` (e.g. `ACCESS_DENIED`),
 * which is answered as is. Must not read the request body: the proxy reads it afterwards.
 */
export type ResolveScope = (request: Request) => Scope | null | Promise<Scope | null>;

/**
 * Whether this user may send raw SQL (`{ query }` / `{ kind: 'sql' }`). Raw SQL is not scoped: a
 * user allowed to send it can read every customer's rows. Return true only for trusted, internal
 * users — returning true for a user with `customerIds` hands them the whole organization.
 */
export type AllowSql = (request: Request, scope: Scope) => boolean | Promise<boolean>;

/** What kind of request the proxy served. */
export type ProxyRequestKind = 'query' | 'sql' | 'schema' | 'signalsMetadata';

/** One served request, for the host's logs. Never holds the API key. */
export interface ProxyQueryEvent {
  kind: ProxyRequestKind;
  /** The named query, for `kind: 'query'` once the body was read. */
  name?: string;
  /** The resolved scope; `null` before it was resolved or when nobody is signed in. */
  scope: Scope | null;
  /** The HTTP status the proxy answered. */
  status: number;
  /** Wall time from the request's arrival to the response, in milliseconds. */
  durationMs: number;
  /** Set when the status is not 2xx. */
  error?: { code: string; message: string };
}

export interface AnalyticsProxyOptions {
  upstream: {
    /**
     * The API's base URL. Default (also for `undefined` or `''`, e.g. an unset `process.env.PAID_API_URL`):
     * Paid's public endpoint (`PAID_ANALYTICS_URL`); or the emulator's `url`.
     */
    baseUrl?: string | undefined;
    /**
     * The organization's API key, from the host's environment (e.g. `process.env.PAID_API_KEY`).
     * Read when the proxy is created; when it is `undefined` or empty (a build without secrets),
     * creating the proxy still succeeds and every request is answered 500 `INTERNAL_ERROR` with
     * details `PROXY_NOT_CONFIGURED` until the server runs with a key.
     */
    apiKey: string | undefined;
    /** The `fetch` used upstream. Default: the global `fetch`. */
    fetch?: UpstreamFetch | undefined;
  };
  resolveScope: ResolveScope;
  /** Default: raw SQL is refused for everyone (403 `SQL_NOT_ALLOWED`). */
  allowSql?: AllowSql | undefined;
  /**
   * The host's own named queries (made with `defineNamedQuery`), served by name beside the built-in
   * ones and compiled with each user's scope. Checked when the proxy is created: a name used twice,
   * or SQL that names a customer-data view (`fact_*`, `dim_customer`) outside `view()`, throws then.
   */
  queries?: readonly AnyNamedQuery[] | undefined;
  /** Upstream calls longer than this are cut with 504 `UPSTREAM_TIMEOUT`. Default 35 000 ms. */
  timeoutMs?: number | undefined;
  /** Larger request bodies are refused with 413 while reading. Default 65 536 bytes. */
  maxBodyBytes?: number | undefined;
  /** Called once per routed request after the response is built; exceptions it throws are ignored. */
  onQuery?: ((event: ProxyQueryEvent) => void) | undefined;
}

/** A Fetch-API request handler: a Next.js route handler, an edge function, a `Deno.serve` callback. */
export type AnalyticsProxyHandler = (request: Request) => Promise<Response>;
