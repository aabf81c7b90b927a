import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { billingPeriodUsage, type BillingPeriodUsageRow } from '../../../src/core/queries/billingPeriodUsage';
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

const DAY = 86_400_000;

/** `YYYY-MM-DD` + n days. */
function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

/** `YYYY-MM-DD` + n calendar months, the day clamped to the month's last (as ClickHouse's addMonths does). */
function addMonths(day: string, months: number): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(year, month - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  return new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(date, last))).toISOString().slice(0, 10);
}

/**
 * The expected rows, computed in the test from raw summaries and raw signal counts: each line's
 * latest summary up to the day, its current period (summarized, or the month after it), usage
 * counted from the signals when unsummarized, the projection by the stated formula, summed per signal.
 */
async function expectedRows(asOf: string, customerId?: string): Promise<Map<string, Partial<BillingPeriodUsageRow>>> {
  const day = asOf.slice(0, 10);
  const only = customerId === undefined ? '1' : `customer_id = ${literal(customerId)}`;
  const summaries = await runSql<{ line: string; customer: string; signal: string; start: string; end: string; count: bigint; included: bigint; price: bigint }>(
    emulator,
    `SELECT concat(customer_id, '|', product_id, '|', toString(signal_name), '|', order_line_id) AS line, customer_id AS customer, toString(signal_name) AS signal,
       toString(period_start) AS start, toString(period_end) AS end, signal_count AS count, included_quantity AS included, unit_price_amount AS price
     FROM fact_usage_summary WHERE period_start <= ${literal(day)} AND ${only}`,
  );
  const signals = await runSql<{ key: string; day: string; n: bigint }>(
    emulator,
    `SELECT concat(customer_id, '|', product_id, '|', toString(signal_name)) AS key, toString(toDate(created_at)) AS day, count() AS n
     FROM fact_signal WHERE created_at < ${instantSql(asOf)} AND ${only} GROUP BY key, day`,
  );
  const latest = new Map<string, (typeof summaries)[number]>();
  for (const row of summaries) if ((latest.get(row.line)?.start ?? '') < row.start) latest.set(row.line, row);
  const bySignal = new Map<string, Partial<BillingPeriodUsageRow> & { customerSet: Set<string> }>();
  for (const [line, row] of latest) {
    const summarized = row.end >= day;
    const start = summarized ? row.start : addDays(row.end, 1);
    const end = summarized ? row.end : addDays(addMonths(row.start, 2), -1);
    if (start > day || end < day) continue;
    if (!summarized && row.end !== addDays(addMonths(row.start, 1), -1)) continue; // cut short: the order ended
    const key = line.split('|').slice(0, 3).join('|');
    const used = summarized ? BigInt(row.count) : signals.filter((s) => s.key === key && s.day >= start && s.day <= end).reduce((sum, s) => sum + BigInt(s.n), 0n);
    const periodMs = BigInt((Date.parse(end) - Date.parse(start)) / DAY + 1) * BigInt(DAY);
    let elapsed = BigInt(Date.parse(asOf) - Date.parse(`${start}T00:00:00Z`));
    if (elapsed > periodMs) elapsed = periodMs;
    if (elapsed < 3_600_000n) elapsed = 3_600_000n;
    const projected = (used * periodMs) / elapsed;
    const included = BigInt(row.included);
    const over = (n: bigint) => (n > included ? n - included : 0n);
    const entry = bySignal.get(row.signal) ?? { used: 0n, included: 0n, overage: 0n, overage_amount: 0n, projected_used: 0n, projected_overage: 0n, projected_amount: 0n, customerSet: new Set<string>() };
    entry.used! += used;
    entry.included! += included;
    entry.overage! += over(used);
    entry.overage_amount! += over(used) * BigInt(row.price);
    entry.projected_used! += projected;
    entry.projected_overage! += over(projected);
    entry.projected_amount! += over(projected) * BigInt(row.price);
    entry.customerSet.add(row.customer);
    bySignal.set(row.signal, entry);
  }
  return new Map([...bySignal].map(([signal, { customerSet, ...sums }]) => [signal, { ...sums, customers: BigInt(customerSet.size) }]));
}

function pick(row: BillingPeriodUsageRow): Partial<BillingPeriodUsageRow> {
  const { used, included, overage, overage_amount, projected_used, projected_overage, projected_amount, customers } = row;
  return { used, included, overage, overage_amount, projected_used, projected_overage, projected_amount, customers };
}

describe('billing-period-usage on the engine', () => {
  it('at the data’s now (no summary yet for the running periods) counts each line’s signals since its period began, as the test computes them', async () => {
    const asOf = emulator.anchorTime;
    const rows = await runNamedQuery(emulator, billingPeriodUsage, { asOf });
    const expected = await expectedRows(asOf);
    expect(expected.size).toBeGreaterThan(1);
    expect(new Map(rows.map((row) => [row.signal_name, pick(row)]))).toEqual(expected);
    expect(rows.some((row) => row.overage > 0n)).toBe(true);
    expect(rows.some((row) => row.projected_overage > row.overage)).toBe(true);
    for (const row of rows) {
      expect(row.period_start <= asOf.slice(0, 10) && asOf.slice(0, 10) <= row.period_end).toBe(true);
      expect(row.projected_used).toBeGreaterThanOrEqual(row.used);
      expect(row.elapsed_share).toBeGreaterThan(0);
      expect(row.elapsed_share).toBeLessThanOrEqual(1);
    }
  });

  it('inside summarized periods uses their counts, for one customer', async () => {
    const asOf = '2026-11-10T12:00:00.000Z';
    const [top] = await runSql<{ customer_id: string }>(
      emulator,
      `SELECT customer_id FROM fact_usage_summary WHERE period_start <= '2026-11-10' AND period_end >= '2026-11-10' AND signal_count > included_quantity
       GROUP BY customer_id ORDER BY sum(subtotal) DESC, customer_id LIMIT 1`,
    );
    const customerId = top!.customer_id;
    const rows = await runNamedQuery(emulator, billingPeriodUsage, { asOf, customerId });
    const expected = await expectedRows(asOf, customerId);
    expect(rows.length).toBeGreaterThan(0);
    expect(new Map(rows.map((row) => [row.signal_name, pick(row)]))).toEqual(expected);
    for (const row of rows) expect(row.customers).toBe(1n);
  });

  it('orders by projected overage amount, most first', async () => {
    const rows = await runNamedQuery(emulator, billingPeriodUsage, { asOf: emulator.anchorTime });
    const amounts = rows.map((row) => row.projected_amount);
    expect(amounts).toEqual([...amounts].sort((a, b) => (a > b ? -1 : a < b ? 1 : 0)));
  });
});
