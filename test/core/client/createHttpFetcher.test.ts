import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHttpFetcher, createProxyFetcher } from '../../../src/core/client/createHttpFetcher';
import { QueryClient } from '../../../src/core/client/QueryClient';
import type { AnalyticsRequest } from '../../../src/core/contract';
import { AnalyticsError } from '../../../src/core/errors';
import { compileQuery } from '../../../src/core/queries/compileQuery';

interface ReceivedRequest {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

type Handler = (request: ReceivedRequest, response: ServerResponse) => void;

let server: Server;
let baseUrl: string;
let received: ReceivedRequest[] = [];
let handler: Handler = (_request, response) => json(response, 200, { ok: true });

function json(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': 'application/json', ...headers });
  response.end(JSON.stringify(body));
}

beforeAll(async () => {
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const seen = { method: request.method ?? '', url: request.url ?? '', headers: request.headers, body: Buffer.concat(chunks).toString('utf8') };
      received.push(seen);
      handler(seen, response);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/analytics`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => {
  received = [];
  handler = (_request, response) => json(response, 200, { ok: true });
});

const signal = () => new AbortController().signal;

async function failureOf(promise: Promise<unknown>): Promise<AnalyticsError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(AnalyticsError);
    return error as AnalyticsError;
  }
  throw new Error('expected the fetcher to throw');
}

const USAGE_PARAMS = { from: '2026-10-01T00:00:00Z', to: '2026-11-01T00:00:00Z', granularity: 'day' };

describe('createHttpFetcher', () => {
  describe('what it sends', () => {
    it('POSTs a named query as { name, params } to /query, as JSON, and resolves to the parsed body', async () => {
      const fetcher = createHttpFetcher({ baseUrl: `${baseUrl}/` });
      const body = await fetcher({ kind: 'query', name: 'usage-trends', params: USAGE_PARAMS }, { signal: signal() });
      expect(body).toEqual({ ok: true });
      expect(received).toHaveLength(1);
      expect(received[0]).toMatchObject({ method: 'POST', url: '/api/analytics/query' });
      expect(received[0]!.headers['content-type']).toBe('application/json');
      expect(JSON.parse(received[0]!.body)).toEqual({ name: 'usage-trends', params: USAGE_PARAMS });
    });

    it("with compile: 'client', compiles the named query here and sends the API's own { query }", async () => {
      const fetcher = createHttpFetcher({ baseUrl, compile: 'client' });
      await fetcher({ kind: 'query', name: 'usage-trends', params: USAGE_PARAMS }, { signal: signal() });
      const sent = JSON.parse(received[0]!.body) as Record<string, unknown>;
      expect(Object.keys(sent)).toEqual(['query']);
      expect(sent.query).toBe(compileQuery('usage-trends', USAGE_PARAMS, {}));
    });

    it("with compile: 'client', throws the compiler's typed error and sends nothing for an unknown query or bad params", async () => {
      const fetcher = createHttpFetcher({ baseUrl, compile: 'client' });
      const unknown = await failureOf(fetcher({ kind: 'query', name: 'no-such-query', params: {} }, { signal: signal() }));
      expect(unknown.code).toBe('UNKNOWN_QUERY');
      const invalid = await failureOf(
        fetcher({ kind: 'query', name: 'usage-trends', params: { ...USAGE_PARAMS, granularity: 'fortnight' } }, { signal: signal() }),
      );
      expect(invalid.code).toBe('INVALID_PARAMS');
      expect(received).toHaveLength(0);
    });

    it("with compile: 'client', sends SQL the caller compiled already; by default sends name and params only", async () => {
      const request = { kind: 'query', name: 'usage-trends', params: USAGE_PARAMS, sql: 'SELECT 42' } as const;
      await createHttpFetcher({ baseUrl, compile: 'client' })(request, { signal: signal() });
      await createHttpFetcher({ baseUrl })(request, { signal: signal() });
      expect(JSON.parse(received[0]!.body)).toEqual({ query: 'SELECT 42' });
      expect(JSON.parse(received[1]!.body)).toEqual({ name: 'usage-trends', params: USAGE_PARAMS });
    });

    it('turns a failing headers function into a typed error and sends nothing', async () => {
      const fetcher = createHttpFetcher({
        baseUrl,
        headers: () => {
          throw new Error('token endpoint down');
        },
      });
      const error = await failureOf(fetcher({ kind: 'schema' }, { signal: signal() }));
      expect(error).toMatchObject({ code: 'NETWORK_ERROR', details: 'token endpoint down' });
      expect(received).toHaveLength(0);
    });

    it('POSTs ad-hoc SQL as { query }', async () => {
      const fetcher = createHttpFetcher({ baseUrl });
      await fetcher({ kind: 'sql', sql: 'SELECT 1' }, { signal: signal() });
      expect(received[0]).toMatchObject({ method: 'POST', url: '/api/analytics/query' });
      expect(JSON.parse(received[0]!.body)).toEqual({ query: 'SELECT 1' });
    });

    it('GETs /schema', async () => {
      const fetcher = createHttpFetcher({ baseUrl });
      await fetcher({ kind: 'schema' }, { signal: signal() });
      expect(received[0]).toMatchObject({ method: 'GET', url: '/api/analytics/schema', body: '' });
    });

    it('GETs /signals/metadata with only the params given, URL-encoded', async () => {
      const fetcher = createHttpFetcher({ baseUrl });
      await fetcher(
        { kind: 'signalsMetadata', signalName: 'email triage&more', fromDate: '2026-10-01T00:00:00.000Z' },
        { signal: signal() },
      );
      await fetcher({ kind: 'signalsMetadata' }, { signal: signal() });
      const first = new URL(received[0]!.url, 'http://x');
      expect(first.pathname).toBe('/api/analytics/signals/metadata');
      expect(Object.fromEntries(first.searchParams)).toEqual({ signalName: 'email triage&more', fromDate: '2026-10-01T00:00:00.000Z' });
      expect(received[1]!.url).toBe('/api/analytics/signals/metadata');
    });

    it('adds headers from an object or from a (possibly async) function called per request', async () => {
      let token = 0;
      const fromObject = createHttpFetcher({ baseUrl, headers: { 'x-tenant': 'acme', 'x-skip': undefined } });
      const fromFunction = createHttpFetcher({ baseUrl, headers: async () => ({ authorization: `Bearer token-${++token}` }) });
      await fromObject({ kind: 'schema' }, { signal: signal() });
      await fromFunction({ kind: 'schema' }, { signal: signal() });
      await fromFunction({ kind: 'schema' }, { signal: signal() });
      expect(received[0]!.headers['x-tenant']).toBe('acme');
      expect(received[0]!.headers).not.toHaveProperty('x-skip');
      expect(received.slice(1).map((request) => request.headers.authorization)).toEqual(['Bearer token-1', 'Bearer token-2']);
    });

    it('passes credentials and uses the fetch it is given', async () => {
      const fetchSpy = vi.fn(globalThis.fetch);
      const fetcher = createHttpFetcher({ baseUrl, credentials: 'include', fetch: fetchSpy });
      await fetcher({ kind: 'schema' }, { signal: signal() });
      expect(fetchSpy).toHaveBeenCalledOnce();
      expect(fetchSpy.mock.calls[0]![1]).toMatchObject({ credentials: 'include', method: 'GET' });
    });

    it('refuses a missing baseUrl and an unknown request kind with typed errors', async () => {
      expect(() => createHttpFetcher({ baseUrl: '' })).toThrow(AnalyticsError);
      const fetcher = createHttpFetcher({ baseUrl });
      const error = await failureOf(fetcher({ kind: 'drop-table' } as unknown as AnalyticsRequest, { signal: signal() }));
      expect(error.code).toBe('BAD_REQUEST');
    });
  });

  describe('errors', () => {
    it.each([
      { status: 400, body: { error: 'Bad column', code: 'QUERY_ERROR', details: 'Unknown identifier foo' }, code: 'QUERY_ERROR', retryable: false },
      { status: 400, body: { error: 'Not a SELECT', code: 'INVALID_QUERY' }, code: 'INVALID_QUERY', retryable: false },
      { status: 401, body: { error: 'Missing API key' }, code: 'UNAUTHORIZED', retryable: false },
      { status: 403, body: { error: 'Denied', code: 'ACCESS_DENIED' }, code: 'ACCESS_DENIED', retryable: false },
      { status: 408, body: { error: 'Too slow', code: 'QUERY_TIMEOUT' }, code: 'QUERY_TIMEOUT', retryable: false },
      { status: 429, body: { error: 'Busy', code: 'CONCURRENCY_LIMIT_EXCEEDED' }, code: 'CONCURRENCY_LIMIT_EXCEEDED', retryable: true },
      { status: 500, body: { error: 'Oops', code: 'INTERNAL_ERROR' }, code: 'INTERNAL_ERROR', retryable: false },
      { status: 502, body: '<html>Bad Gateway</html>', code: 'UPSTREAM_ERROR', retryable: true },
      { status: 503, body: '', code: 'UPSTREAM_ERROR', retryable: true },
      { status: 504, body: { error: 'Upstream timed out', code: 'UPSTREAM_TIMEOUT' }, code: 'UPSTREAM_TIMEOUT', retryable: true },
      { status: 418, body: { error: 'Teapot', code: 'NOT_A_KNOWN_CODE' }, code: 'HTTP_ERROR', retryable: false },
    ])('maps HTTP $status with body $body to $code', async ({ status, body, code, retryable }) => {
      handler = (_request, response) => {
        response.writeHead(status, { 'content-type': typeof body === 'string' ? 'text/html' : 'application/json' });
        response.end(typeof body === 'string' ? body : JSON.stringify(body));
      };
      const error = await failureOf(createHttpFetcher({ baseUrl })({ kind: 'sql', sql: 'SELECT 1' }, { signal: signal() }));
      expect(error).toMatchObject({ status, code, retryable });
      if (typeof body === 'object') {
        expect(error.message).toBe(body.error);
        expect(error.details).toBe('details' in body ? body.details : undefined);
      } else {
        expect(error.message).toContain(String(status));
        expect(error.details).toBe(body === '' ? undefined : body);
      }
    });

    it('reads Retry-After in seconds', async () => {
      handler = (_request, response) => json(response, 429, { error: 'Busy', code: 'CONCURRENCY_LIMIT_EXCEEDED' }, { 'retry-after': '3' });
      const error = await failureOf(createHttpFetcher({ baseUrl })({ kind: 'sql', sql: 'SELECT 1' }, { signal: signal() }));
      expect(error.retryAfterMs).toBe(3_000);
    });

    it('reads Retry-After as an HTTP-date', async () => {
      const at = new Date(Math.ceil(Date.now() / 1000) * 1000 + 60_000);
      handler = (_request, response) => json(response, 503, { error: 'Maintenance' }, { 'retry-after': at.toUTCString() });
      const before = Date.now();
      const error = await failureOf(createHttpFetcher({ baseUrl })({ kind: 'sql', sql: 'SELECT 1' }, { signal: signal() }));
      const after = Date.now();
      expect(error.retryAfterMs).toBeGreaterThanOrEqual(at.getTime() - after);
      expect(error.retryAfterMs).toBeLessThanOrEqual(at.getTime() - before);
    });

    it.each([
      ['not JSON at all', 'Hello, proxy here'],
      ['an empty body', ''],
      ['a JSON array', '[["1"]]'],
      ['JSON null', 'null'],
    ])('turns a 200 with %s into INVALID_RESPONSE, never rows', async (_label, text) => {
      handler = (_request, response) => {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(text);
      };
      const error = await failureOf(createHttpFetcher({ baseUrl })({ kind: 'sql', sql: 'SELECT 1' }, { signal: signal() }));
      expect(error.code).toBe('INVALID_RESPONSE');
      expect(error.retryable).toBe(false);
    });

    it('turns a refused connection into a retryable NETWORK_ERROR', async () => {
      const closed = createServer();
      await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
      const port = (closed.address() as AddressInfo).port;
      await new Promise<void>((resolve) => closed.close(() => resolve()));
      const error = await failureOf(createHttpFetcher({ baseUrl: `http://127.0.0.1:${port}` })({ kind: 'schema' }, { signal: signal() }));
      expect(error).toMatchObject({ code: 'NETWORK_ERROR', status: 0, retryable: true });
    });

    it('turns an abort in flight into ABORTED, which is not retryable', async () => {
      handler = (_request, response) => setTimeout(() => json(response, 200, { ok: true }), 2_000);
      const controller = new AbortController();
      const pending = createHttpFetcher({ baseUrl })({ kind: 'schema' }, { signal: controller.signal });
      await vi.waitFor(() => expect(received).toHaveLength(1));
      controller.abort();
      const error = await failureOf(pending);
      expect(error).toMatchObject({ code: 'ABORTED', retryable: false });
    });

    it('sends nothing for a signal that is already aborted', async () => {
      const controller = new AbortController();
      controller.abort();
      const error = await failureOf(createHttpFetcher({ baseUrl })({ kind: 'schema' }, { signal: controller.signal }));
      expect(error.code).toBe('ABORTED');
      expect(received).toHaveLength(0);
    });
  });
});

describe('createHttpFetcher → QueryClient → decode: Decimals sent as JSON numbers', () => {
  it('yields every digit of a Decimal column, as the real API sends it (unquoted)', async () => {
    handler = (_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(
        '{"columns":[{"name":"credits","type":"Decimal(38, 6)"},{"name":"cost","type":"Nullable(Decimal(38, 12))"},{"name":"share","type":"Float64"}],' +
          '"rows":[[12345678901234567890123456789012.123456,-0.000000000001,0.1],[-3131214313337191000.5,null,1e-7],[1e-6,123456789012.000000000001,2]],' +
          '"meta":{"rowCount":3,"elapsedMs":2,"truncated":false}}',
      );
    };
    const client = new QueryClient({ fetcher: createHttpFetcher({ baseUrl }) });
    const result = (await client.fetchQuery({ kind: 'sql', sql: 'SELECT 1' })) as { rows: Record<string, unknown>[] };
    expect(result.rows).toEqual([
      { credits: '12345678901234567890123456789012.123456', cost: '-0.000000000001', share: 0.1 },
      { credits: '-3131214313337191000.5', cost: null, share: 1e-7 },
      { credits: '0.000001', cost: '123456789012.000000000001', share: 2 },
    ]);
    client.dispose();
  });
});

describe('createProxyFetcher', () => {
  it('sends a named query as { name, params }, even with SQL already attached, and resolves to the parsed body', async () => {
    const fetcher = createProxyFetcher({ baseUrl: `${baseUrl}/`, headers: { 'x-tenant': 't1' } });
    const body = await fetcher({ kind: 'query', name: 'usage-trends', params: USAGE_PARAMS, sql: 'SELECT 42' }, { signal: signal() });
    expect(body).toEqual({ ok: true });
    expect(received[0]).toMatchObject({ method: 'POST', url: '/api/analytics/query' });
    expect(received[0]!.headers['x-tenant']).toBe('t1');
    expect(JSON.parse(received[0]!.body)).toEqual({ name: 'usage-trends', params: USAGE_PARAMS });
  });

  it('refuses compile: client and a missing baseUrl at once, as BAD_REQUEST', () => {
    const options = { baseUrl, compile: 'client' } as unknown as Parameters<typeof createProxyFetcher>[0];
    expect(() => createProxyFetcher(options)).toThrow(expect.objectContaining({ code: 'BAD_REQUEST' }));
    expect(() => createProxyFetcher({ baseUrl: ' ' })).toThrow(expect.objectContaining({ code: 'BAD_REQUEST' }));
  });
});
