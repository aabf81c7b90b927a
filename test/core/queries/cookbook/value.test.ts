/**
 * Delivered value recipes on the engine, against independent SQL: value by type, and value vs AI
 * cost (ROI) per customer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { valueByType, valueRoi } from '../../../../src/core/queries/cookbook/value';
import { startTestEmulator, type TestEmulator } from '../../../support/emulator';
import { decimalUnits, instantSql, runNamedQuery, runSql } from '../namedQueryHarness';

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

describe('value-by-type', () => {
  it('sums value per type, most first', async () => {
    const rows = await runNamedQuery(emulator, valueByType, { from: FROM, to: TO });
    const direct = await runSql<{ t: string; v: bigint; s: bigint }>(
      emulator,
      `SELECT toString(value_type) AS t, sum(value_amount) AS v, uniqExact(signal_id) AS s FROM fact_delivered_value WHERE ${WINDOW} GROUP BY t ORDER BY v DESC, t`,
    );
    expect(rows.map((r) => ({ t: r.value_type, v: r.value, s: r.signals }))).toEqual(direct);
    expect(rows).toHaveLength(3);
  });
});

describe('value-roi', () => {
  it('gives value, AI cost, return and net per customer, highest return first', async () => {
    const rows = await runNamedQuery(emulator, valueRoi, { from: FROM, to: TO, limit: 1000 });
    const value = new Map((await runSql<{ id: string; v: bigint }>(emulator, `SELECT customer_id AS id, sum(value_amount) AS v FROM fact_delivered_value WHERE ${WINDOW} GROUP BY id`)).map((r) => [r.id, r.v]));
    const cost = new Map((await runSql<{ id: string; c: string }>(emulator, `SELECT customer_id AS id, toString(sum(cost_amount)) AS c FROM fact_cost WHERE ${WINDOW} GROUP BY id`)).map((r) => [r.id, r.c]));
    expect(rows).toHaveLength(new Set([...value.keys(), ...cost.keys()]).size);
    for (const row of rows) {
      const v = value.get(row.customer_id) ?? 0n;
      const c = decimalUnits(cost.get(row.customer_id) ?? '0');
      expect(row.value).toBe(v);
      expect(decimalUnits(row.ai_cost)).toBe(c);
      expect(decimalUnits(row.net)).toBe(v * 10n ** 10n - c);
      if (c === 0n) expect(row.roi).toBeNull();
      else expect(row.roi).toBeCloseTo(Number(v) / (Number(c) / 1e10), 6);
    }
    const returns = rows.map((r) => r.roi).filter((r): r is number => r !== null);
    expect(returns).toEqual([...returns].sort((a, b) => b - a));
  });
});
