/**
 * Revenue recipes on the engine, against independent SQL: revenue by product through invoice
 * lines → order lines → products, margin per customer and product, and the customer leaderboard.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customerLeaderboard, margin, revenueByProduct } from '../../../../src/core/queries/cookbook/revenue';
import { startTestEmulator, type TestEmulator } from '../../../support/emulator';
import { decimalUnits, instantSql, runNamedQuery, runSql } from '../namedQueryHarness';

const FROM = '2026-05-01T00:00:00.000Z';
const TO = '2026-11-21T00:00:00.000Z';
const WINDOW = `created_at >= ${instantSql(FROM)} AND created_at < ${instantSql(TO)}`;
const ISSUED = `status = 'posted' AND issue_date >= toDate('2026-05-01') AND issue_date < toDate('2026-11-21')`;

let emulator: TestEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(async () => {
  await emulator.close();
});

describe('revenue-by-product', () => {
  it('sums the lines of posted invoices issued in the window by the product of their order line', async () => {
    const rows = await runNamedQuery(emulator, revenueByProduct, { from: FROM, to: TO });
    const direct = await runSql<{ product: string; name: string; currency: string; revenue: bigint; lines: bigint }>(
      emulator,
      `SELECT ol.product_id AS product, p.name AS name, toString(i.currency) AS currency, sum(il.total_amount) AS revenue, count() AS lines
       FROM fact_invoice_line AS il
       JOIN fact_invoice AS i ON i.id = il.invoice_id
       JOIN fact_order_line AS ol ON ol.id = il.order_line_id
       JOIN dim_product AS p ON p.id = ol.product_id
       WHERE i.${ISSUED.replaceAll(' AND ', ' AND i.')}
       GROUP BY product, name, currency ORDER BY currency, revenue DESC, product`,
    );
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.map(({ product_id, product_name, currency, revenue, lines }) => ({ product: product_id, name: product_name, currency, revenue, lines }))).toEqual(direct);
    const [total] = await runSql<{ n: bigint }>(
      emulator,
      `SELECT sum(total_amount) AS n FROM fact_invoice_line WHERE invoice_id IN (SELECT id FROM fact_invoice WHERE ${ISSUED})`,
    );
    expect(rows.reduce((sum, row) => sum + row.revenue, 0n)).toBe(total!.n);
  });
});

describe('margin', () => {
  it('per customer: revenue before tax minus AI cost, exact, lowest first, negatives flagged', async () => {
    const rows = await runNamedQuery(emulator, margin, { from: FROM, to: TO, by: 'customer', limit: 1000 });
    const revenue = new Map(
      (await runSql<{ id: string; n: bigint }>(emulator, `SELECT customer_id AS id, sum(total_excl_tax) AS n FROM fact_invoice WHERE ${ISSUED} AND currency = 'USD' GROUP BY id`)).map((r) => [r.id, r.n]),
    );
    const cost = new Map(
      (await runSql<{ id: string; c: string }>(emulator, `SELECT customer_id AS id, toString(sum(cost_amount)) AS c FROM fact_cost WHERE ${WINDOW} GROUP BY id`)).map((r) => [r.id, r.c]),
    );
    const keys = new Set([...revenue.keys(), ...cost.keys()]);
    expect(rows).toHaveLength(keys.size);
    for (const row of rows) {
      const expectedRevenue = revenue.get(row.key) ?? 0n;
      const expectedCost = decimalUnits(cost.get(row.key) ?? '0');
      expect(row.revenue).toBe(expectedRevenue);
      expect(decimalUnits(row.ai_cost)).toBe(expectedCost);
      expect(decimalUnits(row.margin)).toBe(expectedRevenue * 10n ** 10n - expectedCost);
      expect(row.is_negative).toBe(decimalUnits(row.margin) < 0n);
    }
    const margins = rows.map((row) => decimalUnits(row.margin));
    expect(margins).toEqual([...margins].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(rows.some((row) => row.is_negative)).toBe(true);
  });

  it('per product: line revenue minus the product’s AI cost', async () => {
    const rows = await runNamedQuery(emulator, margin, { from: FROM, to: TO, by: 'product' });
    const [cost] = await runSql<{ c: string }>(emulator, `SELECT toString(sum(cost_amount)) AS c FROM fact_cost WHERE ${WINDOW}`);
    const [lines] = await runSql<{ n: bigint }>(
      emulator,
      `SELECT sum(total_amount) AS n FROM fact_invoice_line WHERE invoice_id IN (SELECT id FROM fact_invoice WHERE ${ISSUED} AND currency = 'USD')`,
    );
    expect(rows.reduce((sum, row) => sum + decimalUnits(row.ai_cost), 0n)).toBe(decimalUnits(cost!.c));
    expect(rows.reduce((sum, row) => sum + row.revenue, 0n)).toBe(lines!.n);
    expect(rows.find((row) => row.key === 'prod_inbox_triage')?.label).toBe('Inbox Triage Agent');
  });
});

describe('customer-leaderboard', () => {
  it('ranks customers with names by signals, and carries their cost, revenue and margin', async () => {
    const rows = await runNamedQuery(emulator, customerLeaderboard, { from: FROM, to: TO, limit: 5 });
    const top = await runSql<{ id: string; name: string; n: bigint }>(
      emulator,
      `SELECT s.customer_id AS id, c.name AS name, count() AS n FROM fact_signal AS s JOIN dim_customer AS c ON c.id = s.customer_id
       WHERE s.${WINDOW} GROUP BY id, name ORDER BY n DESC, id LIMIT 5`,
    );
    expect(rows.map((r) => ({ id: r.customer_id, name: r.customer_name, n: r.signals }))).toEqual(top);
    for (const row of rows) {
      expect(decimalUnits(row.margin)).toBe(row.revenue * 10n ** 10n - decimalUnits(row.ai_cost));
    }
  });

  it.each(['cost', 'revenue', 'margin'] as const)('orders by %s', async (orderBy) => {
    const rows = await runNamedQuery(emulator, customerLeaderboard, { from: FROM, to: TO, orderBy, limit: 1000 });
    const value = (row: (typeof rows)[number]) => (orderBy === 'cost' ? decimalUnits(row.ai_cost) : orderBy === 'revenue' ? row.revenue : decimalUnits(row.margin));
    const values = rows.map(value);
    expect(values).toEqual([...values].sort((a, b) => (a > b ? -1 : a < b ? 1 : 0)));
    const [customers] = await runSql<{ n: bigint }>(
      emulator,
      `SELECT uniqExact(id) AS n FROM (SELECT customer_id AS id FROM fact_signal WHERE ${WINDOW} UNION ALL SELECT customer_id FROM fact_cost WHERE ${WINDOW}
        UNION ALL SELECT customer_id FROM fact_invoice WHERE ${ISSUED} AND currency = 'USD')`,
    );
    expect(BigInt(rows.length)).toBe(customers!.n);
  });
});
