import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyticsKpis, type AnalyticsKpisRow } from '../../../src/core/queries/analyticsKpis';
import { startTestEmulator } from '../../support/emulator';
import type { TestEmulator } from '../../support/emulator';
import { decimalUnits, instantSql, literal, runNamedQuery, runSql } from './namedQueryHarness';

let emulator: TestEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(async () => {
  await emulator.close();
});

// A 30-day window ending with the anchor day, and the 30 days before it.
const FROM = '2026-10-22T00:00:00.000Z';
const TO = '2026-11-21T00:00:00.000Z';
const PREVIOUS_FROM = '2026-09-22T00:00:00.000Z';

const between = (from: string, to: string, column = 'created_at') => `${column} >= ${instantSql(from)} AND ${column} < ${instantSql(to)}`;

function rowsOf(rows: AnalyticsKpisRow[], kpi: AnalyticsKpisRow['kpi']): AnalyticsKpisRow[] {
  return rows.filter((row) => row.kpi === kpi);
}

/** Credits as integers of 10⁻⁶ credits (Decimal(38, 6)). */
function creditUnits(value: string): bigint {
  const match = /^(-?)(\d+)(?:\.(\d{1,6}))?$/.exec(value);
  if (!match) throw new Error(`not credits: ${value}`);
  const units = BigInt(match[2]!) * 1_000_000n + BigInt((match[3] ?? '').padEnd(6, '0'));
  return match[1] === '-' ? -units : units;
}

describe('analytics-kpis on the engine', () => {
  it('counts the signals of the window and of the previous 30 days exactly', async () => {
    const rows = await runNamedQuery(emulator, analyticsKpis, { from: FROM, to: TO });
    const [signals] = rowsOf(rows, 'signals');
    const [expected] = await runSql<{ current: bigint; previous: bigint }>(
      emulator,
      `SELECT countIf(${between(FROM, TO)}) AS current, countIf(${between(PREVIOUS_FROM, FROM)}) AS previous FROM fact_signal`,
    );
    expect(expected!.current).toBeGreaterThan(0n);
    expect(signals).toMatchObject({ unit: '', current: String(expected!.current), previous: String(expected!.previous) });
  });

  it('sums the AI cost to the fractional cent, in both periods', async () => {
    const rows = await runNamedQuery(emulator, analyticsKpis, { from: FROM, to: TO });
    const [cost] = rowsOf(rows, 'ai_cost');
    const [expected] = await runSql<{ current: string; previous: string }>(
      emulator,
      `SELECT toString(toDecimal128(sumIf(cost_amount, ${between(FROM, TO)}), 10)) AS current,
              toString(toDecimal128(sumIf(cost_amount, ${between(PREVIOUS_FROM, FROM)}), 10)) AS previous FROM fact_cost`,
    );
    expect(decimalUnits(cost!.current)).toBe(decimalUnits(expected!.current));
    expect(decimalUnits(cost!.previous!)).toBe(decimalUnits(expected!.previous));
    expect(decimalUnits(cost!.current)).toBeGreaterThan(0n);
  });

  it('gives revenue (excluding tax) of posted invoices per currency, by issue day', async () => {
    const rows = await runNamedQuery(emulator, analyticsKpis, { from: FROM, to: TO });
    const expected = await runSql<{ currency: string; current: bigint; previous: bigint }>(
      emulator,
      `SELECT toString(currency) AS currency,
         sumIf(total_excl_tax, issue_date >= toDate('2026-10-22')) AS current,
         sumIf(total_excl_tax, issue_date < toDate('2026-10-22')) AS previous
       FROM fact_invoice WHERE status = 'posted' AND issue_date >= toDate('2026-09-22') AND issue_date < toDate('2026-11-21')
       GROUP BY currency ORDER BY currency`,
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(rowsOf(rows, 'revenue').map((r) => [r.unit, r.current, r.previous])).toEqual(
      expected.map((r) => [r.currency, String(r.current), String(r.previous)]),
    );
  });

  it('counts invoice days in the reader’s time zone', async () => {
    // Midnight in Auckland (UTC+13 in November) is 11:00 UTC the day before.
    const zoned = await runNamedQuery(emulator, analyticsKpis, {
      from: '2026-10-21T11:00:00.000Z',
      to: '2026-11-20T11:00:00.000Z',
      timeZone: 'Pacific/Auckland',
    });
    const [expected] = await runSql<{ current: bigint }>(
      emulator,
      `SELECT sum(total_excl_tax) AS current FROM fact_invoice
       WHERE status = 'posted' AND issue_date >= toDate('2026-10-22') AND issue_date < toDate('2026-11-21')`,
    );
    expect(rowsOf(zoned, 'revenue').reduce((sum, r) => sum + BigInt(r.current), 0n)).toBe(expected!.current);
  });

  it('gives what posted invoices issued before the end still owe, with no previous value', async () => {
    const rows = await runNamedQuery(emulator, analyticsKpis, { from: FROM, to: TO });
    const expected = await runSql<{ currency: string; owed: bigint }>(
      emulator,
      `SELECT toString(currency) AS currency, sum(amount_due) AS owed FROM fact_invoice
       WHERE status = 'posted' AND amount_due > 0 AND issue_date < toDate('2026-11-21') GROUP BY currency ORDER BY currency`,
    );
    expect(rowsOf(rows, 'outstanding').map((r) => [r.unit, r.current, r.previous])).toEqual(expected.map((r) => [r.currency, String(r.owed), null]));
  });

  it('gives the credits balance (grants − spends) at the end and at the start, per credits currency, named', async () => {
    const rows = await runNamedQuery(emulator, analyticsKpis, { from: FROM, to: TO });
    const expected = await runSql<{ id: string; name: string; at_end: string; at_start: string }>(
      emulator,
      `SELECT t.credits_currency_id AS id, any(c.name) AS name,
         toString(sumIf(t.amount, t.type = 'GRANT' AND t.created_at < ${instantSql(TO)}) - sumIf(t.amount, t.type = 'SPEND' AND t.created_at < ${instantSql(TO)})) AS at_end,
         toString(sumIf(t.amount, t.type = 'GRANT' AND t.created_at < ${instantSql(FROM)}) - sumIf(t.amount, t.type = 'SPEND' AND t.created_at < ${instantSql(FROM)})) AS at_start
       FROM fact_credit_transaction AS t LEFT JOIN dim_credits_currency AS c ON c.id = t.credits_currency_id
       WHERE t.created_at < ${instantSql(TO)}
       GROUP BY id ORDER BY id`,
    );
    const balances = rowsOf(rows, 'credits_balance');
    expect(balances.length).toBe(expected.length);
    expect(balances.length).toBeGreaterThan(0);
    for (const [index, row] of balances.entries()) {
      const reference = expected[index]!;
      expect(row.unit).toBe(reference.id);
      expect(row.unit_label).toBe(reference.name);
      expect(creditUnits(row.current)).toBe(creditUnits(reference.at_end));
      expect(creditUnits(row.previous!)).toBe(creditUnits(reference.at_start));
    }
    const one = await runNamedQuery(emulator, analyticsKpis, { from: FROM, to: TO, creditsCurrencyId: expected[0]!.id });
    expect(rowsOf(one, 'credits_balance').map((r) => r.unit)).toEqual([expected[0]!.id]);
  });

  it('narrows every KPI to one customer', async () => {
    const [customer] = await runSql<{ id: string }>(
      emulator,
      `SELECT customer_id AS id FROM fact_invoice WHERE status = 'posted' AND amount_due > 0 GROUP BY id ORDER BY count() DESC, id LIMIT 1`,
    );
    const id = customer!.id;
    const rows = await runNamedQuery(emulator, analyticsKpis, { from: FROM, to: TO, customerId: id });
    const [signals] = await runSql<{ n: bigint }>(emulator, `SELECT count() AS n FROM fact_signal WHERE ${between(FROM, TO)} AND customer_id = ${literal(id)}`);
    const [owed] = await runSql<{ n: bigint }>(
      emulator,
      `SELECT sum(amount_due) AS n FROM fact_invoice WHERE status = 'posted' AND amount_due > 0 AND issue_date < toDate('2026-11-21') AND customer_id = ${literal(id)}`,
    );
    expect(rowsOf(rows, 'signals')[0]!.current).toBe(String(signals!.n));
    expect(rowsOf(rows, 'outstanding').reduce((sum, r) => sum + BigInt(r.current), 0n)).toBe(owed!.n);
    expect(owed!.n).toBeGreaterThan(0n);
  });

  it('answers signals and AI cost as zero for a customer with nothing, and no money rows', async () => {
    const rows = await runNamedQuery(emulator, analyticsKpis, { from: FROM, to: TO, customerId: 'cus_nobody_here' });
    expect(rows.map((r) => [r.kpi, r.current, r.previous])).toEqual([
      ['signals', '0', '0'],
      ['ai_cost', '0', '0'],
    ]);
  });
});
