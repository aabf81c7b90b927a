import { describe, expect, it } from 'vitest';
import { listTimeBuckets } from '../../../src/widgets/shared/timeBuckets';
import { fillCreditBurnGaps, isCreditBurnEmpty } from '../../../src/widgets/CreditBurn/fillCreditBurnGaps';
import { DAY_2, ROWS, WINDOW } from './creditBurnFixtures';

const buckets = listTimeBuckets({ ...WINDOW, granularity: 'day', timeZone: 'UTC' });

describe('fillCreditBurnGaps', () => {
  it('gives a quiet bucket no grants or spends and the balance of the bucket before it', () => {
    const points = fillCreditBurnGaps(ROWS, buckets);
    expect(points).toHaveLength(3);
    expect(points[1]).toEqual({ bucket: DAY_2, granted: '0', spent: '0', pending: '0', balance: '1399.5' });
    expect(points[2]!.balance).toBe('9007199254742192.749999');
  });

  it('is empty only without any movement or balance', () => {
    expect(isCreditBurnEmpty(fillCreditBurnGaps(ROWS, buckets))).toBe(false);
    expect(isCreditBurnEmpty(fillCreditBurnGaps([{ ...ROWS[0]!, granted: '0', spent: '0.000', balance: '0' }], buckets))).toBe(true);
    // A balance carried in from before the window is something to show, even with no movement; so is a fraction of a credit.
    expect(isCreditBurnEmpty(fillCreditBurnGaps([{ ...ROWS[0]!, granted: '0', spent: '0', balance: '7' }], buckets))).toBe(false);
    expect(isCreditBurnEmpty(fillCreditBurnGaps([{ ...ROWS[0]!, granted: '0', spent: '0.000001', balance: '0' }], buckets))).toBe(false);
  });
});
