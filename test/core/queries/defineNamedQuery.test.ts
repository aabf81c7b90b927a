/**
 * `defineNamedQuery`: params validated by the declared builders, SQL rendered for the scope, and the
 * result a `NamedQuery` the registry, `compileQuery` and the hooks take.
 */
import { describe, expect, it } from 'vitest';
import { AnalyticsError } from '../../../src/core/errors';
import { compileQuery } from '../../../src/core/queries/compileQuery';
import { defineNamedQuery } from '../../../src/core/queries/defineNamedQuery';
import { param } from '../../../src/core/queries/paramBuilders';
import { invalidParams } from '../../../src/core/queries/params';
import { createQueryRegistry } from '../../../src/core/queries/queryRegistry';
import { column } from '../../../src/core/queries/resultColumns';
import { sql, view } from '../../../src/core/sql/sql';

const spendByVendor = defineNamedQuery({
  name: 'spend-by-vendor',
  description: 'AI spend per vendor.',
  params: {
    from: param.dateTime(),
    to: param.dateTime(),
    vendor: param.text().optional(),
    limit: param.integer({ min: 1, max: 50 }).default(10),
    order: param.enum(['cost', 'calls']).default('cost'),
  },
  refine(p) {
    if (p.from >= p.to) throw invalidParams('Param from must be before to');
  },
  columns: { vendor: column.string(), cost: column.decimal(), calls: column.uint64() },
  sql: (p) => sql`SELECT toString(vendor) AS vendor, toString(sum(cost_amount)) AS cost, count() AS calls
FROM ${view('fact_cost')}
WHERE created_at >= ${p.from} AND created_at < ${p.to}${p.vendor === undefined ? sql`` : sql` AND vendor = ${p.vendor}`}
GROUP BY vendor ORDER BY ${p.order === 'cost' ? sql`sum(cost_amount)` : sql`calls`} DESC LIMIT ${p.limit}`,
});

function thrown(run: () => unknown): AnalyticsError {
  try {
    run();
  } catch (error) {
    if (error instanceof AnalyticsError) return error;
    throw error;
  }
  throw new Error('did not throw');
}

describe('defineNamedQuery params', () => {
  it('parses each param with its builder, fills defaults and treats an empty optional as absent', () => {
    expect(spendByVendor.parseParams({ from: '2026-10-01T00:00:00Z', to: new Date('2026-10-02T00:00:00Z'), vendor: '' })).toEqual({
      from: new Date('2026-10-01T00:00:00Z'),
      to: new Date('2026-10-02T00:00:00Z'),
      vendor: undefined,
      limit: 10,
      order: 'cost',
    });
    expect(spendByVendor.parseParams({ from: '2026-10-01T00:00:00Z', to: '2026-10-02T00:00:00Z', limit: '3', order: 'calls' })).toMatchObject({ limit: 3, order: 'calls' });
  });

  it('refuses a missing, unknown or invalid param with INVALID_PARAMS naming it', () => {
    expect(thrown(() => spendByVendor.parseParams({ to: '2026-10-02T00:00:00Z' })).message).toMatch(/Param from is required/);
    expect(thrown(() => spendByVendor.parseParams({ from: '2026-10-01T00:00:00Z', to: '2026-10-02T00:00:00Z', vendorr: 'x' })).message).toMatch(/Unknown param "vendorr"/);
    expect(thrown(() => spendByVendor.parseParams({ from: '2026-10-01T00:00:00Z', to: '2026-10-02T00:00:00Z', limit: 51 })).message).toMatch(/limit must be an integer from 1 to 50/);
    expect(thrown(() => spendByVendor.parseParams({ from: '2026-10-01T00:00:00Z', to: '2026-10-02T00:00:00Z', order: 'name' })).message).toMatch(/order must be one of cost, calls/);
    expect(thrown(() => spendByVendor.parseParams({ from: '2026-10-01', to: '2026-10-02T00:00:00Z' })).code).toBe('INVALID_PARAMS');
  });

  it('runs refine after every param is valid', () => {
    expect(thrown(() => spendByVendor.parseParams({ from: '2026-10-02T00:00:00Z', to: '2026-10-01T00:00:00Z' })).message).toBe('Param from must be before to');
  });

  it('checks text against an allow pattern', () => {
    const path = param.text({ pattern: /[a-z_]+(\.[a-z_]+)*/, expected: 'a payload path such as user.plan' });
    expect(path.parse('user.plan', 'path')).toBe('user.plan');
    expect(() => path.parse('user.plan; DROP', 'path')).toThrow(/a payload path such as user.plan/);
  });
});

describe('defineNamedQuery SQL', () => {
  it('renders with every value escaped and the view restricted to the scope', () => {
    const params = spendByVendor.parseParams({ from: '2026-10-01T00:00:00Z', to: '2026-10-02T00:00:00Z', vendor: "o'ai" });
    const text = spendByVendor.toSql(params, { customerIds: ['cus_1'] });
    expect(text).toContain("FROM (SELECT * FROM fact_cost WHERE customer_id IN ('cus_1'))");
    expect(text).toContain("vendor = 'o\\'ai'");
    expect(text).toContain("created_at >= toDateTime64('2026-10-01 00:00:00.000', 3, 'UTC')");
    expect(text).toMatch(/LIMIT 10$/);
  });

  it('compiles through a registry beside the built-ins', () => {
    const registry = createQueryRegistry([spendByVendor]);
    expect(compileQuery('spend-by-vendor', { from: '2026-10-01T00:00:00Z', to: '2026-10-02T00:00:00Z' }, {}, registry)).toContain('fact_cost');
    expect(compileQuery('usage-trends', { from: '2026-10-01T00:00:00Z', to: '2026-10-02T00:00:00Z' }, {}, registry)).toContain('fact_signal');
    expect(thrown(() => compileQuery('spend-by-vendor', {}, {})).code).toBe('UNKNOWN_QUERY');
  });

  it('refuses malformed definitions', () => {
    const base = { description: 'x', params: {}, columns: { n: column.uint64() }, sql: () => sql`SELECT 1 AS n` };
    expect(() => defineNamedQuery({ ...base, name: 'Bad Name' })).toThrow(TypeError);
    expect(() => defineNamedQuery({ ...base, name: 'ok', columns: {} })).toThrow(/result column/);
  });
});

describe("createHttpFetcher with compile: 'client' and host queries", () => {
  it('compiles a host query in the browser and sends the API’s own { query }', async () => {
    const { createHttpFetcher } = await import('../../../src/core/client/createHttpFetcher');
    const bodies: string[] = [];
    const fetcher = createHttpFetcher({
      baseUrl: 'http://proxy.test',
      compile: 'client',
      queries: [spendByVendor],
      fetch: async (_url, init) => {
        bodies.push(String(init?.body));
        return new Response(JSON.stringify({ columns: [], rows: [], meta: { rowCount: 0, elapsedMs: 0, truncated: false } }));
      },
    });
    const params = { from: '2026-10-01T00:00:00Z', to: '2026-10-02T00:00:00Z' };
    await fetcher({ kind: 'query', name: 'spend-by-vendor', params }, { signal: new AbortController().signal });
    expect(JSON.parse(bodies[0]!)).toEqual({ query: spendByVendor.toSql(spendByVendor.parseParams(params), {}) });
    await expect(fetcher({ kind: 'query', name: 'not-registered', params: {} }, { signal: new AbortController().signal })).rejects.toMatchObject({ code: 'UNKNOWN_QUERY' });
  });
});
