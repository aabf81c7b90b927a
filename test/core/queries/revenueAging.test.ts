import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AGING_BUCKETS, revenueAging } from '../../../src/core/queries/revenueAging';
import type { RevenueAgingRow } from '../../../src/core/queries/revenueAging';
import { startTestEmulator } from '../../support/emulator';
import type { TestEmulator } from '../../support/emulator';
import { literal, runNamedQuery, runSql, sumBigInt } from './namedQueryHarness';

let emulator: TestEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(async () => {
  await emulator.close();
});

/**
 * Outstanding per currency × bucket × customer, computed independently: days past due via day
 * numbers rather than dateDiff, buckets via arithmetic rather than multiIf.
 */
async function independentAging(asOf: string): Promise<{ currency: string; customer: string; bucket: string; amount: bigint; invoices: bigint }[]> {
  const overdue = `toRelativeDayNum(toDate(${literal(asOf)})) - toRelativeDayNum(due_date)`;
  return runSql(
    emulator,
    `SELECT toString(currency) AS currency, customer_id AS customer,
       ['current', '1-30', '31-60', '61-90', '90+'][1 + least(4, intDiv(greatest(${overdue}, 0) + 29, 30))] AS bucket,
       toInt64(sum(amount_due)) AS amount, count() AS invoices
     FROM fact_invoice
     WHERE status = 'posted' AND amount_due > 0 AND issue_date <= toDate(${literal(asOf)})
     GROUP BY currency, customer, bucket`,
  );
}

function key(...parts: string[]): string {
  return parts.join('|');
}

const AS_OF = '2026-11-20';

describe('revenue-aging on the engine', () => {
  it('totals each currency × bucket over every customer exactly as a direct sum over fact_invoice', async () => {
    const rows = await runNamedQuery(emulator, revenueAging, { asOf: AS_OF, topCustomers: 3 });
    const reference = await independentAging(AS_OF);
    expect(reference.length).toBeGreaterThan(0);
    const expected = new Map<string, [bigint, bigint]>();
    for (const r of reference) {
      const k = key(r.currency, r.bucket);
      const [amount, invoices] = expected.get(k) ?? [0n, 0n];
      expected.set(k, [amount + r.amount, invoices + r.invoices]);
    }
    const totals = rows.filter((r) => r.is_total);
    expect(new Map(totals.map((r) => [key(r.currency, r.bucket), [r.amount_due, r.invoices]]))).toEqual(expected);
    for (const row of totals) {
      expect(row.customer_id).toBe('');
      expect(AGING_BUCKETS).toContain(row.bucket);
    }
  });

  it('lists the customers that owe most in each currency, each bucket they owe in, with their names', async () => {
    const rows = await runNamedQuery(emulator, revenueAging, { asOf: AS_OF, topCustomers: 3 });
    const reference = await independentAging(AS_OF);
    const owedByCustomer = new Map<string, bigint>();
    for (const r of reference) owedByCustomer.set(key(r.currency, r.customer), (owedByCustomer.get(key(r.currency, r.customer)) ?? 0n) + r.amount);
    const customerRows = rows.filter((r) => !r.is_total);
    expect(customerRows.length).toBeGreaterThan(0);
    const currencies = new Set(reference.map((r) => r.currency));
    for (const currency of currencies) {
      const ranked = [...owedByCustomer.entries()]
        .filter(([k]) => k.startsWith(`${currency}|`))
        .sort((a, b) => (a[1] === b[1] ? (a[0] < b[0] ? -1 : 1) : a[1] > b[1] ? -1 : 1))
        .slice(0, 3)
        .map(([k]) => k.split('|')[1]);
      const listed = [...new Set(customerRows.filter((r) => r.currency === currency).map((r) => r.customer_id))];
      expect(listed).toEqual(ranked); // ordered by total owed
    }
    for (const row of customerRows) {
      const match = reference.find((r) => r.currency === row.currency && r.customer === row.customer_id && r.bucket === row.bucket)!;
      expect(match).toBeDefined();
      expect([row.amount_due, row.invoices]).toEqual([match.amount, match.invoices]);
    }
    const names = await runSql<{ id: string; name: string }>(emulator, 'SELECT id, name FROM dim_customer');
    const nameOf = new Map(names.map((n) => [n.id, n.name]));
    for (const row of customerRows) expect(row.customer_name).toBe(nameOf.get(row.customer_id));
  });

  it('never adds up different currencies', async () => {
    const rows = await runNamedQuery(emulator, revenueAging, { asOf: AS_OF });
    const currencies = await runSql<{ c: string }>(emulator, `SELECT DISTINCT toString(currency) AS c FROM fact_invoice WHERE status = 'posted' AND amount_due > 0`);
    const totals = rows.filter((r) => r.is_total);
    expect(new Set(totals.map((r) => r.currency))).toEqual(new Set(currencies.map((c) => c.c)));
    const one = currencies[0]!.c;
    const onlyOne = await runNamedQuery(emulator, revenueAging, { asOf: AS_OF, currency: one });
    expect(onlyOne.every((r) => r.currency === one)).toBe(true);
    expect(sumBigInt(onlyOne.filter((r) => r.is_total).map((r) => r.amount_due))).toBe(
      sumBigInt(totals.filter((r) => r.currency === one).map((r) => r.amount_due)),
    );
  });

  it('moves invoices into later buckets as asOf advances, and leaves out invoices issued after it', async () => {
    const early = await runNamedQuery(emulator, revenueAging, { asOf: '2026-08-01' });
    const reference = await independentAging('2026-08-01');
    expect(sumBigInt(early.filter((r) => r.is_total).map((r) => r.amount_due))).toBe(sumBigInt(reference.map((r) => r.amount)));
    expect(early.length).toBeGreaterThan(0);
    const later = await runNamedQuery(emulator, revenueAging, { asOf: '2027-06-01' });
    const laterTotals = later.filter((r: RevenueAgingRow) => r.is_total);
    expect(laterTotals.length).toBeGreaterThan(0);
    // Half a year after the anchor nothing is current any more.
    expect(laterTotals.some((r) => r.bucket === 'current')).toBe(false);
  });

  it('defaults asOf to today in the time zone', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const implicit = await runNamedQuery(emulator, revenueAging, { timeZone: 'UTC' });
    const explicit = await runNamedQuery(emulator, revenueAging, { asOf: today, timeZone: 'UTC' });
    expect(explicit.length).toBeGreaterThan(0);
    expect(implicit).toEqual(explicit);
  });
});
