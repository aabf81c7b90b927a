/**
 * Billed usage and credits recipes on the engine, against independent SQL: usage vs allowance in
 * the current period with overage per customer, signals that drive billed revenue, net credit flow
 * and the top credit-spending signals and products — credits exact.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { billedUsage, creditFlow, creditUsage, signalRevenue } from '../../../../src/core/queries/cookbook/billing';
import { startTestEmulator, type TestEmulator } from '../../../support/emulator';
import { instantSql, literal, runNamedQuery, runSql } from '../namedQueryHarness';

const FROM = '2026-09-01T00:00:00.000Z';
const TO = '2026-11-21T00:00:00.000Z';
const WINDOW = `created_at >= ${instantSql(FROM)} AND created_at < ${instantSql(TO)}`;
const AS_OF = '2026-11-10';

/** An exact decimal of credits (at most 6 places) as an integer of millionths. */
function credits(value: string): bigint {
  const match = /^(-?)(\d+)(?:\.(\d{1,6}))?$/.exec(value);
  if (!match) throw new Error(`not a credit amount: ${value}`);
  const units = BigInt(match[2]!) * 1_000_000n + BigInt((match[3] ?? '').padEnd(6, '0'));
  return match[1] === '-' ? -units : units;
}

let emulator: TestEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(async () => {
  await emulator.close();
});

describe('billed-usage', () => {
  it('gives used vs included per signal and period containing asOf, overage counted per customer', async () => {
    const rows = await runNamedQuery(emulator, billedUsage, { asOf: AS_OF });
    const direct = await runSql<{ name: string; start: string; used: bigint; included: bigint; overage: bigint; billed: bigint }>(
      emulator,
      `SELECT toString(signal_name) AS name, toString(period_start) AS start, sum(signal_count) AS used, sum(included_quantity) AS included,
         sum(greatest(toInt64(signal_count) - toInt64(included_quantity), 0)) AS overage, sum(subtotal) AS billed
       FROM fact_usage_summary WHERE period_start <= ${literal(AS_OF)} AND period_end >= ${literal(AS_OF)}
       GROUP BY name, period_start, period_end ORDER BY name, start`,
    );
    expect(rows.length).toBeGreaterThan(1);
    const shown = rows.map((r) => ({ name: r.signal_name, start: r.period_start, used: r.signals, included: r.included, overage: BigInt(r.overage), billed: r.billed }));
    expect(shown.sort((a, b) => (a.name + a.start).localeCompare(b.name + b.start))).toEqual(
      direct.map((r) => ({ ...r, overage: BigInt(r.overage) })).sort((a, b) => (a.name + a.start).localeCompare(b.name + b.start)),
    );
    expect(rows.some((r) => r.overage > 0n)).toBe(true);
    for (const row of rows) {
      expect(row.elapsed_days).toBeGreaterThanOrEqual(1);
      expect(row.elapsed_days).toBeLessThanOrEqual(row.period_days);
      expect(row.period_start <= AS_OF && AS_OF <= row.period_end).toBe(true);
    }
  });
});

describe('signal-revenue', () => {
  it('sums billed overage per signal over periods starting in the window', async () => {
    const rows = await runNamedQuery(emulator, signalRevenue, { from: '2026-04-01T00:00:00Z', to: TO });
    const direct = await runSql<{ name: string; billed: bigint; used: bigint }>(
      emulator,
      `SELECT toString(signal_name) AS name, sum(subtotal) AS billed, sum(signal_count) AS used FROM fact_usage_summary
       WHERE period_start >= toDate('2026-04-01') AND period_start < toDate('2026-11-21') GROUP BY name ORDER BY billed DESC, name`,
    );
    expect(rows.map((r) => ({ name: r.signal_name, billed: r.billed, used: r.signals }))).toEqual(direct);
    expect(rows[0]!.billed).toBeGreaterThan(0n);
  });
});

describe('credit-flow', () => {
  it('gives granted, spent, pending, net and the balance at the end per credits currency, exact', async () => {
    const rows = await runNamedQuery(emulator, creditFlow, { from: FROM, to: TO });
    const direct = await runSql<{ id: string; granted: string; spent: string; pending: string; balance: string }>(
      emulator,
      `SELECT credits_currency_id AS id,
         toString(sumIf(amount, type = 'GRANT' AND ${WINDOW})) AS granted,
         toString(sumIf(amount, type = 'SPEND' AND ${WINDOW})) AS spent,
         toString(sumIf(amount, type = 'PENDING_GRANT' AND ${WINDOW})) AS pending,
         toString(sumIf(amount, type = 'GRANT') - sumIf(amount, type = 'SPEND')) AS balance
       FROM fact_credit_transaction WHERE created_at < ${instantSql(TO)} GROUP BY id ORDER BY id`,
    );
    expect(rows.map((r) => r.credits_currency_id)).toEqual(direct.map((r) => r.id));
    for (const [i, row] of rows.entries()) {
      const truth = direct[i]!;
      expect(credits(row.granted)).toBe(credits(truth.granted));
      expect(credits(row.spent)).toBe(credits(truth.spent));
      expect(credits(row.pending)).toBe(credits(truth.pending));
      expect(credits(row.balance)).toBe(credits(truth.balance));
      expect(credits(row.net)).toBe(credits(truth.granted) - credits(truth.spent));
      expect(row.currency_name).not.toBe('');
    }
    expect(rows.some((r) => credits(r.spent) % 1_000_000n !== 0n)).toBe(true); // fractional credits survive
  });
});

describe('credit-usage', () => {
  it.each([
    ['signal', "ifNull(signal_name, '')"],
    ['product', "ifNull(product_id, '')"],
  ] as const)('ranks credit spends by %s for one currency', async (by, key) => {
    const rows = await runNamedQuery(emulator, creditUsage, { from: FROM, to: TO, creditsCurrencyId: 'cc_ai_credits', by, limit: 1000 });
    const direct = await runSql<{ key: string; spent: string; n: bigint }>(
      emulator,
      `SELECT ${key} AS key, toString(sum(amount)) AS spent, count() AS n FROM fact_credit_transaction
       WHERE type = 'SPEND' AND credits_currency_id = 'cc_ai_credits' AND ${WINDOW} GROUP BY key ORDER BY sum(amount) DESC, key`,
    );
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.map((r) => ({ key: r.key, spent: credits(r.spent), n: r.transactions }))).toEqual(direct.map((r) => ({ ...r, spent: credits(r.spent) })));
    if (by === 'product') expect(rows.some((r) => r.label !== r.key)).toBe(true);
  });

  it('gives nothing for another currency’s id', async () => {
    expect(await runNamedQuery(emulator, creditUsage, { from: FROM, to: TO, creditsCurrencyId: 'cc_none' })).toEqual([]);
  });
});
