/** Hand-made `credit-burn` rows for the pure tests: an opening balance, a quiet day, a huge grant and fractional credits. */
import type { CreditBurnRow } from '../../../src/core/queries/creditBurn';

export const DAY_1 = new Date('2026-11-01T00:00:00Z');
export const DAY_2 = new Date('2026-11-02T00:00:00Z');
export const DAY_3 = new Date('2026-11-03T00:00:00Z');
export const DAY_4 = new Date('2026-11-04T00:00:00Z');
export const WINDOW = { from: DAY_1, to: DAY_4 };
/** Above 2^53 with a fraction: a float would round it. */
export const HUGE = '9007199254740993.25';

/** Day 2 has no transactions (absent, as the query returns it). Credits are Decimals: exact decimal text. */
export const ROWS: CreditBurnRow[] = [
  { bucket: DAY_1, granted: '1000', spent: '100.5', pending: '0', balance: '1399.5' }, // opened at 500
  { bucket: DAY_3, granted: HUGE, spent: '200.000001', pending: '50', balance: '9007199254742192.749999' },
];
