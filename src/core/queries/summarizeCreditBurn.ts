/**
 * `summarizeCreditBurn`: the headline numbers of a credit burn chart — the balance now, how many
 * credits are spent per day, and when the balance runs out at that pace. Pure: the caller passes
 * `now`, so the same rows always give the same answer.
 */
import type { CreditBurnGranularity, CreditBurnRow } from './creditBurn';

/** What `summarizeCreditBurn` reports. */
export interface CreditBurnSummary {
  /** The balance at the end of the last bucket (`0n` when there are no rows). */
  balance: bigint;
  /** Credits spent per day over the rows' span up to `now` (gross spend: grants are not netted). */
  burnRatePerDay: number;
  /**
   * When `balance` reaches zero if spending continues at `burnRatePerDay`: `now` when it is
   * already zero or below, `null` when nothing is being spent (so it never runs out).
   */
  projectedDepletionDate: Date | null;
}

const DAY_MS = 86_400_000;
const MAX_DATE_MS = 8.64e15;

/**
 * The instant one bucket after `bucket`. Months are calendar months counted in UTC, so at a DST
 * change the end may be off by the zone's shift (an hour) — negligible for a per-day rate.
 */
function bucketEnd(bucket: Date, granularity: CreditBurnGranularity): Date {
  switch (granularity) {
    case 'day':
      return new Date(bucket.getTime() + DAY_MS);
    case 'week':
      return new Date(bucket.getTime() + 7 * DAY_MS);
    case 'month': {
      const end = new Date(bucket.getTime());
      end.setUTCMonth(end.getUTCMonth() + 1);
      return end;
    }
  }
}

/**
 * Balance, burn rate and projected depletion from `credit-burn` rows (in any order).
 * The rate is all credits spent in the rows divided by the days from the first bucket's start
 * (or the query's `from`, when given and later) to the end of the last bucket, or to `now` when
 * `now` falls before that end (a partial current period is not counted as whole).
 */
export function summarizeCreditBurn(
  rows: readonly CreditBurnRow[],
  options: { now: Date; granularity: CreditBurnGranularity; from?: Date },
): CreditBurnSummary {
  const { now, granularity, from } = options;
  if (rows.length === 0) return { balance: 0n, burnRatePerDay: 0, projectedDepletionDate: null };
  const sorted = [...rows].sort((a, b) => a.bucket.getTime() - b.bucket.getTime());
  const first = sorted[0]!;
  const last = sorted[sorted.length - 1]!;
  const balance = last.balance;
  const spent = sorted.reduce((total, row) => total + row.spent, 0n);

  const end = Math.min(bucketEnd(last.bucket, granularity).getTime(), now.getTime());
  // The first bucket may start before the window (a week or month containing `from`); spends
  // before `from` are not in the rows, so those days are not counted either.
  const start = from === undefined ? first.bucket.getTime() : Math.max(first.bucket.getTime(), from.getTime());
  const days = (end - start) / DAY_MS;
  const burnRatePerDay = days > 0 ? Number(spent) / days : 0;

  let projectedDepletionDate: Date | null = null;
  if (balance <= 0n) projectedDepletionDate = new Date(now.getTime());
  else if (burnRatePerDay > 0) {
    const at = now.getTime() + (Number(balance) / burnRatePerDay) * DAY_MS;
    // Beyond what a Date can hold, "never" is the honest answer.
    projectedDepletionDate = at <= MAX_DATE_MS ? new Date(at) : null;
  }
  return { balance, burnRatePerDay, projectedDepletionDate };
}
