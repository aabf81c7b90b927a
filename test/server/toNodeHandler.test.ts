/**
 * `toNodeHandler` serving real `node:http` servers on loopback, with and without a body parser
 * having consumed the request first (as Express's `express.json()` does).
 */
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { connect } from 'node:net';
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

  it('answers TRACE (a method Fetch refuses) with 405 and Allow, never 500', async () => {
    // CONNECT never reaches a request handler (node:http emits a 'connect' event), TRACK is refused by its parser.
    const base = await listen(toNodeHandler(proxy()));
    for (const method of ['TRACE']) {
      const response = await rawRequest(base, `${method} /analytics/query HTTP/1.1\r\nHost: example.com\r\nConnection: close\r\n\r\n`);
      expect(response.status, method).toBe(405);
      expect(response.headers['allow'], method).toBe('GET, POST');
      expect(JSON.parse(response.body), method).toMatchObject({ code: 'METHOD_NOT_ALLOWED' });
    }
    expect(upstream.requests).toHaveLength(0);
  });

  it('answers other unknown methods on a route with 405 and the route\'s Allow', async () => {
    const base = await listen(toNodeHandler(proxy()));
    for (const method of ['PUT', 'DELETE', 'PATCH', 'OPTIONS', 'PROPFIND']) {
      const response = await rawRequest(base, `${method} /analytics/query HTTP/1.1\r\nHost: a\r\nx-user: staff\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`);
      expect(response.status, method).toBe(405);
      expect(response.headers['allow'], method).toBe('POST');
    }
  });

  it('answers an unparsable Host header or target with 400 BAD_REQUEST, never 500', async () => {
    const base = await listen(toNodeHandler(proxy()));
    const cases = [
      'GET /analytics/schema HTTP/1.1\r\nHost: [::1\r\n',
      'GET /analytics/schema HTTP/1.1\r\nHost: a b\r\n',
      'GET /analytics/schema HTTP/1.1\r\nHost: a/b\r\n',
      'GET /analytics/schema HTTP/1.1\r\nHost: user@a\r\n',
      'GET /analytics/schema HTTP/1.1\r\nHost: a:99999999\r\n',
      'GET http://[bad/analytics/schema HTTP/1.1\r\nHost: a\r\n',
    ];
    for (const head of cases) {
      const response = await rawRequest(base, `${head}x-user: staff\r\nConnection: close\r\n\r\n`);
      expect(response.status, head).toBe(400);
      expect(JSON.parse(response.body), head).toMatchObject({ code: 'BAD_REQUEST' });
    }
    expect(upstream.requests).toHaveLength(0);
  });

  it('answers malformed JSON with 400, with or without a body parser first', async () => {
    const base = await listen(toNodeHandler(proxy()));
    const body = '{"name": "usage-trends",';
    const response = await rawRequest(
      base,
      `POST /analytics/query HTTP/1.1\r\nHost: a\r\nx-user: staff\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`,
    );
    expect(response.status).toBe(400);
    expect(JSON.parse(response.body)).toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('keeps an origin-form target beginning with // on the Host, never another host', async () => {
    let seen: string | undefined;
    const base = await listen(
      toNodeHandler(async (request) => {
        seen = request.url;
        return new Response('ok');
      }),
    );
    const response = await rawRequest(base, 'GET //evil.example/analytics/schema HTTP/1.1\r\nHost: good.example\r\nConnection: close\r\n\r\n');
    expect(response.status).toBe(200);
    expect(seen).toBe('http://good.example//evil.example/analytics/schema');
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

/** Sends raw bytes (requests `fetch` refuses to send) and parses the one HTTP/1.1 answer. */
async function rawRequest(
  base: string,
  text: string,
): Promise<{ status: number; headers: Record<string, string>; body: string }> {
  const { hostname, port } = new URL(base);
  const received = await new Promise<string>((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.end(text));
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    socket.on('error', reject);
    socket.setTimeout(10_000, () => socket.destroy(new Error('no answer in 10 s')));
  });
  const [head = '', ...rest] = received.split('\r\n\r\n');
  const [statusLine = '', ...headerLines] = head.split('\r\n');
  const headers: Record<string, string> = {};
  for (const line of headerLines) {
    const colon = line.indexOf(':');
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  let body = rest.join('\r\n\r\n');
  if (headers['transfer-encoding'] === 'chunked') body = dechunk(body);
  return { status: Number(statusLine.split(' ')[1]), headers, body };
}

function dechunk(text: string): string {
  let out = '';
  let rest = text;
  for (;;) {
    const lineEnd = rest.indexOf('\r\n');
    const size = Number.parseInt(rest.slice(0, lineEnd), 16);
    if (!(size > 0)) return out;
    out += rest.slice(lineEnd + 2, lineEnd + 2 + size);
    rest = rest.slice(lineEnd + 2 + size + 2);
  }
}
