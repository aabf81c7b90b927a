/**
 * `toNodeHandler` serving real `node:http` servers on loopback, with and without a body parser
 * having consumed the request first (as Express's `express.json()` does).
 */
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createAnalyticsProxy } from '../../src/server/createAnalyticsProxy';
import { toNodeHandler } from '../../src/server/toNodeHandler';
import { json, startFakeUpstream } from './fakeUpstream';
import type { FakeUpstream } from './fakeUpstream';

const API_KEY = 'pk_test_NODE_77';

let upstream: FakeUpstream;
const servers: Server[] = [];
beforeAll(async () => {
  upstream = await startFakeUpstream();
});
afterAll(async () => {
  await upstream.close();
});
afterEach(async () => {
  upstream.requests.length = 0;
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});

function proxy() {
  return createAnalyticsProxy({
    upstream: { baseUrl: upstream.url, apiKey: API_KEY },
    resolveScope: (request) => (request.headers.get('x-user') === 'staff' ? {} : null),
    allowSql: (_request, scope) => scope.customerIds === undefined,
    maxBodyBytes: 1024,
  });
}

async function listen(listener: (req: IncomingMessage, res: ServerResponse) => void): Promise<string> {
  const server = createServer(listener);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** What `express.json()` does: read the whole body, parse it, set `req.body`, then call on. */
function parseJsonFirst(next: (req: IncomingMessage, res: ServerResponse) => void) {
  return (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      (req as IncomingMessage & { body?: unknown }).body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      next(req, res);
    });
  };
}

describe('toNodeHandler', () => {
  it('serves the proxy from a node:http server, with its status, headers and body', async () => {
    const schema = { views: [{ name: 'dim_customer', comment: 'c', columns: [] }] };
    upstream.answer((_request, res) => json(res, 200, schema));
    const base = await listen(toNodeHandler(proxy()));
    const response = await fetch(`${base}/api/analytics/schema`, { headers: { 'x-user': 'staff' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual(schema);
    const anonymous = await fetch(`${base}/api/analytics/schema`);
    expect(anonymous.status).toBe(401);
  });

  it('streams a POST body through to the proxy', async () => {
    const base = await listen(toNodeHandler(proxy()));
    const response = await fetch(`${base}/analytics/query`, {
      method: 'POST',
      headers: { 'x-user': 'staff', 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'SELECT 42' }),
    });
    expect(response.status).toBe(200);
    expect(JSON.parse(upstream.requests[0]!.body)).toEqual({ query: 'SELECT 42' });
  });

  it('streams a large body in many chunks intact', async () => {
    const large = createAnalyticsProxy({
      upstream: { baseUrl: upstream.url, apiKey: API_KEY },
      resolveScope: () => ({}),
      allowSql: () => true,
      maxBodyBytes: 2_000_000,
    });
    const base = await listen(toNodeHandler(large));
    const sql = `SELECT '${'ü'.repeat(300_000)}'`;
    const response = await fetch(`${base}/analytics/query`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: sql }),
    });
    expect(response.status).toBe(200);
    expect(JSON.parse(upstream.requests[0]!.body)).toEqual({ query: sql });
  });

  it('answers an oversized upload with 413 rather than a reset connection', async () => {
    const base = await listen(toNodeHandler(proxy()));
    const response = await fetch(`${base}/analytics/query`, {
      method: 'POST',
      headers: { 'x-user': 'staff', 'content-type': 'application/json' },
      body: JSON.stringify({ query: `SELECT '${'x'.repeat(200_000)}'` }),
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
    expect(upstream.requests).toHaveLength(0);
  });

  it('re-serializes a body a JSON body parser already consumed', async () => {
    const base = await listen(parseJsonFirst(toNodeHandler(proxy())));
    const response = await fetch(`${base}/analytics/query`, {
      method: 'POST',
      headers: { 'x-user': 'staff', 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'sql', sql: 'SELECT 7' }),
    });
    expect(response.status).toBe(200);
    expect(JSON.parse(upstream.requests[0]!.body)).toEqual({ query: 'SELECT 7' });
  });

  it('reads the stream when a body parser left it unread and only set req.body = {}', async () => {
    const handler = toNodeHandler(proxy());
    const base = await listen((req, res) => {
      (req as IncomingMessage & { body?: unknown }).body = {};
      handler(req, res);
    });
    const response = await fetch(`${base}/analytics/query`, {
      method: 'POST',
      headers: { 'x-user': 'staff', 'content-type': 'text/plain' },
      body: JSON.stringify({ query: 'SELECT 8' }),
    });
    expect(response.status).toBe(200);
    expect(JSON.parse(upstream.requests[0]!.body)).toEqual({ query: 'SELECT 8' });
  });

  it("hands a failure of the handler itself to Express's next, or answers 500 without one", async () => {
    const failing = toNodeHandler(async () => {
      throw new Error('boom');
    });
    const received: unknown[] = [];
    const withNext = await listen((req, res) =>
      failing(req, res, (error) => {
        received.push(error);
        res.statusCode = 418;
        res.end();
      }),
    );
    expect((await fetch(`${withNext}/x/schema`)).status).toBe(418);
    expect(received).toEqual([expect.objectContaining({ message: 'boom' })]);

    const withoutNext = await listen(failing);
    const response = await fetch(`${withoutNext}/x/schema`);
    expect(response.status).toBe(500);
    expect(await response.json()).toMatchObject({ code: 'INTERNAL_ERROR' });
  });

  it('aborts the request signal when the client disconnects', async () => {
    let seen: AbortSignal | undefined;
    const base = await listen(
      toNodeHandler(async (request) => {
        seen = request.signal;
        await new Promise((resolve) => request.signal.addEventListener('abort', resolve));
        return new Response('late');
      }),
    );
    const client = new AbortController();
    const pending = fetch(`${base}/x/schema`, { signal: client.signal }).catch((error: unknown) => error);
    await expect.poll(() => seen).toBeDefined();
    client.abort();
    await pending;
    await expect.poll(() => seen?.aborted).toBe(true);
  });
});
