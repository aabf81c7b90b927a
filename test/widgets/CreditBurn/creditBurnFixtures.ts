/** Hand-made `credit-burn` rows for the pure tests: an opening balance, a quiet day and a huge grant. */
import type { CreditBurnRow } from '../../../src/core/queries/creditBurn';

export const DAY_1 = new Date('2026-11-01T00:00:00Z');
export const DAY_2 = new Date('2026-11-02T00:00:00Z');
export const DAY_3 = new Date('2026-11-03T00:00:00Z');
export const DAY_4 = new Date('2026-11-04T00:00:00Z');
export const WINDOW = { from: DAY_1, to: DAY_4 };
/** Above 2^53: a float would round it. */
export const HUGE = 2n ** 53n + 1n;

/** Day 2 has no transactions (absent, as the query returns it). */
export const ROWS: CreditBurnRow[] = [
  { bucket: DAY_1, granted: 1_000n, spent: 100n, pending: 0n, balance: 1_400n }, // opened at 500
  { bucket: DAY_3, granted: HUGE, spent: 200n, pending: 50n, balance: 1_200n + HUGE },
];
