import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { creditBurn } from '../../../src/core/queries/creditBurn';
import { summarizeCreditBurn } from '../../../src/core/queries/summarizeCreditBurn';
import { startTestEmulator } from '../../support/emulator';
import type { TestEmulator } from '../../support/emulator';
import { instantSql, literal, runNamedQuery, runSql, sumBigInt, wallClock } from './namedQueryHarness';

let emulator: TestEmulator;
let currency: string;
beforeAll(async () => {
  emulator = await startTestEmulator();
  const [busiest] = await runSql<{ id: string }>(
    emulator,
    'SELECT credits_currency_id AS id FROM fact_credit_transaction GROUP BY id ORDER BY count() DESC, id LIMIT 1',
  );
  currency = busiest?.id ?? '';
});
afterAll(async () => {
  await emulator.close();
});

const FROM = '2026-09-01T00:00:00.000Z';
const TO = '2026-11-21T00:00:00.000Z';

/** Grants − spends of the currency strictly before `instant`, computed independently. */
async function balanceBefore(instant: string, condition = '1'): Promise<bigint> {
  const [row] = await runSql<{ balance: bigint }>(
    emulator,
    `SELECT toInt64(sum(multiIf(type = 'GRANT', amount, type = 'SPEND', -amount, 0))) AS balance
     FROM fact_credit_transaction
     WHERE credits_currency_id = ${literal(currency)} AND created_at < ${instantSql(instant)} AND ${condition}`,
  );
  return row!.balance;
}

describe('credit-burn on the engine', () => {
  it('has credit transactions to test with', () => {
    expect(currency).not.toBe('');
  });

  it('grants, spends and pending match direct sums, and the balance runs from the opening balance', async () => {
    const rows = await runNamedQuery(emulator, creditBurn, { from: FROM, to: TO, creditsCurrencyId: currency });
    expect(rows.length).toBeGreaterThan(1);
    const [direct] = await runSql<{ granted: bigint; spent: bigint; pending: bigint }>(
      emulator,
      `SELECT toInt64(sumIf(amount, type = 'GRANT')) AS granted, toInt64(sumIf(amount, type = 'SPEND')) AS spent,
         toInt64(sumIf(amount, type = 'PENDING_GRANT')) AS pending
       FROM fact_credit_transaction
       WHERE credits_currency_id = ${literal(currency)} AND created_at >= ${instantSql(FROM)} AND created_at < ${instantSql(TO)}`,
    );
    expect(sumBigInt(rows.map((r) => r.granted))).toBe(direct!.granted);
    expect(sumBigInt(rows.map((r) => r.spent))).toBe(direct!.spent);
    expect(sumBigInt(rows.map((r) => r.pending))).toBe(direct!.pending);
    expect(rows.at(-1)!.balance).toBe(await balanceBefore(TO));
    // Each bucket's balance is everything up to the end of that bucket (the next bucket's start).
    for (let i = 0; i + 1 < rows.length; i++) {
      const next = rows[i + 1]!.bucket.toISOString();
      if (rows[i + 1]!.bucket.getTime() - rows[i]!.bucket.getTime() === 86_400_000) {
        expect(rows[i]!.balance).toBe(await balanceBefore(next));
      }
    }
  });

  it('always returns the bucket holding `from`, carrying the opening balance, even for a quiet window', async () => {
    const from = '2030-01-01T00:00:00.000Z';
    const rows = await runNamedQuery(emulator, creditBurn, { from, to: '2030-02-01T00:00:00Z', creditsCurrencyId: currency });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toEqual({
      bucket: new Date(from),
      granted: 0n,
      spent: 0n,
      pending: 0n,
      balance: await balanceBefore(from),
    });
  });

  it('buckets weeks from Monday midnight and months from the 1st in the time zone', async () => {
    const timeZone = 'America/New_York';
    const weeks = await runNamedQuery(emulator, creditBurn, { from: FROM, to: TO, granularity: 'week', timeZone, creditsCurrencyId: currency });
    for (const row of weeks) {
      expect(new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short' }).format(row.bucket)).toBe('Mon');
      expect(wallClock(row.bucket, timeZone).endsWith(' 00:00')).toBe(true);
    }
    const months = await runNamedQuery(emulator, creditBurn, { from: FROM, to: TO, granularity: 'month', timeZone, creditsCurrencyId: currency });
    for (const row of months) expect(wallClock(row.bucket, timeZone).slice(8)).toBe('01 00:00');
    expect(months.at(-1)!.balance).toBe(weeks.at(-1)!.balance);
    expect(sumBigInt(months.map((r) => r.spent))).toBe(sumBigInt(weeks.map((r) => r.spent)));
  });

  it('narrows to one customer', async () => {
    const [customer] = await runSql<{ id: string }>(
      emulator,
      `SELECT customer_id AS id FROM fact_credit_transaction WHERE credits_currency_id = ${literal(currency)} GROUP BY id ORDER BY count() DESC, id LIMIT 1`,
    );
    const rows = await runNamedQuery(emulator, creditBurn, { from: FROM, to: TO, creditsCurrencyId: currency, customerId: customer!.id });
    expect(rows.at(-1)!.balance).toBe(await balanceBefore(TO, `customer_id = ${literal(customer!.id)}`));
  });

  it('gives nothing for an unknown credits currency, not another currency', async () => {
    const rows = await runNamedQuery(emulator, creditBurn, { from: FROM, to: TO, creditsCurrencyId: 'no_such_currency' });
    expect(rows).toEqual([{ bucket: new Date(FROM), granted: 0n, spent: 0n, pending: 0n, balance: 0n }]);
  });

  it('feeds summarizeCreditBurn', async () => {
    const rows = await runNamedQuery(emulator, creditBurn, { from: FROM, to: TO, creditsCurrencyId: currency });
    const summary = summarizeCreditBurn(rows, { now: new Date(TO), granularity: 'day' });
    expect(summary.balance).toBe(await balanceBefore(TO));
    const days = (Date.parse(TO) - Date.parse(FROM)) / 86_400_000;
    expect(summary.burnRatePerDay).toBeCloseTo(Number(sumBigInt(rows.map((r) => r.spent))) / days, 6);
  });
});
