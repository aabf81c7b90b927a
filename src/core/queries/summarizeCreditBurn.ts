/**
 * `summarizeCreditBurn`: the headline numbers of a credit burn chart — the balance now, how many
 * credits are spent per day over a stated trailing window (the last 30 full days by default, the same
 * whatever range the chart shows), and when the balance runs out at that pace. Exact: credit amounts
 * are decimal text and every sum, rate and projection is computed with `src/core/decimal`, never floats.
 * Pure: the caller passes `now`, so the same rows always give the same answer.
 */
import { canonicalDecimal, compareDecimals, divideDecimals, multiplyDecimals, signOfDecimal, sumDecimals } from '../decimal/decimalArithmetic';
import { AnalyticsError } from '../errors';
import { addCalendarDays, resolveTimeRange, todayInZone } from '../time/timeRange';
import type { CreditBurnInput, CreditBurnRow } from './creditBurn';

/** The trailing window the burn rate is measured over: whole days `[from, to)` in a time zone. */
export interface BurnRateWindow {
  /** Midnight `days` days before today, in the zone. */
  from: Date;
  /** Today's midnight in the zone: today (partial) is not counted. */
  to: Date;
  /** How many calendar days `[from, to)` spans. */
  days: number;
  /** Tomorrow's midnight in the zone: the rows are fetched through today, so the last balance is today's. */
  through: Date;
}

/** The default trailing window of the burn rate, in days. */
export const DEFAULT_BURN_RATE_DAYS = 30;

/** Fraction digits the burn rate is rounded to (half away from zero). */
export const BURN_RATE_SCALE = 6;

/** What `summarizeCreditBurn` reports. Amounts are exact decimal text. */
export interface CreditBurnSummary {
  /** The balance at the end of the last row (`'0'` when there are no rows): the balance now. */
  balance: string;
  /** Credits spent in the burn-rate window (gross spend: grants are not netted). */
  spentInWindow: string;
  /** `spentInWindow / window.days`, rounded to `BURN_RATE_SCALE` fraction digits. */
  burnRatePerDay: string;
  /** The window the rate is measured over, to be shown beside it ("last 30 days"). */
  window: BurnRateWindow;
  /**
   * When `balance` reaches zero if spending continues at the burn rate: `now` when it is already zero
   * or below, `null` when nothing is being spent (so it never runs out) or beyond what a Date holds.
   */
  projectedDepletionDate: Date | null;
}

const DAY_MS = 86_400_000;
const MAX_DATE_MS = 8.64e15;

/**
 * The burn-rate window for `now` in `timeZone`: the last `days` whole calendar days before today.
 * @throws AnalyticsError `INVALID_PARAMS` for an unknown zone or an invalid `now`, `days` below 1.
 */
export function creditBurnRateWindow(options: { now: Date; timeZone: string; days?: number }): BurnRateWindow {
  const days = options.days ?? DEFAULT_BURN_RATE_DAYS;
  if (!Number.isInteger(days) || days < 1 || days > 366) {
    throw new AnalyticsError({ code: 'INVALID_PARAMS', message: `creditBurnRateWindow: days must be an integer from 1 to 366, got ${days}` });
  }
  const today = todayInZone(options.now, options.timeZone);
  const past = resolveTimeRange({ from: addCalendarDays(today, -days), to: addCalendarDays(today, -1) }, options);
  const withToday = resolveTimeRange({ from: today, to: today }, options);
  return { from: new Date(past.from), to: new Date(past.to), days, through: new Date(withToday.to) };
}

/**
 * The `credit-burn` input that feeds `summarizeCreditBurn` for a burn-rate window: daily rows from the
 * window's start through today (so the last row's balance is the balance now), for the same currency
 * and customer as the chart.
 */
export function creditBurnRateInput(
  window: BurnRateWindow,
  base: Pick<CreditBurnInput, 'creditsCurrencyId' | 'customerId' | 'timeZone'>,
): CreditBurnInput {
  return {
    from: window.from,
    to: window.through,
    granularity: 'day',
    creditsCurrencyId: base.creditsCurrencyId,
    ...(base.timeZone === undefined ? {} : { timeZone: base.timeZone }),
    ...(base.customerId === undefined ? {} : { customerId: base.customerId }),
  };
}

/**
 * Balance, burn rate and projected depletion from daily `credit-burn` rows (in any order) covering the
 * burn-rate `window` and the days after it up to now (`creditBurnRateInput`). The balance is the last
 * row's on or before `now`; the rate counts the spends of the rows whose bucket lies in the window.
 */
export function summarizeCreditBurn(rows: readonly CreditBurnRow[], options: { now: Date; window: BurnRateWindow }): CreditBurnSummary {
  const { now, window } = options;
  const sorted = rows.filter((row) => row.bucket.getTime() <= now.getTime()).sort((a, b) => a.bucket.getTime() - b.bucket.getTime());
  const balance = sorted.length === 0 ? '0' : canonicalDecimal(sorted[sorted.length - 1]!.balance);
  const inWindow = sorted.filter((row) => row.bucket.getTime() >= window.from.getTime() && row.bucket.getTime() < window.to.getTime());
  const spentInWindow = sumDecimals(inWindow.map((row) => row.spent));
  const burnRatePerDay = divideDecimals(spentInWindow, window.days, BURN_RATE_SCALE);

  let projectedDepletionDate: Date | null = null;
  if (signOfDecimal(balance) <= 0) projectedDepletionDate = new Date(now.getTime());
  else if (signOfDecimal(spentInWindow) > 0) {
    // balance ÷ (spent ÷ days) days = balance × days × DAY_MS ÷ spent milliseconds, from the exact spend.
    const ms = divideDecimals(multiplyDecimals(balance, window.days * DAY_MS), spentInWindow, 0);
    const at = compareDecimals(ms, MAX_DATE_MS) < 0 ? now.getTime() + Number(ms) : Number.POSITIVE_INFINITY;
    // Beyond what a Date can hold, "never" is the honest answer.
    projectedDepletionDate = at <= MAX_DATE_MS ? new Date(at) : null;
  }
  return { balance, spentInWindow, burnRatePerDay, window, projectedDepletionDate };
}
