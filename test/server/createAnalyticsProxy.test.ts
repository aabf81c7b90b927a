/**
 * The proxy's mechanics against a programmable upstream on loopback HTTP: routing, methods, scope
 * resolution, raw SQL policy, body limits, upstream failures (timeouts, 429, refused key) and the
 * guarantee that the API key appears in no response and no log event.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Scope } from '../../src/core/contract';
import { PAID_ANALYTICS_URL } from '../../src/core/contract';
import { AnalyticsError } from '../../src/core/errors';
import { createAnalyticsProxy } from '../../src/server/createAnalyticsProxy';
import type { AnalyticsProxyOptions, ProxyQueryEvent } from '../../src/server/proxyOptions';
import { json, startFakeUpstream } from './fakeUpstream';
import type { FakeUpstream } from './fakeUpstream';

const API_KEY = 'pk_test_SECRET_4f9a2c';
const BASE = 'http://host.example/api/analytics';
const CUSTOMER_SCOPE: Scope = { customerIds: ['cus_a'] };

let upstream: FakeUpstream;
beforeAll(async () => {
  upstream = await startFakeUpstream();
});
afterAll(async () => {
  await upstream.close();
});
afterEach(() => {
  upstream.requests.length = 0;
  upstream.answer((_request, res) => json(res, 200, { columns: [], rows: [], meta: { rowCount: 0, elapsedMs: 1, truncated: false } }));
});

function proxyWith(overrides: Partial<AnalyticsProxyOptions> = {}, events: ProxyQueryEvent[] = []) {
  return createAnalyticsProxy({
    upstream: { baseUrl: upstream.url, apiKey: API_KEY },
    resolveScope: () => ({}),
    onQuery: (event) => events.push(event),
    ...overrides,
  });
}

function post(path: string, body: unknown): Request {
  return new Request(`${BASE}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

async function bodyOf(response: Response): Promise<Record<string, unknown>> {
  return (await response.json()) as Record<string, unknown>;
}

describe('createAnalyticsProxy: routes and methods', () => {
  it('answers an unknown route with 404 NOT_FOUND', async () => {
    const response = await proxyWith()(new Request(`${BASE}/tables`));
    expect(response.status).toBe(404);
    expect(await bodyOf(response)).toMatchObject({ code: 'NOT_FOUND' });
    expect(upstream.requests).toHaveLength(0);
  });

  it('answers a wrong method with 405 and an Allow header', async () => {
    const proxy = proxyWith();
    const getQuery = await proxy(new Request(`${BASE}/query`));
    expect(getQuery.status).toBe(405);
    expect(getQuery.headers.get('allow')).toBe('POST');
    expect(await bodyOf(getQuery)).toMatchObject({ code: 'METHOD_NOT_ALLOWED' });
    const postSchema = await proxy(post('/schema', {}));
    expect(postSchema.status).toBe(405);
    expect(postSchema.headers.get('allow')).toBe('GET');
    expect(upstream.requests).toHaveLength(0);
  });

  it('marks every response no-store, successes and errors alike', async () => {
    const proxy = proxyWith();
    for (const response of [
      await proxy(new Request(`${BASE}/schema`)),
      await proxy(new Request(`${BASE}/nope`)),
      await proxy(post('/query', '{')),
    ]) {
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(response.headers.get('content-type')).toContain('application/json');
    }
  });

  it('passes GET /schema through with the key as a Bearer token', async () => {
    const schema = { views: [{ name: 'fact_signal', comment: 'signals', columns: [] }] };
    upstream.answer((_request, res) => json(res, 200, schema));
    const response = await proxyWith()(new Request(`${BASE}/schema`));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(schema);
    expect(upstream.requests).toEqual([
      expect.objectContaining({ method: 'GET', url: '/api/v2/experimental/analytics/schema', authorization: `Bearer ${API_KEY}` }),
    ]);
  });

  it('forwards only the documented params of GET /signals/metadata for a trusted user', async () => {
    const metadata = { signals: [], meta: { fromDate: '2026-10-01T00:00:00.000Z', toDate: '2026-11-01T00:00:00.000Z' } };
    upstream.answer((_request, res) => json(res, 200, metadata));
    const response = await proxyWith()(new Request(`${BASE}/signals/metadata?signalName=email-triage&fromDate=2026-10-01&debug=1`));
    expect(await response.json()).toEqual(metadata);
    const url = new URL(upstream.requests[0]!.url, 'http://x');
    expect(url.pathname).toBe('/api/v2/experimental/analytics/signals/metadata');
    expect([...url.searchParams.keys()].sort()).toEqual(['fromDate', 'signalName']);
  });

  it("computes a scoped user's signal metadata with a scoped query instead of the organization-wide endpoint", async () => {
    upstream.answer((_request, res) =>
      json(res, 200, {
        columns: [],
        rows: [
          ['chat', 'tool', ['String']],
          ['chat', 'tokens', ['Int64']],
          ['triage', 'account_id', ['String']],
        ],
        meta: { rowCount: 3, elapsedMs: 1, truncated: false },
      }),
    );
    const proxy = proxyWith({ resolveScope: () => CUSTOMER_SCOPE });
    const response = await proxy(new Request(`${BASE}/signals/metadata?fromDate=2026-10-01T00:00:00Z&toDate=2026-11-01T00:00:00Z`));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      signals: [
        { signalName: 'chat', paths: [{ path: 'tool', types: ['String'] }, { path: 'tokens', types: ['Int64'] }] },
        { signalName: 'triage', paths: [{ path: 'account_id', types: ['String'] }] },
      ],
      meta: { fromDate: '2026-10-01T00:00:00.000Z', toDate: '2026-11-01T00:00:00.000Z' },
    });
    expect(upstream.requests).toHaveLength(1);
    expect(upstream.requests[0]!.url).toBe('/api/v2/experimental/analytics/query');
    expect(JSON.parse(upstream.requests[0]!.body).query).toContain("customer_id IN ('cus_a')");
  });

  it('refuses a scoped metadata window whose fromDate is after toDate, as the API does', async () => {
    const proxy = proxyWith({ resolveScope: () => CUSTOMER_SCOPE });
    const response = await proxy(new Request(`${BASE}/signals/metadata?fromDate=2026-11-02&toDate=2026-11-01`));
    expect(response.status).toBe(400);
    expect(await bodyOf(response)).toMatchObject({ code: 'INVALID_DATE_RANGE' });
    const unreadable = await proxy(new Request(`${BASE}/signals/metadata?fromDate=yesterday`));
    expect(await bodyOf(unreadable)).toMatchObject({ code: 'INVALID_PARAMS' });
    expect(upstream.requests).toHaveLength(0);
  });
});

describe('createAnalyticsProxy: scope', () => {
  it('answers 401 UNAUTHORIZED when resolveScope returns null, without calling upstream', async () => {
    const response = await proxyWith({ resolveScope: async () => null })(new Request(`${BASE}/schema`));
    expect(response.status).toBe(401);
    expect(await bodyOf(response)).toMatchObject({ code: 'UNAUTHORIZED' });
    expect(upstream.requests).toHaveLength(0);
  });

  it('fails closed with 500 on a malformed scope instead of treating it as unscoped', async () => {
    const malformed = (() => ({ customerIds: 'cus_a' })) as unknown as AnalyticsProxyOptions['resolveScope'];
    const response = await proxyWith({ resolveScope: malformed })(post('/query', { query: 'SELECT 1' }));
    expect(response.status).toBe(500);
    expect(await bodyOf(response)).toMatchObject({ code: 'INTERNAL_ERROR' });
    expect(upstream.requests).toHaveLength(0);
  });

  it('fails closed with 500 on a scope holding an empty customer id', async () => {
    for (const customerIds of [[''], ['cus_a', '  '], [42]]) {
      const resolveScope = (() => ({ customerIds })) as unknown as AnalyticsProxyOptions['resolveScope'];
      const response = await proxyWith({ resolveScope })(post('/query', { name: 'usage-summary', params: {} }));
      expect(response.status).toBe(500);
      expect(await bodyOf(response)).toMatchObject({ code: 'INTERNAL_ERROR' });
    }
    expect(upstream.requests).toHaveLength(0);
  });

  it("answers the host's own AnalyticsError from resolveScope as is", async () => {
    const resolveScope = () => {
      throw new AnalyticsError({ code: 'ACCESS_DENIED', message: 'Your plan has no analytics.' });
    };
    const response = await proxyWith({ resolveScope })(new Request(`${BASE}/schema`));
    expect(response.status).toBe(403);
    expect(await bodyOf(response)).toEqual({ error: 'Your plan has no analytics.', code: 'ACCESS_DENIED' });
  });

  it('hides the message of anything else resolveScope throws behind a 500', async () => {
    const resolveScope = () => {
      throw new Error('session store at 10.0.0.5 unreachable');
    };
    const response = await proxyWith({ resolveScope })(new Request(`${BASE}/schema`));
    expect(response.status).toBe(500);
    expect(JSON.stringify(await bodyOf(response))).not.toContain('10.0.0.5');
  });
});

describe('createAnalyticsProxy: raw SQL', () => {
  it('refuses raw SQL with 403 SQL_NOT_ALLOWED by default, even for a trusted user', async () => {
    const proxy = proxyWith();
    for (const body of [{ query: 'SELECT 1' }, { kind: 'sql', sql: 'SELECT 1' }]) {
      const response = await proxy(post('/query', body));
      expect(response.status).toBe(403);
      expect(await bodyOf(response)).toMatchObject({ code: 'SQL_NOT_ALLOWED' });
    }
    expect(upstream.requests).toHaveLength(0);
  });

  it('forwards raw SQL as the API body when allowSql says the user is trusted', async () => {
    const seen: Scope[] = [];
    const proxy = proxyWith({
      allowSql: (_request, scope) => {
        seen.push(scope);
        return scope.customerIds === undefined;
      },
    });
    const response = await proxy(post('/query', { kind: 'sql', sql: 'SELECT count() FROM fact_signal' }));
    expect(response.status).toBe(200);
    expect(seen).toEqual([{}]);
    expect(JSON.parse(upstream.requests[0]!.body)).toEqual({ query: 'SELECT count() FROM fact_signal' });
  });

  it('still refuses anything but one SELECT/WITH from a trusted user, before calling upstream', async () => {
    const proxy = proxyWith({ allowSql: () => true });
    const response = await proxy(post('/query', { query: 'SELECT 1; DROP TABLE fact_signal' }));
    expect(response.status).toBe(400);
    expect(await bodyOf(response)).toMatchObject({ code: 'INVALID_QUERY' });
    expect(upstream.requests).toHaveLength(0);
  });

  it('treats only a literal true from allowSql as permission', async () => {
    const allowSql = (() => 'yes') as unknown as AnalyticsProxyOptions['allowSql'];
    const response = await proxyWith({ allowSql })(post('/query', { query: 'SELECT 1' }));
    expect(response.status).toBe(403);
  });
});

describe('createAnalyticsProxy: request bodies', () => {
  it('answers malformed JSON with 400 BAD_REQUEST', async () => {
    const response = await proxyWith()(post('/query', '{"name": "usage-trends",'));
    expect(response.status).toBe(400);
    expect(await bodyOf(response)).toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('answers a body over maxBodyBytes with 413 while reading it, whatever Content-Length says', async () => {
    const chunk = new TextEncoder().encode(`{"query":"${'x'.repeat(1000)}`);
    let pulls = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulls += 1;
        if (pulls > 10_000) controller.close();
        else controller.enqueue(chunk);
      },
    });
    const request = new Request(`${BASE}/query`, { method: 'POST', body, duplex: 'half' } as RequestInit);
    const response = await proxyWith({ maxBodyBytes: 4096 })(request);
    expect(response.status).toBe(413);
    expect(await bodyOf(response)).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
    expect(pulls).toBeLessThan(20);
  });

  it('defaults the body limit to 64 KiB', async () => {
    const response = await proxyWith({ allowSql: () => true })(post('/query', { query: `SELECT '${'x'.repeat(70_000)}'` }));
    expect(response.status).toBe(413);
  });
});

describe('createAnalyticsProxy: upstream failures', () => {
  it('passes an upstream error through with its status, code and details', async () => {
    upstream.answer((_request, res) => json(res, 400, { error: 'Unknown column', code: 'QUERY_ERROR', details: 'Missing columns: nope' }));
    const response = await proxyWith({ allowSql: () => true })(post('/query', { query: 'SELECT nope' }));
    expect(response.status).toBe(400);
    expect(await bodyOf(response)).toEqual({ error: 'Unknown column', code: 'QUERY_ERROR', details: 'Missing columns: nope' });
  });

  it('keeps Retry-After on an upstream 429', async () => {
    upstream.answer((_request, res) =>
      json(res, 429, { error: 'Too many concurrent queries', code: 'CONCURRENCY_LIMIT_EXCEEDED' }, { 'Retry-After': '7' }),
    );
    const response = await proxyWith()(new Request(`${BASE}/schema`));
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('7');
    expect(await bodyOf(response)).toMatchObject({ code: 'CONCURRENCY_LIMIT_EXCEEDED' });
  });

  it('answers an upstream error without a JSON body with its status and UPSTREAM_ERROR', async () => {
    upstream.answer((_request, res) => {
      res.writeHead(503, { 'Content-Type': 'text/html' });
      res.end('<html>maintenance</html>');
    });
    const response = await proxyWith()(new Request(`${BASE}/schema`));
    expect(response.status).toBe(503);
    expect(await bodyOf(response)).toMatchObject({ code: 'UPSTREAM_ERROR' });
  });

  it('answers a 2xx upstream body that is not JSON with 502', async () => {
    upstream.answer((_request, res) => {
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      res.end('ok');
    });
    const response = await proxyWith()(new Request(`${BASE}/schema`));
    expect(response.status).toBe(502);
    expect(await bodyOf(response)).toMatchObject({ code: 'UPSTREAM_ERROR' });
  });

  it('cuts an upstream that never answers at timeoutMs with 504 UPSTREAM_TIMEOUT', async () => {
    const silent = createServer(() => {
      // never answers
    });
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as AddressInfo;
    try {
      const proxy = createAnalyticsProxy({
        upstream: { baseUrl: `http://127.0.0.1:${port}/api/v2/experimental/analytics`, apiKey: API_KEY },
        resolveScope: () => ({}),
        timeoutMs: 300,
      });
      const started = performance.now();
      const response = await proxy(new Request(`${BASE}/schema`));
      const elapsed = performance.now() - started;
      expect(response.status).toBe(504);
      expect(await bodyOf(response)).toMatchObject({ code: 'UPSTREAM_TIMEOUT' });
      expect(elapsed).toBeGreaterThanOrEqual(290);
      expect(elapsed).toBeLessThan(3000);
    } finally {
      silent.closeAllConnections();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  });

  it('cuts an upstream that sends headers and then stalls the body', async () => {
    upstream.answer((_request, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.write('{"views": [');
    });
    const response = await proxyWith({ timeoutMs: 300 })(new Request(`${BASE}/schema`));
    expect(response.status).toBe(504);
  });

  it('answers an unreachable upstream with 502 UPSTREAM_ERROR', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const proxy = createAnalyticsProxy({
      upstream: { baseUrl: `http://127.0.0.1:${port}`, apiKey: API_KEY },
      resolveScope: () => ({}),
    });
    const response = await proxy(new Request(`${BASE}/schema`));
    expect(response.status).toBe(502);
    expect(await bodyOf(response)).toMatchObject({ code: 'UPSTREAM_ERROR' });
  });

  it('cancels the upstream call when the browser goes away', async () => {
    upstream.answer(() => {
      // hangs until the proxy gives up on it
    });
    const browser = new AbortController();
    const pending = proxyWith()(new Request(`${BASE}/schema`, { signal: browser.signal }));
    await expect.poll(() => upstream.requests.length).toBe(1);
    browser.abort();
    const response = await pending;
    expect(response.status).toBe(499);
    await expect.poll(() => upstream.closedEarly()).toBeGreaterThanOrEqual(1);
  });
});

describe('createAnalyticsProxy: the API key stays on the server', () => {
  it('maps an upstream 401 (the key refused) to 502 with a generic message', async () => {
    upstream.answer((request, res) => json(res, 401, { error: `Invalid API key: ${request.authorization}`, code: 'UNAUTHORIZED' }));
    const events: ProxyQueryEvent[] = [];
    const response = await proxyWith({}, events)(new Request(`${BASE}/schema`));
    const text = await response.text();
    expect(response.status).toBe(502);
    expect(JSON.parse(text)).toMatchObject({ code: 'UPSTREAM_ERROR' });
    expect(text).not.toContain(API_KEY);
    expect(JSON.stringify(events)).not.toContain(API_KEY);
  });

  it('redacts the key from upstream error bodies and success bodies it forwards', async () => {
    const proxy = proxyWith({ allowSql: () => true });
    upstream.answer((_request, res) => json(res, 400, { error: `bad query for ${API_KEY}`, code: 'QUERY_ERROR', details: `key=${API_KEY}` }));
    const failed = await (await proxy(post('/query', { query: 'SELECT 1' }))).text();
    upstream.answer((_request, res) => json(res, 200, { columns: [{ name: 'k', type: 'String' }], rows: [[API_KEY]], meta: { rowCount: 1, elapsedMs: 1, truncated: false } }));
    const succeeded = await (await proxy(post('/query', { query: 'SELECT 1' }))).text();
    for (const text of [failed, succeeded]) {
      expect(text).not.toContain(API_KEY);
      expect(text).toContain('[REDACTED]');
    }
  });

  it('keeps the key out of every onQuery event and reports what was served', async () => {
    const events: ProxyQueryEvent[] = [];
    const proxy = proxyWith({ resolveScope: () => CUSTOMER_SCOPE }, events);
    await proxy(new Request(`${BASE}/schema`));
    await proxy(post('/query', { query: 'SELECT 1' }));
    expect(events).toEqual([
      { kind: 'schema', scope: CUSTOMER_SCOPE, status: 200, durationMs: expect.any(Number) },
      {
        kind: 'sql',
        scope: CUSTOMER_SCOPE,
        status: 403,
        durationMs: expect.any(Number),
        error: { code: 'SQL_NOT_ALLOWED', message: expect.stringContaining('Raw SQL is not allowed') },
      },
    ]);
    expect(JSON.stringify(events)).not.toContain(API_KEY);
  });

  it('answers normally when onQuery throws', async () => {
    const proxy = proxyWith({
      onQuery: () => {
        throw new Error('logger down');
      },
    });
    expect((await proxy(new Request(`${BASE}/schema`))).status).toBe(200);
  });

  it('starts without an API key (a build without secrets) and answers each request 500 PROXY_NOT_CONFIGURED', async () => {
    for (const apiKey of [undefined, '', '  ']) {
      const events: ProxyQueryEvent[] = [];
      const proxy = createAnalyticsProxy({
        upstream: { baseUrl: upstream.url, apiKey },
        resolveScope: () => ({}),
        onQuery: (event) => events.push(event),
      });
      for (const request of [new Request(`${BASE}/schema`), post('/query', { name: 'usage-trends', params: {} })]) {
        const response = await proxy(request);
        expect(response.status).toBe(500);
        expect(await bodyOf(response)).toEqual({
          code: 'INTERNAL_ERROR',
          error: expect.stringContaining('no API key'),
          details: 'PROXY_NOT_CONFIGURED',
        });
      }
      expect(events.map((event) => event.status)).toEqual([500, 500]);
    }
    expect(upstream.requests).toHaveLength(0);
  });

  it('takes an unset or empty baseUrl (an unset PAID_API_URL) as the default endpoint', async () => {
    const calls: string[] = [];
    const recordingFetch = async (input: string) => {
      calls.push(input);
      return new Response('{"views":[]}', { status: 200, headers: { 'content-type': 'application/json' } });
    };
    for (const baseUrl of [undefined, '']) {
      const proxy = createAnalyticsProxy({ upstream: { baseUrl, apiKey: API_KEY, fetch: recordingFetch }, resolveScope: () => ({}) });
      expect((await proxy(new Request(`${BASE}/schema`))).status).toBe(200);
    }
    expect(calls).toEqual([`${PAID_ANALYTICS_URL}/schema`, `${PAID_ANALYTICS_URL}/schema`]);
  });

  it('refuses to start without a resolveScope function', () => {
    expect(() =>
      createAnalyticsProxy({ upstream: { apiKey: API_KEY }, resolveScope: undefined as unknown as AnalyticsProxyOptions['resolveScope'] }),
    ).toThrow(AnalyticsError);
  });
});
