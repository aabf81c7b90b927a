import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { creditBurn } from '../../../src/core/queries/creditBurn';
import { canonicalDecimal, sumDecimals } from '../../../src/core/decimal/decimalArithmetic';
import { creditBurnRateInput, creditBurnRateWindow, summarizeCreditBurn } from '../../../src/core/queries/summarizeCreditBurn';
import { startTestEmulator } from '../../support/emulator';
import type { TestEmulator } from '../../support/emulator';
import { instantSql, literal, runNamedQuery, runSql, wallClock } from './namedQueryHarness';

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

/** Grants − spends of the currency strictly before `instant`, computed independently, as canonical decimal text. */
async function balanceBefore(instant: string, condition = '1'): Promise<string> {
  const [row] = await runSql<{ balance: string }>(
    emulator,
    `SELECT toString(sum(multiIf(type = 'GRANT', toDecimal256(amount, 20), type = 'SPEND', -toDecimal256(amount, 20), toDecimal256(0, 20)))) AS balance
     FROM fact_credit_transaction
     WHERE credits_currency_id = ${literal(currency)} AND created_at < ${instantSql(instant)} AND ${condition}`,
  );
  return canonicalDecimal(row!.balance);
}

describe('credit-burn on the engine', () => {
  it('has credit transactions to test with', () => {
    expect(currency).not.toBe('');
  });

  it('grants, spends and pending match direct sums, and the balance runs from the opening balance', async () => {
    const rows = await runNamedQuery(emulator, creditBurn, { from: FROM, to: TO, creditsCurrencyId: currency });
    expect(rows.length).toBeGreaterThan(1);
    const [direct] = await runSql<{ granted: string; spent: string; pending: string }>(
      emulator,
      `SELECT toString(sumIf(amount, type = 'GRANT')) AS granted, toString(sumIf(amount, type = 'SPEND')) AS spent,
         toString(sumIf(amount, type = 'PENDING_GRANT')) AS pending
       FROM fact_credit_transaction
       WHERE credits_currency_id = ${literal(currency)} AND created_at >= ${instantSql(FROM)} AND created_at < ${instantSql(TO)}`,
    );
    // Amounts are exact decimal text (the column is a Decimal of credits, fractional spends included).
    for (const r of rows) for (const amount of [r.granted, r.spent, r.pending, r.balance]) expect(amount).toMatch(/^-?\d+(\.\d+)?$/);
    expect(rows.some((r) => r.spent.includes('.'))).toBe(true);
    expect(sumDecimals(rows.map((r) => r.granted))).toBe(canonicalDecimal(direct!.granted));
    expect(sumDecimals(rows.map((r) => r.spent))).toBe(canonicalDecimal(direct!.spent));
    expect(sumDecimals(rows.map((r) => r.pending))).toBe(canonicalDecimal(direct!.pending));
    expect(canonicalDecimal(rows.at(-1)!.balance)).toBe(await balanceBefore(TO));
    // Each bucket's balance is everything up to the end of that bucket (the next bucket's start).
    for (let i = 0; i + 1 < rows.length; i++) {
      const next = rows[i + 1]!.bucket.toISOString();
      if (rows[i + 1]!.bucket.getTime() - rows[i]!.bucket.getTime() === 86_400_000) {
        expect(canonicalDecimal(rows[i]!.balance)).toBe(await balanceBefore(next));
      }
    }
  });

  it('always returns the bucket holding `from`, carrying the opening balance, even for a quiet window', async () => {
    const from = '2030-01-01T00:00:00.000Z';
    const rows = await runNamedQuery(emulator, creditBurn, { from, to: '2030-02-01T00:00:00Z', creditsCurrencyId: currency });
    expect(rows).toHaveLength(1);
    expect({ ...rows[0], balance: canonicalDecimal(rows[0]!.balance) }).toEqual({
      bucket: new Date(from),
      granted: '0',
      spent: '0',
      pending: '0',
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
    expect(sumDecimals(months.map((r) => r.spent))).toBe(sumDecimals(weeks.map((r) => r.spent)));
  });

  it('narrows to one customer', async () => {
    const [customer] = await runSql<{ id: string }>(
      emulator,
      `SELECT customer_id AS id FROM fact_credit_transaction WHERE credits_currency_id = ${literal(currency)} GROUP BY id ORDER BY count() DESC, id LIMIT 1`,
    );
    const rows = await runNamedQuery(emulator, creditBurn, { from: FROM, to: TO, creditsCurrencyId: currency, customerId: customer!.id });
    expect(canonicalDecimal(rows.at(-1)!.balance)).toBe(await balanceBefore(TO, `customer_id = ${literal(customer!.id)}`));
  });

  it('gives nothing for an unknown credits currency, not another currency', async () => {
    const rows = await runNamedQuery(emulator, creditBurn, { from: FROM, to: TO, creditsCurrencyId: 'no_such_currency' });
    expect(rows).toEqual([{ bucket: new Date(FROM), granted: '0', spent: '0', pending: '0', balance: '0' }]);
  });

  it('feeds summarizeCreditBurn: the balance now and the spend of the last 30 whole days', async () => {
    const now = new Date('2026-11-20T12:00:00Z');
    const window = creditBurnRateWindow({ now, timeZone: 'UTC' });
    const rows = await runNamedQuery(emulator, creditBurn, creditBurnRateInput(window, { creditsCurrencyId: currency, timeZone: 'UTC' }));
    const summary = summarizeCreditBurn(rows, { now, window });
    expect(summary.balance).toBe(await balanceBefore(window.through.toISOString()));
    const [direct] = await runSql<{ spent: string }>(
      emulator,
      `SELECT toString(sumIf(amount, type = 'SPEND')) AS spent FROM fact_credit_transaction
       WHERE credits_currency_id = ${literal(currency)} AND created_at >= ${instantSql(window.from.toISOString())} AND created_at < ${instantSql(window.to.toISOString())}`,
    );
    expect(summary.spentInWindow).toBe(canonicalDecimal(direct!.spent));
  });
});
