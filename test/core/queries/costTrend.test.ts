import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { costTrend } from '../../../src/core/queries/costTrend';
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

const FROM = '2026-09-01T00:00:00.000Z';
const TO = '2026-11-21T00:00:00.000Z';
const WINDOW = `created_at >= ${instantSql(FROM)} AND created_at < ${instantSql(TO)}`;

/** Cost per day × key computed independently, as `day|key` → 10⁻¹⁰-cent units and calls. */
async function independent(keyExpression: string, bucketExpression: string, condition = '1'): Promise<Map<string, { cost: bigint; calls: bigint }>> {
  const rows = await runSql<{ bucket: Date; key: string; cost: string; calls: bigint }>(
    emulator,
    `SELECT ${bucketExpression} AS bucket, ${keyExpression} AS key, toString(toDecimal128(sum(cost_amount), 10)) AS cost, count() AS calls
     FROM fact_cost WHERE ${WINDOW} AND ${condition} GROUP BY bucket, key`,
  );
  return new Map(rows.map((row) => [`${row.bucket.toISOString()}|${row.key}`, { cost: decimalUnits(row.cost), calls: row.calls }]));
}

describe('cost-trend on the engine', () => {
  it('with a topN above the number of vendors, equals an independent sum per day and vendor, to the fractional cent', async () => {
    const rows = await runNamedQuery(emulator, costTrend, { from: FROM, to: TO, groupBy: 'vendor', topN: 20 });
    const expected = await independent('toString(vendor)', "toStartOfDay(created_at, 'UTC')");
    expect(expected.size).toBeGreaterThan(20);
    expect(rows.every((row) => !row.is_other)).toBe(true);
    expect(rows).toHaveLength(expected.size);
    for (const row of rows) {
      const reference = expected.get(`${row.bucket.toISOString()}|${row.series}`);
      expect(reference, `${row.bucket.toISOString()} ${row.series}`).toBeDefined();
      expect(decimalUnits(row.cost_amount)).toBe(reference!.cost);
      expect(row.calls).toBe(reference!.calls);
      expect(row.series_label).toBe(row.series);
    }
  });

  it('keeps the top N keys by window cost and folds the rest into "other", total unchanged', async () => {
    const rows = await runNamedQuery(emulator, costTrend, { from: FROM, to: TO, groupBy: 'model', topN: 2, granularity: 'week' });
    const ranking = await runSql<{ key: string }>(
      emulator,
      `SELECT toString(model) AS key FROM fact_cost WHERE ${WINDOW} GROUP BY key ORDER BY sum(cost_amount) DESC, key ASC`,
    );
    expect(ranking.length).toBeGreaterThan(2);
    const named = new Set(rows.filter((row) => !row.is_other).map((row) => row.series));
    expect([...named].sort()).toEqual(ranking.slice(0, 2).map((row) => row.key).sort());
    const others = rows.filter((row) => row.is_other);
    expect(others.length).toBeGreaterThan(0);
    expect(others.every((row) => row.series === '' && row.series_label === '')).toBe(true);
    const [total] = await runSql<{ total: string; calls: bigint }>(
      emulator,
      `SELECT toString(toDecimal128(sum(cost_amount), 10)) AS total, count() AS calls FROM fact_cost WHERE ${WINDOW}`,
    );
    expect(sumBigInt(rows.map((row) => decimalUnits(row.cost_amount)))).toBe(decimalUnits(total!.total));
    expect(sumBigInt(rows.map((row) => row.calls))).toBe(total!.calls);
    // Weekly buckets start on a Monday at midnight UTC.
    for (const row of rows) expect(row.bucket.getUTCDay()).toBe(1);
  });

  it('names product series from dim_product and buckets months in the reader’s zone', async () => {
    const zone = 'America/New_York';
    const rows = await runNamedQuery(emulator, costTrend, { from: FROM, to: TO, groupBy: 'product', topN: 20, granularity: 'month', timeZone: zone });
    const expected = await independent('product_id', `toDateTime(toStartOfMonth(created_at, ${literal(zone)}), ${literal(zone)})`);
    expect(rows).toHaveLength(expected.size);
    const names = new Map(
      (await runSql<{ id: string; name: string }>(emulator, 'SELECT id, name FROM dim_product')).map((row) => [row.id, row.name]),
    );
    for (const row of rows) {
      expect(decimalUnits(row.cost_amount)).toBe(expected.get(`${row.bucket.toISOString()}|${row.series}`)!.cost);
      expect(row.series_label).toBe(names.get(row.series));
      expect(row.series_label).not.toBe('');
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
      const rows = await runNamedQuery(emulator, costTrend, { from: FROM, to: TO, topN: 20, ...filter });
      const expected = await independent('toString(vendor)', "toStartOfDay(created_at, 'UTC')", condition);
      expect(rows.length).toBe(expected.size);
      expect(sumBigInt(rows.map((row) => decimalUnits(row.cost_amount)))).toBe(sumBigInt([...expected.values()].map((row) => row.cost)));
    }
  });

  it('refuses a window whose buckets × series could pass the API’s row cap', () => {
    expect(() => costTrend.parseParams({ from: '2025-01-01T00:00:00Z', to: '2026-12-31T00:00:00Z', granularity: 'day', topN: 20 })).toThrow(/10000/);
    expect(() => costTrend.parseParams({ from: FROM, to: TO, groupBy: 'customer' })).toThrow(/groupBy/);
  });
});
