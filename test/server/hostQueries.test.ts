/**
 * `createAnalyticsProxy({ queries })`: host queries are served by name beside the built-in ones,
 * compiled with the user's scope; a query that reads customer data around `view()`, a name used
 * twice or a hand-written query is refused when the proxy is created, never at request time.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineNamedQuery } from '../../src/core/queries/defineNamedQuery';
import { param } from '../../src/core/queries/paramBuilders';
import { column } from '../../src/core/queries/resultColumns';
import { sql, view } from '../../src/core/sql/sql';
import { createAnalyticsProxy } from '../../src/server/createAnalyticsProxy';
import { json, startFakeUpstream, type FakeUpstream } from './fakeUpstream';

const signalsOfName = defineNamedQuery({
  name: 'signals-of-name',
  description: 'Signals of one name.',
  params: { signalName: param.text() },
  columns: { n: column.uint64() },
  sql: (p) => sql`SELECT count() AS n FROM ${view('fact_signal')} WHERE signal_name = ${p.signalName}`,
});

let upstream: FakeUpstream;
beforeAll(async () => {
  upstream = await startFakeUpstream();
  upstream.answer((_request, res) => json(res, 200, { columns: [{ name: 'n', type: 'UInt64' }], rows: [['3']], meta: { rowCount: 1, elapsedMs: 1, truncated: false } }));
});
afterAll(async () => {
  await upstream.close();
});

function proxyWith(queries: unknown[]) {
  return createAnalyticsProxy({
    upstream: { baseUrl: upstream.url, apiKey: 'pk_test' },
    resolveScope: () => ({ customerIds: ['cus_a'] }),
    queries: queries as never,
  });
}

describe('createAnalyticsProxy queries', () => {
  it('serves a host query by name, compiled with the user’s scope', async () => {
    const proxy = proxyWith([signalsOfName]);
    const response = await proxy(
      new Request('http://host.test/api/analytics/query', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'signals-of-name', params: { signalName: "x' OR 1=1" } }),
      }),
    );
    expect(response.status).toBe(200);
    const sent = JSON.parse(upstream.requests.at(-1)!.body) as { query: string };
    expect(sent.query).toContain("FROM (SELECT * FROM fact_signal WHERE customer_id IN ('cus_a'))");
    expect(sent.query).toContain("signal_name = 'x\\' OR 1=1'");
  });

  it('answers 400 UNKNOWN_QUERY for a host query another proxy registered, not this one', async () => {
    const response = await proxyWith([])(
      new Request('http://host.test/api/analytics/query', { method: 'POST', body: JSON.stringify({ name: 'signals-of-name', params: {} }) }),
    );
    expect(response.status).toBe(400);
    expect(((await response.json()) as { code: string }).code).toBe('UNKNOWN_QUERY');
  });

  it('refuses at creation a query whose SQL names customer data outside view()', () => {
    const leaky = defineNamedQuery({
      name: 'leaky-names',
      description: 'Customer names without the scope.',
      params: {},
      columns: { name: column.string() },
      sql: () => sql`SELECT name FROM dim_customer`,
    });
    expect(() => proxyWith([leaky])).toThrow(/leaky-names.*cannot be registered.*dim_customer/);
  });

  it('refuses at creation a name clash with a built-in query, and a hand-written query', () => {
    const clash = defineNamedQuery({ name: 'cost-per-model', description: 'x', params: {}, columns: { n: column.uint64() }, sql: () => sql`SELECT 1 AS n` });
    expect(() => proxyWith([clash])).toThrow(/"cost-per-model".*built in/);
    const handWritten = { name: 'by-hand', description: 'x', requiredColumns: {}, parseParams: () => ({}), toSql: () => 'SELECT * FROM fact_cost' };
    expect(() => proxyWith([handWritten])).toThrow(/defineNamedQuery/);
  });
});
