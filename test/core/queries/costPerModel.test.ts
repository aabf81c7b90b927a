import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { costPerModel } from '../../../src/core/queries/costPerModel';
import { startTestEmulator } from '../../support/emulator';
import type { TestEmulator } from '../../support/emulator';
import { decimalUnits, instantSql, literal, runNamedQuery, runSql, sumBigInt } from './namedQueryHarness';

let emulator: TestEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(async () => {
  await emulator.close();
});

const FROM = '2026-10-01T00:00:00.000Z';
const TO = '2026-11-21T00:00:00.000Z';
const WINDOW = `created_at BETWEEN ${instantSql(FROM)} AND ${instantSql(TO)} - toIntervalMillisecond(1)`;

interface Independent {
  vendor: string;
  model: string;
  cost: string;
  calls: bigint;
  input: bigint;
  output: bigint;
  latency_total: bigint;
}

/** Per vendor × model, computed independently (cost as a fixed-scale string, latency as a sum). */
async function independentTotals(condition = '1'): Promise<Map<string, Independent>> {
  const rows = await runSql<Independent>(
    emulator,
    `SELECT toString(vendor) AS vendor, toString(model) AS model,
       toString(toDecimal128(sum(cost_amount), 10)) AS cost, count() AS calls,
       sum(input_tokens) AS input, sum(output_tokens) AS output, toInt64(sum(latency_ms)) AS latency_total
     FROM fact_cost WHERE ${WINDOW} AND ${condition} GROUP BY vendor, model`,
  );
  return new Map(rows.map((r) => [`${r.vendor}/${r.model}`, r]));
}

describe('cost-per-model on the engine', () => {
  it('matches an independent sum per vendor and model, exactly to the fractional cent', async () => {
    const rows = await runNamedQuery(emulator, costPerModel, { from: FROM, to: TO, limit: 1000 });
    const expected = await independentTotals();
    expect(expected.size).toBeGreaterThan(1);
    expect(rows).toHaveLength(expected.size);
    for (const row of rows) {
      const reference = expected.get(`${row.vendor}/${row.model}`)!;
      expect(reference).toBeDefined();
      expect(decimalUnits(row.cost_amount)).toBe(decimalUnits(reference.cost));
      expect(row.calls).toBe(reference.calls);
      expect(row.input_tokens).toBe(reference.input);
      expect(row.output_tokens).toBe(reference.output);
      expect(row.avg_latency_ms).toBeCloseTo(Number(reference.latency_total) / Number(reference.calls), 6);
      expect(row.signals).toBeNull();
      expect(row.cost_per_signal).toBeNull();
    }
    const total = (await runSql<{ total: string }>(emulator, `SELECT toString(sum(cost_amount)) AS total FROM fact_cost WHERE ${WINDOW}`))[0]!;
    expect(sumBigInt(rows.map((r) => decimalUnits(r.cost_amount)))).toBe(decimalUnits(total.total));
  });

  it('orders by cost, most expensive first, and keeps the top `limit`', async () => {
    const all = await runNamedQuery(emulator, costPerModel, { from: FROM, to: TO, limit: 1000 });
    const units = all.map((r) => decimalUnits(r.cost_amount));
    for (let i = 1; i < units.length; i++) expect(units[i - 1]! >= units[i]!).toBe(true);
    const top2 = await runNamedQuery(emulator, costPerModel, { from: FROM, to: TO, limit: 2 });
    expect(top2.map((r) => `${r.vendor}/${r.model}`)).toEqual(all.slice(0, 2).map((r) => `${r.vendor}/${r.model}`));
  });

  it('counts the signals sharing a trace with the calls, and the exact cost per signal', async () => {
    const rows = await runNamedQuery(emulator, costPerModel, { from: FROM, to: TO, includeCostPerSignal: true, limit: 1000 });
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const [independent] = await runSql<{ n: bigint }>(
        emulator,
        `SELECT count(DISTINCT signal_id) AS n FROM fact_signal
         WHERE ${WINDOW} AND trace_id IN (
           SELECT trace_id FROM fact_cost WHERE ${WINDOW} AND vendor = ${literal(row.vendor)} AND model = ${literal(row.model)})`,
      );
      expect(row.signals).toBe(independent!.n);
      expect(independent!.n).toBeGreaterThan(0n);
      // cost_per_signal = cost / signals, truncated to 10 places.
      const expected = decimalUnits(row.cost_amount) / independent!.n;
      expect(decimalUnits(row.cost_per_signal!)).toBe(expected);
    }
  });

  it('filters by vendor, product and customer', async () => {
    const [sample] = await runSql<{ vendor: string; product: string; customer: string }>(
      emulator,
      `SELECT toString(any(vendor)) AS vendor, any(product_id) AS product, any(customer_id) AS customer FROM fact_cost WHERE ${WINDOW}`,
    );
    const cases: [Record<string, string>, string][] = [
      [{ vendor: sample!.vendor }, `vendor = ${literal(sample!.vendor)}`],
      [{ productId: sample!.product }, `product_id = ${literal(sample!.product)}`],
      [{ customerId: sample!.customer }, `customer_id = ${literal(sample!.customer)}`],
    ];
    for (const [filter, condition] of cases) {
      const rows = await runNamedQuery(emulator, costPerModel, { from: FROM, to: TO, limit: 1000, ...filter });
      const expected = await independentTotals(condition);
      expect(rows.length).toBe(expected.size);
      expect(sumBigInt(rows.map((r) => r.calls))).toBe(sumBigInt([...expected.values()].map((r) => r.calls)));
    }
  });
});
