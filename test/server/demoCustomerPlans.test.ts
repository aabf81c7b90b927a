/**
 * The demo's own host query `demo-customer-plans` (demo/queries), through a proxy as the demo
 * registers it: a customer's scope gets exactly that customer's active orders with their plans,
 * checked against direct SQL; everyone's scope gets every active order; the plan's fields are the
 * plan's own.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCustomerPlans } from '../../demo/queries/demoCustomerPlans';
import type { Scope } from '../../src/core/contract';
import { decodeResult } from '../../src/core/decode/decodeResult';
import { checkResultColumns } from '../../src/core/queries/checkResultColumns';
import type { RowOf } from '../../src/core/queries/types';
import { createAnalyticsProxy } from '../../src/server/createAnalyticsProxy';
import type { AnalyticsProxyHandler } from '../../src/server/proxyOptions';
import { queryRows, startTestEmulator, type TestEmulator } from '../support/emulator';

let emulator: TestEmulator;
let proxy: AnalyticsProxyHandler;

beforeAll(async () => {
  emulator = await startTestEmulator();
  proxy = createAnalyticsProxy({
    upstream: { baseUrl: emulator.url, apiKey: emulator.apiKey },
    resolveScope: (request) => JSON.parse(request.headers.get('x-test-scope') ?? 'null') as Scope,
    queries: [demoCustomerPlans],
  });
}, 120_000);

afterAll(async () => {
  await emulator?.close();
});

async function plansFor(scope: Scope) {
  const response = await proxy(
    new Request('http://host.test/api/analytics/query', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-test-scope': JSON.stringify(scope) },
      body: JSON.stringify({ name: 'demo-customer-plans', params: { limit: 1000 } }),
    }),
  );
  expect(response.status).toBe(200);
  return checkResultColumns<RowOf<typeof demoCustomerPlans>>('demo-customer-plans', demoCustomerPlans.columns, decodeResult(await response.json()));
}

async function direct(condition: string): Promise<string[][]> {
  const body = await queryRows(
    emulator,
    `SELECT o.customer_id, o.id, p.name, toString(p.billing_frequency), toString(p.base_price_amount), toString(o.currency), toString(o.start_date)
     FROM fact_order AS o INNER JOIN dim_plan AS p ON p.id = o.plan_id
     WHERE o.status = 'active' AND ${condition} ORDER BY o.customer_id, o.id`,
  );
  return body.rows.map((row) => row.map(String));
}

const asRows = (rows: Awaited<ReturnType<typeof plansFor>>) =>
  rows
    .map((row) => [row.customer_id, row.order_id, row.plan_name, row.billing_frequency, String(row.base_price), row.currency, String(row.start_date)])
    .sort((a, b) => (a[0]! + a[1]! < b[0]! + b[1]! ? -1 : 1));

describe('demo-customer-plans through the proxy', () => {
  it('gives a customer exactly their own active orders and plans, and everyone every active order', async () => {
    const [busiest] = (await queryRows(emulator, `SELECT customer_id FROM fact_order WHERE status = 'active' GROUP BY 1 ORDER BY count() DESC, 1 LIMIT 2`)).rows;
    const customer = String(busiest![0]);
    const mine = await plansFor({ customerIds: [customer] });
    expect(mine.length).toBeGreaterThan(0);
    expect(new Set(mine.map((row) => row.customer_id))).toEqual(new Set([customer]));
    expect(asRows(mine)).toEqual(await direct(`o.customer_id = '${customer}'`));
    const everyone = await plansFor({});
    expect(everyone.length).toBe((await direct('1')).length);
    expect(everyone.length).toBeGreaterThan(mine.length);
    expect(await plansFor({ customerIds: [] })).toEqual([]);
  });
});
