/**
 * `examples/express`: the proxy mounted with `toNodeHandler` in Express 5 and Express 4, each with
 * and without `express.json()` before it, installed from the packed library and run against the
 * emulator: named queries answer 200 with rows, raw SQL 403, no session 401.
 */
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { queryRows, startTestEmulator, TEST_ANCHOR_DATE, type TestEmulator } from '../support/emulator';
import { cleanEnv, startLongRunning, type LongRunning } from './support/exampleHost';

let emulator: TestEmulator;
let server: LongRunning | undefined;
let urls: Record<string, string>;
let versions: Record<string, string>;
let customerId: string;

beforeAll(async () => {
  emulator = await startTestEmulator();
  const [row] = (await queryRows(emulator, 'SELECT id FROM dim_customer ORDER BY id LIMIT 1')).rows;
  customerId = String(row?.[0]);
  const running = await startLongRunning('node', ['variants.js'], {
    cwd: inject('exampleDirs').express!,
    env: cleanEnv({ PAID_API_KEY: emulator.apiKey, PAID_API_URL: emulator.url }),
    ready: /^\{"urls".*\}$/m,
  });
  server = running;
  ({ urls, versions } = JSON.parse(running.match[0]) as { urls: Record<string, string>; versions: Record<string, string> });
});

afterAll(async () => {
  await server?.stop();
  await emulator?.close();
});

const usageTrends = {
  name: 'usage-trends',
  params: { from: `${TEST_ANCHOR_DATE.slice(0, 8)}01T00:00:00Z`, to: `${TEST_ANCHOR_DATE}T00:00:00Z`, granularity: 'day' },
};

function post(url: string, body: unknown, session?: string): Promise<Response> {
  return fetch(`${url}/query`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(session === undefined ? {} : { cookie: `session=${session}` }) },
    body: JSON.stringify(body),
  });
}

describe('examples/express', () => {
  it('runs Express 5 and Express 4, each with and without express.json()', () => {
    expect(Object.keys(urls).sort()).toEqual(['express4', 'express4+json', 'express5', 'express5+json']);
    expect(versions.express5).toMatch(/^5\./);
    expect(versions.express4).toMatch(/^4\./);
  });

  for (const variant of ['express5', 'express5+json', 'express4', 'express4+json']) {
    describe(variant, () => {
      it('answers a named query 200 with rows, for a customer and for staff', async () => {
        for (const session of [`customer:${customerId}`, 'staff']) {
          const response = await post(urls[variant]!, usageTrends, session);
          const body = (await response.json()) as { rows?: unknown[]; columns?: unknown[] };
          expect(response.status, `${session}: ${JSON.stringify(body).slice(0, 300)}`).toBe(200);
          expect(body.columns).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'signals' })]));
          expect(body.rows?.length).toBeGreaterThan(0);
        }
      });

      it('refuses raw SQL with 403 SQL_NOT_ALLOWED, and nobody signed in with 401', async () => {
        for (const body of [{ query: 'SELECT 1' }, { kind: 'sql', sql: 'SELECT count() FROM fact_signal' }]) {
          const response = await post(urls[variant]!, body, `customer:${customerId}`);
          expect(response.status).toBe(403);
          expect(await response.json()).toMatchObject({ code: 'SQL_NOT_ALLOWED' });
        }
        expect((await post(urls[variant]!, usageTrends)).status).toBe(401);
      });

      it('answers TRACE with 405 and an unparsable Host header with 400, never 500', async () => {
        const { port } = new URL(urls[variant]!);
        const trace = await rawStatus(Number(port), 'TRACE /api/analytics/query HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n');
        expect(trace).toBe(405);
        const badHost = await rawStatus(Number(port), 'GET /api/analytics/schema HTTP/1.1\r\nHost: [::1\r\nCookie: session=staff\r\nConnection: close\r\n\r\n');
        expect(badHost).toBe(400);
      });

      it('serves the schema on GET and answers malformed JSON with 400', async () => {
        const schema = await fetch(`${urls[variant]}/schema`, { headers: { cookie: 'session=staff' } });
        expect(schema.status).toBe(200);
        const malformed = await fetch(`${urls[variant]}/query`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie: 'session=staff' },
          body: '{"name":',
        });
        expect(malformed.status).toBe(400);
      });
    });
  }
});

/** The status line's code for raw request bytes (requests `fetch` will not send). */
function rawStatus(port: number, text: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.end(text));
    let received = '';
    socket.on('data', (chunk: Buffer) => (received += chunk.toString()));
    socket.on('end', () => resolve(Number(received.split(' ')[1])));
    socket.on('error', reject);
    socket.setTimeout(10_000, () => socket.destroy(new Error('no answer in 10 s')));
  });
}
