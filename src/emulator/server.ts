/**
 * The emulator's HTTP API on `node:http`: `POST /query`, `GET /schema` and `GET /signals/metadata`
 * under the current base path (`/api/v2/analytics`) and the deprecated one
 * (`/api/v2/experimental/analytics`), Bearer keys mapped to organizations, the documented error bodies,
 * and a per-organization concurrency limit. Nothing a client sends stops it from serving.
 */
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { ANALYTICS_BASE_PATH, DEPRECATED_ANALYTICS_BASE_PATH } from '../core/contract';
import type { ErrorResponseBody, ResponseColumn, ResponseMeta } from '../core/contract';
import { AnalyticsError } from '../core/errors';
import { ANALYTICS_VIEWS } from '../core/views';
import { CLICKHOUSE_CODES, EngineQueryError } from './engine';
import type { Engine } from './engine';
import { guardStatement } from './guard';
import { readSignalsMetadata, resolveMetadataWindow } from './signalsMetadata';

/** An organization the server answers for. */
export interface ServedOrganization {
  id: string;
  name: string;
  apiKey: string;
  database: string;
}

export interface EmulatorServerOptions {
  engine: Engine;
  organizations: readonly ServedOrganization[];
  /** Simultaneous requests per organization before 429. */
  concurrencyLimit: number;
  /** Largest accepted request body, in bytes. */
  maxBodyBytes: number;
  /**
   * Milliseconds a client has to send its whole request body (default 10,000). The body is read
   * before the request takes one of its organization's slots, so a trickling client holds none.
   */
  bodyTimeoutMs?: number;
  /**
   * Milliseconds after which a running query is answered 408 QUERY_TIMEOUT even if the engine has
   * not stopped it yet (the engine's own `max_execution_time` normally stops it first). The
   * organization's slot stays taken until the native work has really ended.
   */
  responseDeadlineMs: number;
  /** The clock: the metadata endpoint's default window ends at `now()`. Default: the system clock. */
  now?: () => Date;
}

/**
 * The three endpoints under the current base path and under the deprecated one (Paid still serves
 * it for existing integrations), with the method each accepts.
 */
interface Endpoint {
  name: 'query' | 'schema' | 'signalsMetadata';
  method: 'POST' | 'GET';
}
const ENDPOINTS: ReadonlyMap<string, Endpoint> = new Map(
  [ANALYTICS_BASE_PATH, DEPRECATED_ANALYTICS_BASE_PATH].flatMap((base): [string, Endpoint][] => [
    [`${base}/query`, { name: 'query', method: 'POST' }],
    [`${base}/schema`, { name: 'schema', method: 'GET' }],
    [`${base}/signals/metadata`, { name: 'signalsMetadata', method: 'GET' }],
  ]),
);

/** How long an idle keep-alive connection stays open. */
const KEEP_ALIVE_TIMEOUT_MS = 65_000;

/** Default of `bodyTimeoutMs`. */
const DEFAULT_BODY_TIMEOUT_MS = 10_000;

/** Seconds a client is told to wait after a 429. */
const RETRY_AFTER_SECONDS = 1;

function send(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  sendJsonText(response, status, JSON.stringify(body), headers);
}

/** Sends JSON already written as text. */
function sendJsonText(response: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  if (response.headersSent) return;
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(text)),
    'cache-control': 'no-store',
    ...headers,
  });
  response.end(text);
}

function sendError(response: ServerResponse, error: AnalyticsError, headers: Record<string, string> = {}): void {
  const body: ErrorResponseBody = error.toBody();
  send(response, error.status, body, headers);
}

/** Thrown when the whole body did not arrive in time. */
class BodyTimeoutError extends Error {}

/**
 * Reads the body up to `limit` bytes within `timeoutMs`; resolves `undefined` when it is larger,
 * rejects with `BodyTimeoutError` when it is too slow, and rejects when the client goes away first.
 */
function readBody(request: IncomingMessage, limit: number, timeoutMs: number): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const timer = setTimeout(() => settle(undefined, new BodyTimeoutError(`The request body did not arrive within ${timeoutMs} ms.`)), timeoutMs);
    const settle = (value: string | undefined, error?: Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (error === undefined) resolve(value);
      else reject(error);
    };
    request.on('data', (chunk: Buffer) => {
      if (settled) return;
      size += chunk.length;
      if (size > limit) {
        chunks.length = 0;
        settle(undefined);
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => settle(Buffer.concat(chunks).toString('utf8')));
    request.on('error', (error) => settle(undefined, error));
    request.on('close', () => settle(undefined, new Error('The client closed the connection before sending the whole body.')));
  });
}

/**
 * The 200 body of `POST /query` as text, the rows spliced in as ClickHouse printed them: Decimals
 * stay JSON number tokens with every digit (as the real API sends them), 64-bit integers strings.
 * Going through `JSON.parse`/`JSON.stringify` here would round 38-digit Decimals to doubles.
 */
export function queryResponseText(columns: readonly ResponseColumn[], rowsJson: readonly string[], meta: ResponseMeta): string {
  return `{"columns":${JSON.stringify(columns)},"rows":[${rowsJson.join(',')}],"meta":${JSON.stringify(meta)}}`;
}

/** The 400 for a request body the API cannot use. */
function badBody(details: string): AnalyticsError {
  return new AnalyticsError({ code: 'INVALID_QUERY', status: 400, message: 'The request body must be JSON of the form {"query": "<SQL>"}.', details });
}

/** Maps an engine failure while running a client's query to the documented error. */
export function engineErrorToApiError(error: EngineQueryError): AnalyticsError {
  if (error.timedOut) {
    return new AnalyticsError({ code: 'QUERY_TIMEOUT', status: 408, message: 'The query exceeded the execution time limit.', details: error.message });
  }
  switch (error.clickhouseCode) {
    case CLICKHOUSE_CODES.UNKNOWN_TABLE:
    case CLICKHOUSE_CODES.UNKNOWN_DATABASE:
    case CLICKHOUSE_CODES.READONLY:
    case CLICKHOUSE_CODES.ACCESS_DENIED:
      return new AnalyticsError({ code: 'ACCESS_DENIED', status: 403, message: 'The query referenced something outside the analytics views.', details: error.message });
    case CLICKHOUSE_CODES.MEMORY_LIMIT_EXCEEDED:
      return new AnalyticsError({ code: 'QUERY_ERROR', status: 400, message: 'The query exceeded the per-query memory limit; aggregate more or read fewer rows.', details: error.message });
    default:
      return new AnalyticsError({ code: 'QUERY_ERROR', status: 400, message: 'The query was rejected by the database.', details: error.message });
  }
}

/** Creates the (not yet listening) HTTP server. */
export function createEmulatorServer(options: EmulatorServerOptions): Server {
  const byKey = new Map(options.organizations.map((org) => [org.apiKey, org]));
  const inFlight = new Map<string, number>();

  const authenticate = (request: IncomingMessage): ServedOrganization | AnalyticsError => {
    const header = request.headers.authorization;
    if (header === undefined || header.length === 0) {
      return new AnalyticsError({ code: 'UNAUTHORIZED', status: 401, message: 'Missing API key: send Authorization: Bearer <key>.' });
    }
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    const org = match?.[1] === undefined ? undefined : byKey.get(match[1]);
    if (org === undefined) return new AnalyticsError({ code: 'UNAUTHORIZED', status: 401, message: 'Invalid API key.' });
    return org;
  };

  /**
   * Reads and checks a `POST /query` body before any slot is taken: answers the client and resolves
   * `undefined` when the body is too large, too slow, or not `{ query: string }`.
   */
  const readQuery = async (request: IncomingMessage, response: ServerResponse): Promise<string | undefined> => {
    let text: string | undefined;
    try {
      text = await readBody(request, options.maxBodyBytes, options.bodyTimeoutMs ?? DEFAULT_BODY_TIMEOUT_MS);
    } catch (error) {
      if (!(error instanceof BodyTimeoutError)) throw error;
      sendError(response, new AnalyticsError({ code: 'BAD_REQUEST', status: 408, message: error.message }), { connection: 'close' });
      request.destroy();
      return undefined;
    }
    if (text === undefined) {
      request.resume();
      sendError(response, badBody(`The body is larger than ${options.maxBodyBytes} bytes.`), { connection: 'close' });
      return undefined;
    }
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      sendError(response, badBody('The body is not valid JSON.'));
      return;
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      sendError(response, badBody('The body must be a JSON object.'));
      return;
    }
    const query = (body as Record<string, unknown>).query;
    if (query === undefined) {
      sendError(response, badBody('The "query" field is missing.'));
      return;
    }
    if (typeof query !== 'string') {
      sendError(response, badBody('The "query" field must be a string.'));
      return;
    }
    return query;
  };

  /**
   * Guards and runs one statement for `org` (whose slot the caller holds). Answers 408 at the
   * response deadline if the engine is still working, but resolves only once the native work has
   * ended, so the slot is held exactly as long as the engine is busy for this organization.
   */
  const runQuery = async (query: string, response: ServerResponse, org: ServedOrganization) => {
    const statement = await guardStatement(options.engine, query);
    const started = performance.now();
    const abandon = new AbortController();
    const running = options.engine.runReadOnly(org.database, statement, { signal: abandon.signal });
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<'deadline'>((resolve) => {
      timer = setTimeout(() => resolve('deadline'), options.responseDeadlineMs);
    });
    let result;
    try {
      const first = await Promise.race([running, deadline]);
      if (first === 'deadline') {
        abandon.abort();
        sendError(response, new AnalyticsError({ code: 'QUERY_TIMEOUT', status: 408, message: 'The query exceeded the execution time limit.' }));
        await running.catch(() => undefined);
        return;
      }
      result = first;
    } catch (error) {
      if (error instanceof EngineQueryError) throw engineErrorToApiError(error);
      throw error;
    } finally {
      clearTimeout(timer);
    }
    const meta: ResponseMeta = { rowCount: result.rowsJson.length, elapsedMs: Math.round(performance.now() - started), truncated: result.truncated };
    sendJsonText(response, 200, queryResponseText(result.columns, result.rowsJson, meta));
  };

  const handleMetadata = async (url: URL, response: ServerResponse, org: ServedOrganization) => {
    const window = resolveMetadataWindow(url.searchParams, (options.now ?? (() => new Date()))());
    const signalName = url.searchParams.get('signalName') ?? undefined;
    const signals = await readSignalsMetadata(options.engine, org.database, { ...window, signalName });
    send(response, 200, { signals, meta: { fromDate: window.fromDate.toISOString(), toDate: window.toDate.toISOString() } });
  };

  /** Takes one of `org`'s slots, or answers 429 and resolves false. */
  const takeSlot = (response: ServerResponse, org: ServedOrganization): boolean => {
    const current = inFlight.get(org.id) ?? 0;
    if (current >= options.concurrencyLimit) {
      sendError(
        response,
        new AnalyticsError({
          code: 'CONCURRENCY_LIMIT_EXCEEDED',
          status: 429,
          message: 'Too many concurrent queries for this organization; retry shortly.',
          details: `At most ${options.concurrencyLimit} simultaneous requests per organization.`,
        }),
        { 'retry-after': String(RETRY_AFTER_SECONDS) },
      );
      return false;
    }
    inFlight.set(org.id, current + 1);
    return true;
  };
  const releaseSlot = (org: ServedOrganization) => inFlight.set(org.id, (inFlight.get(org.id) ?? 1) - 1);

  const route = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = new URL(request.url ?? '/', 'http://emulator.local');
    const method = request.method ?? 'GET';
    if (method === 'OPTIONS') {
      response.writeHead(204, corsHeaders());
      response.end();
      return;
    }
    const path = url.pathname.replace(/\/+$/, '');
    const endpoint = ENDPOINTS.get(path);
    const allowed = endpoint?.method;
    if (allowed === undefined) {
      request.resume();
      sendError(response, new AnalyticsError({ code: 'NOT_FOUND', status: 404, message: `No such endpoint: ${method} ${url.pathname}` }));
      return;
    }
    if (method !== allowed && !(allowed === 'GET' && method === 'HEAD')) {
      request.resume();
      sendError(response, new AnalyticsError({ code: 'METHOD_NOT_ALLOWED', status: 405, message: `${url.pathname} accepts ${allowed} only.` }), { allow: allowed });
      return;
    }
    const org = authenticate(request);
    if (org instanceof AnalyticsError) {
      request.resume();
      sendError(response, org, { 'www-authenticate': 'Bearer' });
      return;
    }
    // The body first, within its deadline: a slow client must not hold a slot while it trickles.
    const query = endpoint?.name === 'query' ? await readQuery(request, response) : undefined;
    if (endpoint?.name === 'query' && query === undefined) return;
    if (endpoint?.name !== 'query') request.resume();
    if (!takeSlot(response, org)) return;
    try {
      if (query !== undefined) await runQuery(query, response, org);
      else if (endpoint?.name === 'schema') send(response, 200, { views: ANALYTICS_VIEWS });
      else await handleMetadata(url, response, org);
    } finally {
      releaseSlot(org);
    }
  };

  const server = createServer((request, response) => {
    for (const [name, value] of Object.entries(corsHeaders())) response.setHeader(name, value);
    route(request, response).catch((error: unknown) => {
      if (error instanceof AnalyticsError) {
        sendError(response, error);
        return;
      }
      const details = error instanceof Error ? error.message : String(error);
      sendError(response, new AnalyticsError({ code: 'INTERNAL_ERROR', status: 500, message: 'The emulator failed to answer.', details }));
    });
  });
  // Idle keep-alive connections stay open longer than clients keep them (undici: the server's hint
  // minus 2 s): with Node's 5 s, a process starved of CPU for a few seconds closes a connection just
  // as its client reuses it (ECONNRESET). Headers get Node's deadlines; bodies have bodyTimeoutMs.
  server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
  server.headersTimeout = KEEP_ALIVE_TIMEOUT_MS + 1_000;
  server.requestTimeout = KEEP_ALIVE_TIMEOUT_MS + 2_000;
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\n\r\n');
    else socket.destroy();
  });
  return server;
}

/** Lets a browser (Storybook's live mode, the demo) call the emulator directly. */
function corsHeaders(): Record<string, string> {
  return {
    'access-control-allow-origin': '*',
    'access-control-allow-methods': 'GET, POST, OPTIONS',
    'access-control-allow-headers': 'authorization, content-type',
    'access-control-expose-headers': 'retry-after',
    'access-control-max-age': '600',
  };
}
