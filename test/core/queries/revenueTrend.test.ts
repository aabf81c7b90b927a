import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { revenueTrend } from '../../../src/core/queries/revenueTrend';
import { startTestEmulator } from '../../support/emulator';
import type { TestEmulator } from '../../support/emulator';
import { instantSql, literal, runNamedQuery, runSql } from './namedQueryHarness';

let emulator: TestEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(async () => {
  await emulator.close();
});

const FROM = '2025-11-01T00:00:00.000Z';
const TO = '2026-12-01T00:00:00.000Z';

type Sums = Map<string, { invoiced: bigint; invoices: bigint; collected: bigint; payments: bigint }>;

/**
 * Posted invoices per issue month and posted payments per month received, computed apart from the
 * named query: months as `formatDateTime(…, '%Y-%m')` of the local day, two separate queries.
 */
async function independentTrend(timeZone: string, where = '1'): Promise<Sums> {
  const zone = literal(timeZone);
  const invoices = await runSql<{ month: string; currency: string; amount: bigint; n: bigint }>(
    emulator,
    `SELECT formatDateTime(issue_date, '%Y-%m') AS month, toString(currency) AS currency, toInt64(sum(total_excl_tax)) AS amount, count() AS n
     FROM fact_invoice
     WHERE status = 'posted' AND ${where}
       AND toDateTime(issue_date, ${zone}) >= ${instantSql(FROM)} AND toDateTime(issue_date, ${zone}) < ${instantSql(TO)}
     GROUP BY month, currency`,
  );
  const payments = await runSql<{ month: string; currency: string; amount: bigint; n: bigint }>(
    emulator,
    `SELECT formatDateTime(paid_at, '%Y-%m', ${zone}) AS month, toString(currency) AS currency, toInt64(sum(amount)) AS amount, count() AS n
     FROM fact_payment
     WHERE payment_status = 'posted' AND ${where} AND paid_at >= ${instantSql(FROM)} AND paid_at < ${instantSql(TO)}
     GROUP BY month, currency`,
  );
  const sums: Sums = new Map();
  const entry = (month: string, currency: string) => {
    const key = `${currency}|${month}`;
    if (!sums.has(key)) sums.set(key, { invoiced: 0n, invoices: 0n, collected: 0n, payments: 0n });
    return sums.get(key)!;
  };
  for (const row of invoices) Object.assign(entry(row.month, row.currency), { invoiced: BigInt(row.amount), invoices: BigInt(row.n) });
  for (const row of payments) Object.assign(entry(row.month, row.currency), { collected: BigInt(row.amount), payments: BigInt(row.n) });
  return sums;
}

/** The local `YYYY-MM` of an instant. */
function monthIn(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit' }).format(date).slice(0, 7);
}

function asSums(rows: Awaited<ReturnType<typeof runNamedQuery<typeof revenueTrend>>>, timeZone: string): Sums {
  return new Map(rows.map((row) => [`${row.currency}|${monthIn(row.bucket, timeZone)}`, { invoiced: row.invoiced, invoices: row.invoices, collected: row.collected, payments: row.payments }]));
}

describe('revenue-trend on the engine', () => {
  it.each(['UTC', 'America/Los_Angeles'])('sums posted invoices by issue month and posted payments by month received, as direct SQL does (%s)', async (timeZone) => {
    const rows = await runNamedQuery(emulator, revenueTrend, { from: FROM, to: TO, timeZone });
    const expected = await independentTrend(timeZone);
    expect(expected.size).toBeGreaterThan(6);
    expect(asSums(rows, timeZone)).toEqual(expected);
    // Every bucket is its month's local midnight, ordered by currency then time.
    for (const row of rows) {
      const local = new Intl.DateTimeFormat('en-GB', { timeZone, day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(row.bucket);
      expect(local).toBe('01, 00:00');
    }
    const order = rows.map((row) => `${row.currency}|${row.bucket.toISOString()}`);
    expect(order).toEqual([...order].sort());
  });

  it('leaves out draft and void invoices and pending or failed payments', async () => {
    const rows = await runNamedQuery(emulator, revenueTrend, { from: FROM, to: TO });
    const all = await runSql<{ invoiced: bigint; collected: bigint }>(
      emulator,
      `SELECT (SELECT toInt64(sum(total_excl_tax)) FROM fact_invoice WHERE issue_date >= toDate('2025-11-01') AND issue_date < toDate('2026-12-01')) AS invoiced,
              (SELECT toInt64(sum(amount)) FROM fact_payment WHERE paid_at >= ${instantSql(FROM)} AND paid_at < ${instantSql(TO)}) AS collected`,
    );
    const invoiced = rows.reduce((sum, row) => sum + row.invoiced, 0n);
    const collected = rows.reduce((sum, row) => sum + row.collected, 0n);
    expect(invoiced).toBeGreaterThan(0n);
    expect(collected).toBeGreaterThan(0n);
    expect(invoiced).toBeLessThan(BigInt(all[0]!.invoiced));
    expect(collected).toBeLessThan(BigInt(all[0]!.collected));
  });

  it('narrows to one customer, weekly', async () => {
    const [top] = await runSql<{ customer_id: string }>(
      emulator,
      `SELECT customer_id FROM fact_invoice WHERE status = 'posted' GROUP BY customer_id ORDER BY sum(total_excl_tax) DESC, customer_id LIMIT 1`,
    );
    const customerId = top!.customer_id;
    const rows = await runNamedQuery(emulator, revenueTrend, { from: FROM, to: TO, granularity: 'week', customerId });
    const expected = await independentTrend('UTC', `customer_id = ${literal(customerId)}`);
    const sum = (values: Iterable<{ invoiced: bigint; collected: bigint }>) => {
      let invoiced = 0n;
      let collected = 0n;
      for (const value of values) {
        invoiced += value.invoiced;
        collected += value.collected;
      }
      return { invoiced, collected };
    };
    expect(sum(rows)).toEqual(sum(expected.values()));
    for (const row of rows) expect(row.bucket.getUTCDay()).toBe(1);
    expect(rows.length).toBeGreaterThan(expected.size);
  });

  it('refuses a window longer than two years and an unknown granularity', () => {
    expect(() => revenueTrend.parseParams({ from: '2020-01-01T00:00:00Z', to: '2026-01-01T00:00:00Z' })).toThrow(/INVALID|window|days/i);
    expect(() => revenueTrend.parseParams({ from: FROM, to: TO, granularity: 'day' })).toThrow();
  });
});

