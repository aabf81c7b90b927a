import { describe, expect, it } from 'vitest';
import { listTimeBuckets } from '../../../src/widgets/shared/timeBuckets';
import { fillCreditBurnGaps, isCreditBurnEmpty } from '../../../src/widgets/CreditBurn/fillCreditBurnGaps';
import { DAY_2, HUGE, ROWS, WINDOW } from './creditBurnFixtures';

const buckets = listTimeBuckets({ ...WINDOW, granularity: 'day', timeZone: 'UTC' });

describe('fillCreditBurnGaps', () => {
  it('gives a quiet bucket no grants or spends and the balance of the bucket before it', () => {
    const points = fillCreditBurnGaps(ROWS, buckets);
    expect(points).toHaveLength(3);
    expect(points[1]).toEqual({ bucket: DAY_2, granted: 0n, spent: 0n, pending: 0n, balance: 1_400n });
    expect(points[2]!.balance).toBe(1_200n + HUGE);
  });

  it('is empty only without any movement or balance', () => {
    expect(isCreditBurnEmpty(fillCreditBurnGaps(ROWS, buckets))).toBe(false);
    expect(isCreditBurnEmpty(fillCreditBurnGaps([{ ...ROWS[0]!, granted: 0n, spent: 0n, balance: 0n }], buckets))).toBe(true);
    // A balance carried in from before the window is something to show, even with no movement.
    expect(isCreditBurnEmpty(fillCreditBurnGaps([{ ...ROWS[0]!, granted: 0n, spent: 0n, balance: 7n }], buckets))).toBe(false);
  });
});
