import { describe, expect, it } from 'vitest';
import type { CreditBurnRow } from '../../../src/core/queries/creditBurn';
import { summarizeCreditBurn } from '../../../src/core/queries/summarizeCreditBurn';

const DAY_MS = 86_400_000;

function row(day: string, spent: bigint, balance: bigint, granted = 0n): CreditBurnRow {
  return { bucket: new Date(`${day}T00:00:00Z`), granted, spent, pending: 0n, balance };
}

describe('summarizeCreditBurn', () => {
  it('reports the last bucket balance, the spend per day, and when the balance runs out', () => {
    // 10 days, 100 credits a day, 1000 left.
    const rows = Array.from({ length: 10 }, (_, i) =>
      row(`2026-11-${String(i + 1).padStart(2, '0')}`, 100n, 2000n - 100n * BigInt(i + 1)),
    );
    const now = new Date('2026-11-11T00:00:00Z');
    const summary = summarizeCreditBurn(rows, { now, granularity: 'day' });
    expect(summary.balance).toBe(1000n);
    expect(summary.burnRatePerDay).toBeCloseTo(100, 10);
    expect(summary.projectedDepletionDate?.toISOString()).toBe(new Date(now.getTime() + 10 * DAY_MS).toISOString());
  });

  it('does not count the unfinished part of the current bucket', () => {
    // Two days, the second still running: at noon of day 2, 150 spent over 1.5 days.
    const rows = [row('2026-11-01', 100n, 900n), row('2026-11-02', 50n, 850n)];
    const summary = summarizeCreditBurn(rows, { now: new Date('2026-11-02T12:00:00Z'), granularity: 'day' });
    expect(summary.burnRatePerDay).toBeCloseTo(100, 10);
  });

  it('spans whole weeks and calendar months', () => {
    const weeks = [row('2026-11-02', 700n, 1300n), row('2026-11-09', 700n, 600n)];
    expect(summarizeCreditBurn(weeks, { now: new Date('2027-01-01T00:00:00Z'), granularity: 'week' }).burnRatePerDay).toBeCloseTo(100, 10);
    const months = [row('2026-02-01', 2800n, 5000n)]; // February 2026 has 28 days
    expect(summarizeCreditBurn(months, { now: new Date('2027-01-01T00:00:00Z'), granularity: 'month' }).burnRatePerDay).toBeCloseTo(100, 10);
  });

  it('counts days from the window start when the first bucket begins before it', () => {
    // A November bucket for a window from 16 November: 1,500 spent over 15 days, not 30.
    const rows = [row('2026-11-01', 1500n, 0n)];
    const options = { now: new Date('2027-01-01T00:00:00Z'), granularity: 'month' as const };
    expect(summarizeCreditBurn(rows, { ...options, from: new Date('2026-11-16T00:00:00Z') }).burnRatePerDay).toBeCloseTo(100, 10);
    expect(summarizeCreditBurn(rows, options).burnRatePerDay).toBeCloseTo(50, 10);
  });

  it('sorts rows by bucket before reading the last balance', () => {
    const rows = [row('2026-11-02', 10n, 80n), row('2026-11-01', 10n, 90n)];
    expect(summarizeCreditBurn(rows, { now: new Date('2026-11-03T00:00:00Z'), granularity: 'day' }).balance).toBe(80n);
  });

  it('projects no depletion when nothing is spent', () => {
    const rows = [row('2026-11-01', 0n, 500n, 500n)];
    const summary = summarizeCreditBurn(rows, { now: new Date('2026-11-02T00:00:00Z'), granularity: 'day' });
    expect(summary.burnRatePerDay).toBe(0);
    expect(summary.projectedDepletionDate).toBeNull();
  });

  it('says the balance is depleted now when it is zero or below', () => {
    const now = new Date('2026-11-02T00:00:00Z');
    const summary = summarizeCreditBurn([row('2026-11-01', 100n, -20n)], { now, granularity: 'day' });
    expect(summary.projectedDepletionDate?.getTime()).toBe(now.getTime());
  });

  it('keeps a balance beyond 2^53 exact', () => {
    const huge = 2n ** 60n + 1n;
    expect(summarizeCreditBurn([row('2026-11-01', 1n, huge)], { now: new Date('2026-11-02T00:00:00Z'), granularity: 'day' }).balance).toBe(huge);
  });

  it('answers "never" rather than an invalid Date when the pace is negligible', () => {
    const summary = summarizeCreditBurn([row('2026-11-01', 1n, 10n ** 18n)], { now: new Date('2026-11-02T00:00:00Z'), granularity: 'day' });
    expect(summary.projectedDepletionDate).toBeNull();
  });

  it('summarizes no rows as an empty balance that never depletes', () => {
    expect(summarizeCreditBurn([], { now: new Date(), granularity: 'day' })).toEqual({
      balance: 0n,
      burnRatePerDay: 0,
      projectedDepletionDate: null,
    });
  });
});
