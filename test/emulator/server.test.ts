/**
 * The emulator's own HTTP behaviour over loopback, beyond the published contract (which
 * test/contract states for the emulator and the proxy alike): the statements its guard accepts and
 * refuses while it keeps answering, odd request bodies and sockets, routes, CORS, organizations.
 */
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANALYTICS_VIEWS } from '../../src/core/views';
import { postQuery, startTestEmulator } from '../support/emulator';
import type { TestEmulator } from '../support/emulator';

let emulator: TestEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(async () => {
  await emulator.close();
});

function authorized(init: RequestInit = {}): RequestInit {
  return { ...init, headers: { authorization: `Bearer ${emulator.apiKey}`, ...(init.headers ?? {}) } };
}

async function expectError(response: Response, status: number, code: string): Promise<{ error: string; code: string; details?: string }> {
  const body = (await response.json()) as { error: string; code: string; details?: string };
  expect({ status: response.status, code: body.code }).toEqual({ status, code });
  expect(typeof body.error).toBe('string');
  expect(body.error.length).toBeGreaterThan(0);
  return body;
}

async function expectServing(): Promise<void> {
  const response = await postQuery(emulator, 'SELECT 1 AS alive');
  expect(response.status).toBe(200);
  expect(((await response.json()) as { rows: unknown[][] }).rows).toEqual([[1]]);
}

describe('POST /query', () => {
  it('accepts a trailing semicolon, and semicolons or system.tables inside literals and comments', async () => {
    const accepted = [
      'SELECT 1;',
      "SELECT 'system.tables; DROP TABLE fact_signal' AS text",
      'SELECT count() FROM fact_signal -- ; DROP TABLE fact_signal',
      '/* SELECT * FROM system.tables; */ SELECT count() FROM fact_signal',
      'SELECT count() AS n FROM fact_signal WHERE signal_name != \'file(\\\'/etc/passwd\\\')\'',
      'WITH recent AS (SELECT * FROM fact_signal WHERE signal_name = \'email-triage\') SELECT count() FROM recent',
      'SELECT count() FROM fact_signal WHERE customer_id IN (SELECT id FROM dim_customer WHERE status = \'active\')',
      'SELECT c.name, count() FROM fact_signal AS s INNER JOIN dim_customer AS c ON c.id = s.customer_id GROUP BY c.name',
      "SELECT format('{} signals', count()), cos(0), URLHierarchy('https://a.b/c') FROM fact_signal",
      'SELECT signal_name FROM fact_signal UNION ALL SELECT name FROM dim_product',
    ];
    for (const sql of accepted) {
      const response = await postQuery(emulator, sql);
      expect({ sql, status: response.status }).toEqual({ sql, status: 200 });
    }
  });
});

describe('hostile statements', () => {
  const invalid: string[] = [
    'SELECT 1; SELECT 2',
    'SELECT 1; DROP TABLE fact_signal',
    "SELECT 'a'; SELECT * FROM file('/etc/passwd', 'LineAsString')",
    'DROP TABLE fact_signal',
    "INSERT INTO fact_signal (signal_id) VALUES ('x')",
    'CREATE TABLE pwned (a UInt8) ENGINE = Memory',
    'ALTER TABLE fact_signal DELETE WHERE 1',
    'TRUNCATE TABLE fact_cost',
    'SET readonly = 0',
    'SHOW TABLES',
    'SHOW DATABASES',
    'DESCRIBE TABLE fact_signal',
    'EXPLAIN SELECT 1',
    'USE system',
    'SELECT 1 SETTINGS readonly = 0',
    'SELECT count() FROM fact_signal SETTINGS max_execution_time = 3600, max_result_rows = 0',
    "SELECT * FROM fact_signal INTO OUTFILE '/tmp/pwned.csv'",
    'SELECT 1 FORMAT TabSeparated',
    'SELECT * FROM (SELECT 1 SETTINGS max_threads = 1)',
    'OPTIMIZE TABLE fact_signal FINAL',
    'KILL QUERY WHERE 1',
    'SYSTEM SHUTDOWN',
    'GRANT ALL ON *.* TO default',
    'RENAME TABLE fact_signal TO gone',
    'SELECT 1 FROM `fact_signal\n      TableIdentifier x`',
    '',
    '   ',
  ];
  const deniedStatements: string[] = [
    'SELECT * FROM system.tables',
    'SELECT * FROM system.one',
    'SELECT name FROM information_schema.tables',
    'SELECT * FROM INFORMATION_SCHEMA.COLUMNS',
    'SELECT count() FROM org_globex.fact_signal',
    'SELECT count() FROM default.fact_signal',
    'SELECT * FROM `system`.`tables`',
    "SELECT * FROM file('/etc/passwd', 'LineAsString')",
    "SELECT * FROM FILE('/etc/passwd', 'LineAsString')",
    "SELECT file('/etc/passwd')",
    "SELECT * FROM url('http://127.0.0.1:1/', 'CSV', 'a String')",
    "SELECT * FROM s3('https://bucket.example/x.csv')",
    "SELECT * FROM remote('127.0.0.1', system.one)",
    'SELECT * FROM numbers(10)',
    "SELECT * FROM generateRandom('a UInt8') LIMIT 1",
    "SELECT * FROM merge('org_globex', '.*')",
    "SELECT * FROM mysql('db:3306', 'db', 't', 'u', 'p')",
    "SELECT * FROM executable('id', 'TSV', 'a String')",
    'SELECT * FROM view(SELECT 1)',
    "SELECT dictGet('dict', 'attr', toUInt64(1))",
    "SELECT joinGet('t', 'v', 1)",
    "SELECT hasColumnInTable('system', 'tables', 'name')",
    "SELECT getServerSetting('path')",
    'SELECT count() FROM fact_signal WHERE customer_id IN system.tables',
    'SELECT * FROM fact_signal JOIN system.tables ON 1 = 1',
    'SELECT * FROM fact_signal AS s, system.databases AS d',
    'WITH x AS (SELECT * FROM system.users) SELECT * FROM x',
    'SELECT signal_id FROM fact_signal UNION ALL SELECT query FROM system.processes',
    'SELECT (SELECT count() FROM system.tables)',
    'SELECT * FROM fact_signal WHERE signal_id IN (SELECT name FROM system.tables)',
    'SELECT * FROM users',
    'SELECT * FROM (EXPLAIN AST SELECT * FROM system.tables)',
    "SELECT * FROM fact_signal WHERE signal_name IN (SELECT * FROM url('http://127.0.0.1:1/', 'CSV', 'a String'))",
  ];

  it(`refuses ${invalid.length} non-SELECT or loosening statements with 400 INVALID_QUERY`, async () => {
    for (const sql of invalid) {
      const response = await postQuery(emulator, sql);
      const body = (await response.json()) as { code: string };
      expect({ sql, status: response.status, code: body.code }).toEqual({ sql, status: 400, code: 'INVALID_QUERY' });
    }
    await expectServing();
  });

  it(`refuses ${deniedStatements.length} reads outside the views with 403 ACCESS_DENIED`, async () => {
    for (const sql of deniedStatements) {
      const response = await postQuery(emulator, sql);
      const body = (await response.json()) as { code: string };
      expect({ sql, status: response.status, code: body.code }).toEqual({ sql, status: 403, code: 'ACCESS_DENIED' });
    }
    await expectServing();
  });

  it('left every view intact', async () => {
    for (const view of ANALYTICS_VIEWS) {
      const response = await postQuery(emulator, `SELECT count() FROM ${view.name}`);
      expect(response.status).toBe(200);
    }
  });
});

describe('request bodies', () => {
  const post = (body: string) => fetch(`${emulator.url}/query`, authorized({ method: 'POST', body, headers: { 'content-type': 'application/json' } }));

  it('answers 400 for a body that is not JSON', async () => {
    await expectError(await post('SELECT 1'), 400, 'INVALID_QUERY');
  });

  it('answers 400 when query is missing, not a string, or the body is not an object', async () => {
    await expectError(await post('{}'), 400, 'INVALID_QUERY');
    await expectError(await post('{"query": 42}'), 400, 'INVALID_QUERY');
    await expectError(await post('{"query": null}'), 400, 'INVALID_QUERY');
    await expectError(await post('[]'), 400, 'INVALID_QUERY');
    await expectError(await post('"SELECT 1"'), 400, 'INVALID_QUERY');
  });

  it('answers 400 for an oversized body and keeps serving', async () => {
    const body = JSON.stringify({ query: `SELECT '${'x'.repeat(2 * 1024 * 1024)}'` });
    const response = await post(body);
    const error = await expectError(response, 400, 'INVALID_QUERY');
    expect(error.details).toMatch(/larger than/);
    await expectServing();
  });

  it('keeps serving after a malformed HTTP request on a raw socket', async () => {
    const { hostname, port } = new URL(emulator.url);
    await new Promise<void>((resolve) => {
      const socket = connect(Number(port), hostname, () => {
        socket.write('GARBAGE \u0000\u0001 HTTP/9.9\r\n\r\n');
      });
      socket.on('data', () => socket.destroy());
      socket.on('close', () => resolve());
      socket.on('error', () => resolve());
    });
    await expectServing();
  });
});

describe('authentication and routes', () => {
  it('answers 401 without a key, with an unknown key, or with another scheme', async () => {
    const url = `${emulator.url}/query`;
    const body = JSON.stringify({ query: 'SELECT 1' });
    await expectError(await fetch(url, { method: 'POST', body }), 401, 'UNAUTHORIZED');
    await expectError(await fetch(url, { method: 'POST', body, headers: { authorization: 'Bearer nope' } }), 401, 'UNAUTHORIZED');
    await expectError(await fetch(url, { method: 'POST', body, headers: { authorization: `Basic ${emulator.apiKey}` } }), 401, 'UNAUTHORIZED');
    await expectError(await fetch(`${emulator.url}/schema`), 401, 'UNAUTHORIZED');
  });

  it('answers 404 for unknown routes and 405 for a wrong method', async () => {
    await expectError(await fetch(`${emulator.url}/nope`, authorized()), 404, 'NOT_FOUND');
    await expectError(await fetch(new URL('/', emulator.url), authorized()), 404, 'NOT_FOUND');
    const wrongMethod = await fetch(`${emulator.url}/query`, authorized());
    expect(wrongMethod.headers.get('allow')).toBe('POST');
    await expectError(wrongMethod, 405, 'METHOD_NOT_ALLOWED');
  });

  it('keeps organizations apart: the second key sees its own data only', async () => {
    const second = emulator.orgs[1];
    if (second === undefined) throw new Error('expected two organizations');
    const own = await postQuery(emulator, 'SELECT id FROM dim_organization', second.apiKey);
    expect(((await own.json()) as { rows: unknown[][] }).rows).toEqual([[second.id]]);
    await expectError(await postQuery(emulator, 'SELECT count() FROM org_acme.fact_signal', second.apiKey), 403, 'ACCESS_DENIED');
  });

  it('answers CORS preflight so a browser can call it directly', async () => {
    const response = await fetch(`${emulator.url}/query`, { method: 'OPTIONS' });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-headers')).toMatch(/authorization/);
  });
});

describe('GET /signals/metadata', () => {
  const metadata = (query: string) => fetch(`${emulator.url}/signals/metadata${query}`, authorized());

  it('restricts to one signal name', async () => {
    const body = (await (await metadata('?signalName=addin-chat')).json()) as { signals: { signalName: string }[] };
    expect(body.signals.map((s) => s.signalName)).toEqual(['addin-chat']);
  });

  it('answers an empty list for a window without signals', async () => {
    const body = (await (await metadata('?fromDate=2001-01-01&toDate=2001-02-01')).json()) as { signals: unknown[]; meta: unknown };
    expect(body).toEqual({ signals: [], meta: { fromDate: '2001-01-01T00:00:00.000Z', toDate: '2001-02-01T00:00:00.000Z' } });
  });

  it('answers 400 INVALID_DATE_RANGE for a date that is not ISO 8601', async () => {
    await expectError(await metadata('?fromDate=yesterday'), 400, 'INVALID_DATE_RANGE');
  });
});
