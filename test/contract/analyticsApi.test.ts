/**
 * The published contract of the Paid Analytics API, in our own words (from Paid's SDK and
 * documentation: `shared/paid-analytics-api/contract-notes.md`), checked against the emulator
 * itself and through `createAnalyticsProxy` in front of it, so that the next drift between what
 * the library assumes and what the API sends fails here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAID_ANALYTICS_URL } from '../../src/core/contract';
import { ANALYTICS_VIEWS } from '../../src/core/views';
import { createAnalyticsProxy } from '../../src/server/createAnalyticsProxy';
import { postQuery, startTestEmulator } from '../support/emulator';
import type { TestEmulator } from '../support/emulator';
import { emulatorTarget, proxyTarget } from './support/contractTargets';
import type { ContractTarget } from './support/contractTargets';
import { rawJsonRows } from './support/rawJsonRows';

/** Per-query execution limit of this suite's emulator (the API's is 30 s). */
const QUERY_TIMEOUT_MS = 3_000;

let emulator: TestEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator({ queryTimeoutMs: QUERY_TIMEOUT_MS, concurrencyLimit: 1 });
});
afterAll(async () => {
  await emulator.close();
});

/** A statement every guard accepts that runs far past the execution limit. */
const SLOW_QUERY =
  'SELECT sum(sipHash64(a.signal_id, b.signal_id, c.signal_id)) FROM fact_signal AS a CROSS JOIN fact_signal AS b CROSS JOIN fact_signal AS c';

interface QueryBody {
  columns: { name: string; type: string }[];
  rows: unknown[][];
  meta: { rowCount: number; elapsedMs: number; truncated: boolean };
}

const TARGETS: { name: string; make: () => ContractTarget }[] = [
  { name: 'the emulator', make: () => emulatorTarget(emulator) },
  { name: 'createAnalyticsProxy (trusted user, allowSql) in front of the emulator', make: () => proxyTarget(emulator) },
];

describe.each(TARGETS)('the Analytics API contract, through $name', ({ make }) => {
  let target: ContractTarget;
  beforeAll(() => {
    target = make();
  });

  const auth = (credential = target.credential) => ({ authorization: `Bearer ${credential}` });
  const query = (sql: string) =>
    target.request('/query', { method: 'POST', headers: { ...auth(), 'content-type': 'application/json' }, body: JSON.stringify({ query: sql }) });
  const queryText = async (sql: string): Promise<{ body: QueryBody; text: string }> => {
    const response = await query(sql);
    const text = await response.text();
    expect({ status: response.status, text: response.status === 200 ? '' : text }).toEqual({ status: 200, text: '' });
    return { body: JSON.parse(text) as QueryBody, text };
  };
  /** Asserts the documented error body `{ error, code, details? }` with `status` and `code`. */
  const expectError = async (response: Response, status: number, code: string) => {
    const body = (await response.json()) as Record<string, unknown>;
    expect({ status: response.status, code: body['code'] }).toEqual({ status, code });
    expect(typeof body['error']).toBe('string');
    expect(Object.keys(body).every((key) => ['error', 'code', 'details'].includes(key))).toBe(true);
    if ('details' in body) expect(typeof body['details']).toBe('string');
    return body as { error: string; code: string; details?: string };
  };

  describe('POST /query', () => {
    it('takes { "query": "<one SELECT>" } and answers { columns: [{ name, type }], rows in column order, meta: { rowCount, elapsedMs, truncated } }', async () => {
      const { body } = await queryText('SELECT signal_name, count() AS signals FROM fact_signal GROUP BY signal_name ORDER BY signal_name');
      expect(Object.keys(body).sort()).toEqual(['columns', 'meta', 'rows']);
      expect(body.columns).toEqual([
        { name: 'signal_name', type: 'LowCardinality(String)' },
        { name: 'signals', type: 'UInt64' },
      ]);
      expect(body.rows.length).toBeGreaterThan(3);
      for (const row of body.rows) expect(row).toHaveLength(2);
      expect(Object.keys(body.meta).sort()).toEqual(['elapsedMs', 'rowCount', 'truncated']);
      expect(body.meta.rowCount).toBe(body.rows.length);
      expect(body.meta.truncated).toBe(false);
      expect(body.meta.elapsedMs).toBeGreaterThanOrEqual(0);
    });

    it('sends 64-bit integers as JSON strings and smaller integers, floats and booleans natively', async () => {
      const { body, text } = await queryText(
        'SELECT toUInt64(18446744073709551615) AS u64, toInt64(-9223372036854775808) AS i64, count() AS n, toUInt32(4294967295) AS u32, toInt8(-7) AS i8, 0.5 AS f, true AS b FROM fact_signal',
      );
      expect(body.columns.map((c) => c.type)).toEqual(['UInt64', 'Int64', 'UInt64', 'UInt32', 'Int8', 'Float64', 'Bool']);
      const [raw] = rawJsonRows(text);
      expect(raw?.slice(0, 2)).toEqual(['"18446744073709551615"', '"-9223372036854775808"']);
      expect(raw?.[2]).toMatch(/^"\d+"$/);
      expect(body.rows[0]?.slice(3)).toEqual([4294967295, -7, 0.5, true]);
    });

    it('sends Decimal columns as JSON numbers carrying exactly the digits ClickHouse prints, beyond what JSON.parse keeps', async () => {
      const { body, text } = await queryText(
        "SELECT toDecimal128('12345678901234567890.123456789012345678', 18) AS wide, toDecimal128('-0.000001', 6) AS negative, toDecimal128('0.0000000001', 10) AS tiny, toDecimal64('12.5', 4) AS trailing",
      );
      expect(body.columns.map((c) => c.type)).toEqual(['Decimal(38, 18)', 'Decimal(38, 6)', 'Decimal(38, 10)', 'Decimal(18, 4)']);
      expect(rawJsonRows(text)).toEqual([['12345678901234567890.123456789012345678', '-0.000001', '0.0000000001', '12.5']]);
      // What a plain JSON.parse makes of it: a rounded double, the reason the library reads the text.
      expect(String(body.rows[0]?.[0])).not.toBe('12345678901234567890.123456789012345678');
      expect(typeof body.rows[0]?.[0]).toBe('number');
    });

    it('sends fractional-cent costs (Decimal(38, 10)) and credit amounts (Decimal(38, 6)) as JSON numbers equal to their toString', async () => {
      const costs = await queryText('SELECT cost_amount, toString(cost_amount) FROM fact_cost ORDER BY cost_id LIMIT 200');
      expect(costs.body.columns[0]).toEqual({ name: 'cost_amount', type: 'Decimal(38, 10)' });
      const credits = await queryText(
        "SELECT amount, toString(amount) FROM fact_credit_transaction WHERE type = 'SPEND' AND amount != floor(amount) ORDER BY id LIMIT 200",
      );
      expect(credits.body.columns[0]).toEqual({ name: 'amount', type: 'Decimal(38, 6)' });
      expect(credits.body.rows.length).toBeGreaterThan(10);
      const totals = await queryText('SELECT sum(cost_amount) AS total, toString(total) FROM fact_cost');
      for (const { text } of [costs, credits, totals]) {
        for (const [number, exact] of rawJsonRows(text)) {
          expect(number).toMatch(/^-?\d+(\.\d+)?$/);
          expect(number).toBe(JSON.parse(exact ?? '') as string);
        }
      }
    });

    it('sends NULL of a Nullable column as null, and a present value in its type’s own encoding', async () => {
      const { body, text } = await queryText(
        "SELECT CAST(NULL AS Nullable(Decimal(38, 6))) AS a, CAST('1.5' AS Nullable(Decimal(38, 6))) AS b, CAST(NULL AS Nullable(Int64)) AS c, CAST(-5 AS Nullable(Int64)) AS d, CAST(NULL AS Nullable(String)) AS e",
      );
      expect(body.columns.map((c) => c.type)).toEqual(['Nullable(Decimal(38, 6))', 'Nullable(Decimal(38, 6))', 'Nullable(Int64)', 'Nullable(Int64)', 'Nullable(String)']);
      expect(rawJsonRows(text)).toEqual([['null', '1.5', 'null', '"-5"', 'null']]);
      const customers = await queryText('SELECT legal_name, annual_revenue FROM dim_customer WHERE legal_name IS NULL OR annual_revenue IS NULL');
      expect(customers.body.columns.map((c) => c.type)).toEqual(['Nullable(String)', 'Nullable(Int64)']);
      expect(customers.body.rows.some((row) => row.includes(null))).toBe(true);
    });

    it('sends date-times as "YYYY-MM-DD hh:mm:ss[.fff]" wall time of the column’s zone (UTC)', async () => {
      const { body } = await queryText('SELECT created_at, toDateTime(created_at) AS seconds, toDate(created_at) AS day FROM fact_signal LIMIT 1');
      expect(body.columns.map((c) => c.type)).toEqual(["DateTime64(3, 'UTC')", "DateTime('UTC')", 'Date']);
      const [row] = body.rows as [string, string, string][];
      expect(row?.[0]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{3}$/);
      expect(row?.[1]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
      expect(row?.[2]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    });

    it('stops at 10,000 rows and says so in meta.truncated', async () => {
      const { body } = await queryText('SELECT cost_id FROM fact_cost');
      expect(body.rows).toHaveLength(10_000);
      expect(body.meta).toMatchObject({ rowCount: 10_000, truncated: true });
    });
  });

  describe('errors: { error, code?, details? } with the documented status', () => {
    it('401 for a missing or unknown credential', async () => {
      const body = JSON.stringify({ query: 'SELECT 1' });
      await expectError(await target.request('/query', { method: 'POST', body, headers: { 'content-type': 'application/json' } }), 401, 'UNAUTHORIZED');
      await expectError(await target.request('/query', { method: 'POST', body, headers: { ...auth('not-a-key'), 'content-type': 'application/json' } }), 401, 'UNAUTHORIZED');
      await expectError(await target.request('/schema'), 401, 'UNAUTHORIZED');
    });

    it('400 INVALID_QUERY for anything but one read-only SELECT / WITH … SELECT', async () => {
      for (const sql of ['DROP TABLE fact_signal', 'SELECT 1; SELECT 2', "INSERT INTO fact_signal (signal_id) VALUES ('x')"]) {
        await expectError(await query(sql), 400, 'INVALID_QUERY');
      }
    });

    it('400 QUERY_ERROR with the database’s reason in details for a syntax error, an unknown column or a type mismatch', async () => {
      const unknown = await expectError(await query('SELECT no_such_column FROM fact_signal'), 400, 'QUERY_ERROR');
      expect(unknown.details).toMatch(/no_such_column/);
      await expectError(await query("SELECT 1 + 'a' FROM fact_signal"), 400, 'QUERY_ERROR');
      await expectError(await query('SELECT count( FROM fact_signal'), 400, 'QUERY_ERROR');
    });

    it('400 for a body that is not { "query": "<string>" }', async () => {
      for (const body of ['SELECT 1', '{}', '{"query": 42}', '[]']) {
        const response = await target.request('/query', { method: 'POST', headers: { ...auth(), 'content-type': 'application/json' }, body });
        await expectError(response, 400, target.badBodyCode);
      }
    });

    it('403 ACCESS_DENIED for a read outside the analytics views', async () => {
      await expectError(await query('SELECT * FROM system.tables'), 403, 'ACCESS_DENIED');
      await expectError(await query('SELECT count() FROM org_globex.fact_signal'), 403, 'ACCESS_DENIED');
    });

    it('408 QUERY_TIMEOUT past the execution limit, then serves again', async () => {
      const started = Date.now();
      await expectError(await query(SLOW_QUERY), 408, 'QUERY_TIMEOUT');
      expect(Date.now() - started).toBeLessThan(QUERY_TIMEOUT_MS + 8_000);
      await queryText('SELECT 1');
    });

    it('429 CONCURRENCY_LIMIT_EXCEEDED with Retry-After while the organization’s queries are all running', async () => {
      const busy = postQuery(emulator, SLOW_QUERY);
      await new Promise((resolve) => setTimeout(resolve, 150));
      const refused = await query('SELECT 1');
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      await expectError(refused, 429, 'CONCURRENCY_LIMIT_EXCEEDED');
      expect((await busy).status).toBe(408);
      await queryText('SELECT 1');
    });
  });

  describe('GET /schema', () => {
    it('answers { views: [{ name, comment, columns: [{ name, type, comment }] }] } for the 15 views, money and credits as documented', async () => {
      const response = await target.request('/schema', { headers: auth() });
      expect(response.status).toBe(200);
      const body = (await response.json()) as { views: { name: string; comment: string; columns: { name: string; type: string; comment: string }[] }[] };
      expect(body).toEqual({ views: ANALYTICS_VIEWS });
      expect(body.views).toHaveLength(15);
      const column = (view: string, name: string) => body.views.find((v) => v.name === view)?.columns.find((c) => c.name === name);
      expect(column('fact_credit_transaction', 'amount')?.type).toMatch(/^Decimal\(/);
      expect(column('fact_cost', 'cost_amount')?.type).toMatch(/^Decimal\(/);
      expect(column('fact_invoice', 'total_incl_tax')?.type).toBe('Int64');
    });
  });

  describe('GET /signals/metadata', () => {
    const metadata = (search: string) => target.request(`/signals/metadata${search}`, { headers: auth() });

    it('answers { signals: [{ signalName, paths: [{ path, types }] }], meta: { fromDate, toDate } } over 30 days ending now by default', async () => {
      const before = Date.now();
      const response = await metadata('');
      const after = Date.now();
      expect(response.status).toBe(200);
      const body = (await response.json()) as { signals: { signalName: string; paths: { path: string; types: string[] }[] }[]; meta: { fromDate: string; toDate: string } };
      expect(Object.keys(body).sort()).toEqual(['meta', 'signals']);
      const toDate = Date.parse(body.meta.toDate);
      expect(toDate).toBeGreaterThanOrEqual(before);
      expect(toDate).toBeLessThanOrEqual(after);
      expect(toDate - Date.parse(body.meta.fromDate)).toBe(30 * 86_400_000);
      for (const signal of body.signals) {
        expect(typeof signal.signalName).toBe('string');
        for (const path of signal.paths) {
          expect(typeof path.path).toBe('string');
          expect(path.types.every((type) => typeof type === 'string')).toBe(true);
        }
      }
    });

    it('takes signalName, fromDate and toDate (ISO 8601)', async () => {
      const response = await metadata('?signalName=email-triage&fromDate=2026-10-01T00:00:00Z&toDate=2026-11-21T00:00:00Z');
      const body = (await response.json()) as { signals: { signalName: string; paths: { path: string; types: string[] }[] }[]; meta: unknown };
      expect(body.meta).toEqual({ fromDate: '2026-10-01T00:00:00.000Z', toDate: '2026-11-21T00:00:00.000Z' });
      expect(body.signals.map((s) => s.signalName)).toEqual(['email-triage']);
      expect(body.signals[0]?.paths).toEqual(expect.arrayContaining([{ path: 'account_id', types: ['String'] }]));
    });

    it('400 INVALID_DATE_RANGE when fromDate is after toDate', async () => {
      await expectError(await metadata('?fromDate=2026-11-10T00:00:00Z&toDate=2026-11-01T00:00:00Z'), 400, 'INVALID_DATE_RANGE');
    });
  });
});

describe('paths', () => {
  it('serves the current /api/v2/analytics and the deprecated /api/v2/experimental/analytics alike', async () => {
    const sql = JSON.stringify({ query: 'SELECT count() AS n FROM fact_signal' });
    const answers = [];
    for (const base of [`${emulator.apiBaseUrl}/analytics`, `${emulator.apiBaseUrl}/experimental/analytics`]) {
      const init = { method: 'POST', headers: { authorization: `Bearer ${emulator.apiKey}`, 'content-type': 'application/json' }, body: sql };
      const response = await fetch(`${base}/query`, init);
      expect(response.status).toBe(200);
      answers.push(((await response.json()) as QueryBody).rows);
      const schema = await fetch(`${base}/schema`, { headers: { authorization: `Bearer ${emulator.apiKey}` } });
      expect(schema.status).toBe(200);
      const metadata = await fetch(`${base}/signals/metadata`, { headers: { authorization: `Bearer ${emulator.apiKey}` } });
      expect(metadata.status).toBe(200);
    }
    expect(answers[0]).toEqual(answers[1]);
    expect(emulator.url).toBe(`${emulator.apiBaseUrl}/analytics`);
  });

  it('the proxy’s default upstream is Paid’s current path', async () => {
    const called: string[] = [];
    const handler = createAnalyticsProxy({
      upstream: {
        apiKey: 'pa_test_key',
        fetch: (input) => {
          called.push(input);
          return Promise.resolve(new Response(JSON.stringify({ views: [] }), { status: 200, headers: { 'content-type': 'application/json' } }));
        },
      },
      resolveScope: () => ({}),
    });
    expect((await handler(new Request('http://host.example/api/analytics/schema'))).status).toBe(200);
    expect(called).toEqual(['https://api.agentpaid.io/api/v2/analytics/schema']);
    expect(PAID_ANALYTICS_URL).toBe('https://api.agentpaid.io/api/v2/analytics');
  });

  it('a proxy pointed at the deprecated path still works', async () => {
    const handler = createAnalyticsProxy({
      upstream: { baseUrl: emulator.deprecatedUrl, apiKey: emulator.apiKey },
      resolveScope: () => ({}),
      allowSql: () => true,
    });
    const response = await handler(
      new Request('http://host.example/api/analytics/query', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'SELECT 1 AS one' }) }),
    );
    expect(response.status).toBe(200);
    expect(((await response.json()) as QueryBody).rows).toEqual([[1]]);
  });
});

describe('the proxy’s scoped signals metadata', () => {
  it('defaults to 30 days ending now, like the API, and lists only the scoped customer’s paths', async () => {
    const [customer] = ((await (await postQuery(emulator, 'SELECT customer_id FROM fact_signal GROUP BY customer_id ORDER BY count() DESC, customer_id LIMIT 1')).json()) as QueryBody).rows[0] as [string];
    const scoped = proxyTarget(emulator, { customerIds: [customer] });
    const before = Date.now();
    const response = await scoped.request('/signals/metadata', { headers: { authorization: `Bearer ${scoped.credential}` } });
    const after = Date.now();
    expect(response.status).toBe(200);
    const body = (await response.json()) as { signals: unknown[]; meta: { fromDate: string; toDate: string } };
    const toDate = Date.parse(body.meta.toDate);
    expect(toDate).toBeGreaterThanOrEqual(before);
    expect(toDate).toBeLessThanOrEqual(after);
    expect(toDate - Date.parse(body.meta.fromDate)).toBe(30 * 86_400_000);
  });
});
