/**
 * Usage recipes on the engine, against independent SQL: signals by type, and a payload field
 * grouped, filtered and aggregated.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signalPayloadBreakdown, signalsByType } from '../../../../src/core/queries/cookbook/usage';
import { startTestEmulator, type TestEmulator } from '../../../support/emulator';
import { instantSql, literal, runNamedQuery, runSql } from '../namedQueryHarness';

const FROM = '2026-09-01T00:00:00.000Z';
const TO = '2026-11-21T00:00:00.000Z';
const WINDOW = `created_at >= ${instantSql(FROM)} AND created_at < ${instantSql(TO)}`;

let emulator: TestEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(async () => {
  await emulator.close();
});

describe('signals-by-type', () => {
  it('counts signals and customers per signal name, most first', async () => {
    const rows = await runNamedQuery(emulator, signalsByType, { from: FROM, to: TO });
    const direct = await runSql<{ name: string; n: bigint; c: bigint }>(
      emulator,
      `SELECT toString(signal_name) AS name, count() AS n, uniqExact(customer_id) AS c FROM fact_signal WHERE ${WINDOW} GROUP BY name ORDER BY n DESC, name`,
    );
    expect(rows.length).toBeGreaterThan(3);
    expect(rows).toEqual(direct.map((r) => ({ signal_name: r.name, signals: r.n, customers: r.c })));
  });

  it('narrows to a customer', async () => {
    const [customer] = await runSql<{ id: string }>(emulator, `SELECT customer_id AS id FROM fact_signal WHERE ${WINDOW} GROUP BY id ORDER BY count() DESC LIMIT 1`);
    const rows = await runNamedQuery(emulator, signalsByType, { from: FROM, to: TO, customerId: customer!.id });
    const [total] = await runSql<{ n: bigint }>(emulator, `SELECT count() AS n FROM fact_signal WHERE ${WINDOW} AND customer_id = ${literal(customer!.id)}`);
    expect(rows.reduce((sum, r) => sum + r.signals, 0n)).toBe(total!.n);
    expect(rows.every((r) => r.customers === 1n)).toBe(true);
  });
});

describe('signal-payload-breakdown', () => {
  it('groups one signal name by a payload field', async () => {
    const rows = await runNamedQuery(emulator, signalPayloadBreakdown, { from: FROM, to: TO, signalName: 'email-triage', path: 'priority' });
    const direct = await runSql<{ v: string; n: bigint }>(
      emulator,
      `SELECT data.priority::String AS v, count() AS n FROM fact_signal WHERE ${WINDOW} AND signal_name = 'email-triage' GROUP BY v ORDER BY n DESC, v LIMIT 20`,
    );
    expect(rows.map((r) => r.value).sort()).toEqual(['high', 'low', 'normal']);
    expect(rows).toEqual(direct.map((r) => ({ value: r.v, signals: r.n, measure_sum: null, measure_avg: null })));
  });

  it('filters on the value and aggregates a numeric field', async () => {
    const rows = await runNamedQuery(emulator, signalPayloadBreakdown, {
      from: FROM,
      to: TO,
      signalName: 'email-triage',
      path: 'mailbox',
      equals: 'support@',
      measurePath: 'labels_applied',
    });
    const [direct] = await runSql<{ n: bigint; s: number; a: number }>(
      emulator,
      `SELECT count() AS n, sum(toFloat64(data.labels_applied::String)) AS s, avg(toFloat64(data.labels_applied::String)) AS a
       FROM fact_signal WHERE ${WINDOW} AND signal_name = 'email-triage' AND data.mailbox::String = 'support@'`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ value: 'support@', signals: direct!.n });
    expect(rows[0]!.measure_sum).toBeCloseTo(direct!.s, 6);
    expect(rows[0]!.measure_avg).toBeCloseTo(direct!.a, 9);
  });

  it('refuses a path that is not a dotted identifier, before any SQL', () => {
    for (const path of ['priority)--', 'a b', "x'", 'data.fact_cost; DROP', '']) {
      expect(() => signalPayloadBreakdown.parseParams({ from: FROM, to: TO, signalName: 'x', path })).toThrow(/payload path|path/);
    }
  });
});
