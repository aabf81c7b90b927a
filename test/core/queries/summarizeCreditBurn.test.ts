import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CreditBurnRow } from '../../../src/core/queries/creditBurn';
import {
  creditBurnRateInput,
  creditBurnRateWindow,
  summarizeCreditBurn,
  type BurnRateWindow,
} from '../../../src/core/queries/summarizeCreditBurn';

const DAY_MS = 86_400_000;

function row(day: string, spent: string, balance: string, granted = '0'): CreditBurnRow {
  return { bucket: new Date(`${day}T00:00:00Z`), granted, spent, pending: '0', balance };
}

/** Daily rows from 2026-11-01, `spent[i]` on day i, the balance falling from `opening`. */
function days(opening: bigint, spent: readonly bigint[]): CreditBurnRow[] {
  let balance = opening;
  return spent.map((amount, i) => {
    balance -= amount;
    return row(new Date(Date.UTC(2026, 10, 1 + i)).toISOString().slice(0, 10), String(amount), String(balance));
  });
}

const NOW = new Date('2026-12-01T15:00:00Z');
const WINDOW = creditBurnRateWindow({ now: NOW, timeZone: 'UTC' });

describe('creditBurnRateWindow', () => {
  it('is the last 30 whole days before today, fetched through today', () => {
    expect(WINDOW).toEqual({
      from: new Date('2026-11-01T00:00:00Z'),
      to: new Date('2026-12-01T00:00:00Z'),
      days: 30,
      through: new Date('2026-12-02T00:00:00Z'),
    });
  });

  it('follows the zone’s midnights, DST included, and takes another length', () => {
    const window = creditBurnRateWindow({ now: new Date('2026-11-02T12:00:00Z'), timeZone: 'America/New_York', days: 7 });
    // New York leaves DST on 2026-11-01: 26 Oct midnight is UTC−4, 2 Nov midnight UTC−5.
    expect(window.from.toISOString()).toBe('2026-10-26T04:00:00.000Z');
    expect(window.to.toISOString()).toBe('2026-11-02T05:00:00.000Z');
    expect(window.days).toBe(7);
  });

  it('refuses a length out of range', () => {
    for (const days of [0, -1, 1.5, 400]) {
      expect(() => creditBurnRateWindow({ now: NOW, timeZone: 'UTC', days })).toThrow(expect.objectContaining({ code: 'INVALID_PARAMS' }));
    }
  });

  it('gives the daily credit-burn input of the same currency and customer', () => {
    expect(creditBurnRateInput(WINDOW, { creditsCurrencyId: 'cur_1', customerId: 'cus_1', timeZone: 'UTC' })).toEqual({
      from: WINDOW.from,
      to: WINDOW.through,
      granularity: 'day',
      creditsCurrencyId: 'cur_1',
      customerId: 'cus_1',
      timeZone: 'UTC',
    });
  });
});

describe('summarizeCreditBurn', () => {
  it('reports the balance now, the spend per day over the window, and when the balance runs out', () => {
    // 30 days of 100 credits, then today's 40 (not in the rate), 3,000 left.
    const rows = [...days(6_040n, Array.from({ length: 30 }, () => 100n)), row('2026-12-01', '40', '3000')];
    const summary = summarizeCreditBurn(rows, { now: NOW, window: WINDOW });
    expect(summary.balance).toBe('3000');
    expect(summary.spentInWindow).toBe('3000');
    expect(summary.burnRatePerDay).toBe('100');
    expect(summary.window).toBe(WINDOW);
    expect(summary.projectedDepletionDate?.toISOString()).toBe(new Date(NOW.getTime() + 30 * DAY_MS).toISOString());
  });

  it('is exact for fractional credits and amounts beyond 2^53', () => {
    const rows = [row('2026-11-10', '3.333333', '9007199254740993.000001'), row('2026-11-20', '0.000001', '9007199254740993')];
    const summary = summarizeCreditBurn(rows, { now: NOW, window: WINDOW });
    expect(summary.balance).toBe('9007199254740993');
    expect(summary.spentInWindow).toBe('3.333334');
    expect(summary.burnRatePerDay).toBe('0.111111'); // 3.333334 / 30, 6 places
  });

  it('does not move with the chart: rows outside the window do not count toward the rate', () => {
    const inside = days(1_000n, Array.from({ length: 30 }, () => 10n));
    const before = [row('2026-10-01', '5000', '6000')];
    const withEarlier = summarizeCreditBurn([...before, ...inside], { now: NOW, window: WINDOW });
    expect(withEarlier.burnRatePerDay).toBe(summarizeCreditBurn(inside, { now: NOW, window: WINDOW }).burnRatePerDay);
    expect(withEarlier.burnRatePerDay).toBe('10');
  });

  it('ignores a bucket after now (a clock behind the server)', () => {
    const rows = [row('2026-11-30', '10', '90'), row('2026-12-05', '10', '80')];
    expect(summarizeCreditBurn(rows, { now: NOW, window: WINDOW }).balance).toBe('90');
  });

  it('sorts rows by bucket before reading the last balance', () => {
    const rows = [row('2026-11-02', '10', '80'), row('2026-11-01', '10', '90')];
    expect(summarizeCreditBurn(rows, { now: NOW, window: WINDOW }).balance).toBe('80');
  });

  it('projects no depletion when nothing is spent', () => {
    const summary = summarizeCreditBurn([row('2026-11-01', '0', '500', '500')], { now: NOW, window: WINDOW });
    expect(summary.burnRatePerDay).toBe('0');
    expect(summary.projectedDepletionDate).toBeNull();
  });

  it('says the balance is depleted now when it is zero or below, and reads an empty result as zero', () => {
    expect(summarizeCreditBurn([row('2026-11-01', '100', '-20.5')], { now: NOW, window: WINDOW }).projectedDepletionDate).toEqual(NOW);
    expect(summarizeCreditBurn([], { now: NOW, window: WINDOW })).toMatchObject({ balance: '0', burnRatePerDay: '0', projectedDepletionDate: NOW });
  });

  it('answers "never" rather than an invalid date when depletion lies beyond what a Date holds', () => {
    const summary = summarizeCreditBurn([row('2026-11-01', '0.000001', '1' + '0'.repeat(30))], { now: NOW, window: WINDOW });
    expect(summary.projectedDepletionDate).toBeNull();
  });

  it('projects depletion at balance ÷ rate days from now, to the millisecond (property)', () => {
    const window: BurnRateWindow = WINDOW;
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 10n ** 12n }), fc.bigInt({ min: 1n, max: 10n ** 9n }), (balanceMicro, spentMicro) => {
        const micro = (value: bigint) => `${value / 1_000_000n}.${String(value % 1_000_000n).padStart(6, '0')}`;
        const summary = summarizeCreditBurn([row('2026-11-15', micro(spentMicro), micro(balanceMicro))], { now: NOW, window });
        // ms = balance × 30 days ÷ spent, rounded half up to a millisecond
        const numerator = balanceMicro * 30n * BigInt(DAY_MS);
        const expected = (2n * numerator + spentMicro) / (2n * spentMicro);
        if (Number(expected) + NOW.getTime() > 8.64e15) {
          expect(summary.projectedDepletionDate).toBeNull();
          return;
        }
        expect(summary.projectedDepletionDate!.getTime() - NOW.getTime()).toBe(Number(expected));
      }),
    );
  });
});
