/**
 * cost-breakdown on the engine, against independent SQL: spend, calls and tokens per vendor, model,
 * product (with names) and customer, exact to the last digit of the fractional cents.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { costBreakdown } from '../../../../src/core/queries/cookbook/cost';
import { startTestEmulator, type TestEmulator } from '../../../support/emulator';
import { instantSql, runNamedQuery, runSql } from '../namedQueryHarness';

const FROM = '2026-08-01T00:00:00.000Z';
const TO = '2026-11-21T00:00:00.000Z';
const WINDOW = `created_at >= ${instantSql(FROM)} AND created_at < ${instantSql(TO)}`;

let emulator: TestEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(async () => {
  await emulator.close();
});

const KEYS = { vendor: 'toString(vendor)', model: 'toString(model)', product: 'product_id', customer: 'customer_id' } as const;

describe('cost-breakdown', () => {
  it.each(Object.keys(KEYS) as (keyof typeof KEYS)[])('by %s matches direct sums, most expensive first', async (by) => {
    const rows = await runNamedQuery(emulator, costBreakdown, { from: FROM, to: TO, by, limit: 1000 });
    const direct = await runSql<{ key: string; cost: string; calls: bigint; input: bigint; output: bigint; cached: bigint }>(
      emulator,
      `SELECT ${KEYS[by]} AS key, toString(sum(cost_amount)) AS cost, count() AS calls, sum(input_tokens) AS input,
         sum(output_tokens) AS output, sum(cached_tokens) AS cached
       FROM fact_cost WHERE ${WINDOW} GROUP BY key ORDER BY sum(cost_amount) DESC, key`,
    );
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.map(({ key, cost, calls, input_tokens, output_tokens, cached_tokens }) => ({ key, cost, calls, input: input_tokens, output: output_tokens, cached: cached_tokens }))).toEqual(direct);
  });

  it('labels products and customers with their names', async () => {
    const products = await runNamedQuery(emulator, costBreakdown, { from: FROM, to: TO, by: 'product' });
    const names = new Map((await runSql<{ id: string; name: string }>(emulator, 'SELECT id, name FROM dim_product')).map((r) => [r.id, r.name]));
    for (const row of products) expect(row.label).toBe(names.get(row.key) || row.key);
    expect(products.some((row) => row.label !== row.key)).toBe(true);
    const customers = await runNamedQuery(emulator, costBreakdown, { from: FROM, to: TO, by: 'customer', limit: 3 });
    const customerNames = new Map((await runSql<{ id: string; name: string }>(emulator, 'SELECT id, name FROM dim_customer')).map((r) => [r.id, r.name]));
    expect(customers).toHaveLength(3);
    for (const row of customers) expect(row.label).toBe(customerNames.get(row.key));
  });

  it('filters by vendor and keeps vendor and model keys as they are (text, not markup)', async () => {
    const rows = await runNamedQuery(emulator, costBreakdown, { from: FROM, to: TO, by: 'model', vendor: 'self-hosted' });
    const direct = await runSql<{ model: string }>(emulator, `SELECT DISTINCT toString(model) AS model FROM fact_cost WHERE ${WINDOW} AND vendor = 'self-hosted' ORDER BY model`);
    expect(rows.map((r) => r.key).sort()).toEqual(direct.map((r) => r.model));
  });
});
