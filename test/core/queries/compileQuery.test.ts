import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANALYTICS_VIEWS } from '../../../src/core/views';
import type { SchemaResponseBody } from '../../../src/core/contract';
import { AnalyticsError } from '../../../src/core/errors';
import { CHILD_CUSTOMER_SCOPE, checkRequiredColumns } from '../../../src/core/queries/checkRequiredColumns';
import { compileQuery } from '../../../src/core/queries/compileQuery';
import { NAMED_QUERIES, NAMED_QUERY_NAMES, findNamedQuery } from '../../../src/core/queries/registry';
import { startTestEmulator, postQuery } from '../../support/emulator';
import type { TestEmulator } from '../../support/emulator';

let emulator: TestEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(async () => {
  await emulator.close();
});

/** Valid params for each query, the smallest that compile. */
const MINIMAL_PARAMS: Record<string, Record<string, unknown>> = {
  'usage-trends': { from: '2026-11-01T00:00:00Z', to: '2026-11-21T00:00:00Z' },
  'usage-summary': { from: '2026-11-01T00:00:00Z', to: '2026-11-21T00:00:00Z' },
  'cost-per-model': { from: '2026-11-01T00:00:00Z', to: '2026-11-21T00:00:00Z', includeCostPerSignal: true },
  'revenue-aging': { asOf: '2026-11-20' },
  'credit-burn': { from: '2026-11-01T00:00:00Z', to: '2026-11-21T00:00:00Z', creditsCurrencyId: 'cc_ai_credits' },
  'revenue-trend': { from: '2026-11-01T00:00:00Z', to: '2026-11-21T00:00:00Z' },
  'billing-period-usage': { asOf: '2026-11-20T12:00:00Z' },
  'cost-trend': { from: '2026-11-01T00:00:00Z', to: '2026-11-21T00:00:00Z' },
  'analytics-kpis': { from: '2026-11-01T00:00:00Z', to: '2026-11-21T00:00:00Z' },
};

function thrown(run: () => unknown): AnalyticsError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AnalyticsError);
    return error as AnalyticsError;
  }
  throw new Error('expected an AnalyticsError');
}

describe('NAMED_QUERIES', () => {
  it('registers each query under its own wire name', () => {
    for (const name of NAMED_QUERY_NAMES) expect(NAMED_QUERIES[name].name).toBe(name);
    expect(NAMED_QUERY_NAMES.sort()).toEqual(['analytics-kpis', 'billing-period-usage', 'cost-per-model', 'cost-trend', 'credit-burn', 'revenue-aging', 'revenue-trend', 'usage-summary', 'usage-trends']);
  });

  it('finds nothing under inherited names', () => {
    for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', '', 42]) {
      expect(findNamedQuery(name)).toBeUndefined();
    }
  });

  it('declares only columns the schema has', () => {
    expect(checkRequiredColumns({ views: [...ANALYTICS_VIEWS] })).toEqual([]);
  });
});

describe('compileQuery', () => {
  it('refuses an unknown name with UNKNOWN_QUERY, listing the known ones', () => {
    for (const name of ['nope', '__proto__', 'constructor', 'USAGE-TRENDS']) {
      const error = thrown(() => compileQuery(name, {}, {}));
      expect(error.code).toBe('UNKNOWN_QUERY');
      expect(error.status).toBe(400);
      expect(error.message).toContain('usage-trends');
    }
  });

  it('passes on INVALID_PARAMS from the query’s own validation', () => {
    const error = thrown(() => compileQuery('usage-trends', { from: 'yesterday', to: '2026-11-21T00:00:00Z' }, {}));
    expect(error.code).toBe('INVALID_PARAMS');
    expect(error.message).toMatch(/from/);
    expect(thrown(() => compileQuery('credit-burn', { from: '2026-11-01T00:00:00Z', to: '2026-11-21T00:00:00Z' }, {})).message).toMatch(
      /creditsCurrencyId is required/,
    );
    expect(thrown(() => compileQuery('usage-trends', 'from=1', {})).code).toBe('INVALID_PARAMS');
  });

  it('answers any input with SQL or a typed INVALID_PARAMS error, never a TypeError', () => {
    const PARAM_KEYS = ['from', 'to', 'granularity', 'timeZone', 'topN', 'signalName', 'productId', 'customerId', 'vendor', 'limit',
      'includeCostPerSignal', 'asOf', 'currency', 'topCustomers', 'creditsCurrencyId'];
    const params = fc.oneof(
      fc.anything(),
      fc.dictionary(fc.constantFrom(...PARAM_KEYS), fc.oneof(fc.anything(), fc.string(), fc.date({ noInvalidDate: false }))),
      fc.record({ from: fc.constant('2026-11-01T00:00:00Z'), to: fc.constant('2026-11-21T00:00:00Z') }).chain((base) =>
        fc.dictionary(fc.constantFrom(...PARAM_KEYS), fc.anything()).map((extra) => ({ ...base, ...extra })),
      ),
    );
    fc.assert(
      fc.property(fc.constantFrom(...NAMED_QUERY_NAMES), params, (name, input) => {
        try {
          expect(typeof compileQuery(name, input, { customerIds: ['cus_1'] })).toBe('string');
        } catch (error) {
          expect(error).toBeInstanceOf(AnalyticsError);
          expect((error as AnalyticsError).code).toBe('INVALID_PARAMS');
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('refuses params smuggled under __proto__', () => {
    const params = JSON.parse('{"from":"2026-11-01T00:00:00Z","to":"2026-11-21T00:00:00Z","__proto__":{"customerId":"x"}}') as unknown;
    expect(thrown(() => compileQuery('usage-trends', params, {})).message).toMatch(/Unknown param "__proto__"/);
  });

  it('refuses a malformed scope rather than compiling unscoped SQL', () => {
    const error = thrown(() => compileQuery('usage-trends', MINIMAL_PARAMS['usage-trends'], { customerIds: 'cus_1' } as never));
    expect(error.code).toBe('INTERNAL_ERROR');
  });

  it('applies the window caps: 31 days of hours, two years otherwise', () => {
    expect(
      thrown(() => compileQuery('usage-trends', { from: '2026-01-01T00:00:00Z', to: '2026-03-01T00:00:00Z', granularity: 'hour' }, {})).message,
    ).toMatch(/longer than 31 days at hour granularity/);
    expect(() => compileQuery('usage-trends', { from: '2026-01-01T00:00:00Z', to: '2026-03-01T00:00:00Z', granularity: 'day' }, {})).not.toThrow();
    expect(thrown(() => compileQuery('cost-per-model', { from: '2020-01-01T00:00:00Z', to: '2026-01-01T00:00:00Z' }, {})).message).toMatch(
      /longer than 732 days/,
    );
  });

  it('refuses a usage-trends window whose buckets × series could pass the 10,000-row cap', () => {
    const month = { from: '2026-10-01T00:00:00Z', to: '2026-10-31T00:00:00Z', granularity: 'hour' };
    expect(() => compileQuery('usage-trends', { ...month, topN: 5 }, {})).not.toThrow();
    const error = thrown(() => compileQuery('usage-trends', { ...month, topN: 20 }, {}));
    expect(error.code).toBe('INVALID_PARAMS');
    expect(error.message).toMatch(/more than the API's 10000; shorten the window/);
    // The summary is one row, whatever the granularity.
    expect(() => compileQuery('usage-summary', { ...month, topN: 20 }, {})).not.toThrow();
    expect(() => compileQuery('usage-trends', { from: '2025-11-01T00:00:00Z', to: '2026-11-01T00:00:00Z', topN: 20 }, {})).not.toThrow();
    expect(() => compileQuery('usage-trends', { from: '2024-11-01T00:00:00Z', to: '2026-11-01T00:00:00Z', topN: 20 }, {})).toThrow(/10000/);
  });

  it.each(NAMED_QUERY_NAMES)('compiles %s to one statement the API accepts, with every scope shape', async (name) => {
    for (const scope of [{}, { customerIds: [] }, { customerIds: ['cus_1', "o'brien"] }, { customerIds: ['cus_1'], includeChildCustomers: true }]) {
      const sql = compileQuery(name, MINIMAL_PARAMS[name], scope);
      expect(sql).not.toMatch(/;\s*$/);
      expect(sql).not.toMatch(/\bnumbers\s*\(/);
      const response = await postQuery(emulator, sql);
      const body = (await response.json()) as { rows?: unknown[] };
      expect(response.status, JSON.stringify(body)).toBe(200);
      expect(Array.isArray(body.rows)).toBe(true);
    }
  });
});

describe('checkRequiredColumns', () => {
  it('finds nothing missing in the emulator’s live GET /schema', async () => {
    const response = await fetch(`${emulator.url}/schema`, { headers: { authorization: `Bearer ${emulator.apiKey}` } });
    expect(response.status).toBe(200);
    expect(checkRequiredColumns((await response.json()) as SchemaResponseBody)).toEqual([]);
  });

  it('names each query, view and column a schema lacks', () => {
    const views = ANALYTICS_VIEWS.filter((v) => v.name !== 'fact_credit_transaction').map((v) =>
      v.name === 'fact_cost' ? { ...v, columns: v.columns.filter((c) => c.name !== 'latency_ms' && c.name !== 'model') } : v,
    );
    const problems = checkRequiredColumns({ views });
    // Compared whatever the registry's order: one entry per query that reads a missing column.
    const byQuery = (a: readonly unknown[], b: readonly unknown[]) => String(a[0]).localeCompare(String(b[0]));
    expect(problems.map((p) => [p.query, p.view, p.missingView, p.columns]).sort(byQuery)).toEqual(
      [
        ['cost-per-model', 'fact_cost', false, ['model', 'latency_ms']],
        ['credit-burn', 'fact_credit_transaction', true, ['created_at', 'customer_id', 'credits_currency_id', 'type', 'amount']],
        ['analytics-kpis', 'fact_credit_transaction', true, ['customer_id', 'credits_currency_id', 'type', 'amount', 'created_at']],
        ['cost-trend', 'fact_cost', false, ['model']],
        ['cost-breakdown', 'fact_cost', false, ['model']],
        ['credit-flow', 'fact_credit_transaction', true, ['created_at', 'customer_id', 'credits_currency_id', 'type', 'amount']],
        ['credit-usage', 'fact_credit_transaction', true, ['created_at', 'customer_id', 'credits_currency_id', 'type', 'amount', 'signal_name', 'product_id']],
      ].sort(byQuery),
    );
    expect(problems.find((p) => p.query === 'cost-per-model')!.message).toBe('cost-per-model needs fact_cost.model, fact_cost.latency_ms, which the schema does not have');
  });

  it('checks what a scope with child customers reads when asked', () => {
    const views = ANALYTICS_VIEWS.map((v) => (v.name === 'dim_customer' ? { ...v, columns: v.columns.filter((c) => c.name !== 'parent_customer_id') } : v));
    expect(checkRequiredColumns({ views })).toEqual([]);
    expect(checkRequiredColumns({ views }, undefined, { childCustomers: true }).map((p) => [p.query, p.columns])).toEqual([
      [CHILD_CUSTOMER_SCOPE, ['parent_customer_id']],
    ]);
  });

  it('checks only the queries it is given, and survives a malformed schema', () => {
    expect(checkRequiredColumns({ views: [] }, [NAMED_QUERIES['revenue-aging']]).map((p) => p.view)).toEqual(['fact_invoice', 'dim_customer']);
    expect(checkRequiredColumns({} as SchemaResponseBody).length).toBeGreaterThan(0);
  });
});
