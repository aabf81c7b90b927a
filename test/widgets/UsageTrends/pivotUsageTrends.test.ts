import { describe, expect, it } from 'vitest';
import { listTimeBuckets } from '../../../src/widgets/shared/timeBuckets';
import { pivotUsageTrends } from '../../../src/widgets/UsageTrends/pivotUsageTrends';
import { DAY_1, DAY_2, DAY_3, HOSTILE, HUGE, ROWS, WINDOW } from './usageTrendsFixtures';

const LABELS = { other: 'Other', unnamedSignal: '(no name)' };
const buckets = listTimeBuckets({ ...WINDOW, granularity: 'day', timeZone: 'UTC' });

describe('pivotUsageTrends', () => {
  it('fills a bucket without rows with zeros for every series', () => {
    const pivot = pivotUsageTrends(ROWS, buckets, LABELS);
    expect(pivot.buckets).toEqual([DAY_1, DAY_2, DAY_3]);
    for (const series of pivot.series) expect(series.values[1]).toBe(0n);
    expect(pivot.bucketTotals[1]).toBe(0n);
  });

  it('orders named series by total, largest first, and puts Other last', () => {
    const pivot = pivotUsageTrends(ROWS, buckets, LABELS);
    expect(pivot.series.map((series) => [series.label, series.isOther])).toEqual([
      ['email-triage', false],
      [HOSTILE, false],
      ['Other', false],
      ['Other (2)', true], // a signal literally named "Other" keeps its name; the rest series is told apart
    ]);
  });

  it('keeps counts exact above 2^53', () => {
    const pivot = pivotUsageTrends(ROWS, buckets, LABELS);
    expect(pivot.series[0]!.total).toBe(HUGE + 10n);
    expect(pivot.bucketTotals[2]).toBe(HUGE + 3n);
    expect(pivot.total).toBe(HUGE + 20n);
  });

  it('adds a bucket that only a row carries, so no signal is dropped', () => {
    const early = new Date('2026-10-31T00:00:00Z');
    const pivot = pivotUsageTrends([...ROWS, { bucket: early, series: 'email-triage', is_other: false, signals: 5n }], buckets, LABELS);
    expect(pivot.buckets[0]).toEqual(early);
    expect(pivot.total).toBe(HUGE + 25n);
  });

  it('names a signal whose name is empty, and gives no series for no rows', () => {
    const pivot = pivotUsageTrends([{ bucket: DAY_1, series: '', is_other: false, signals: 1n }], buckets, LABELS);
    expect(pivot.series.map((series) => series.label)).toEqual(['(no name)']);
    expect(pivotUsageTrends([], buckets, LABELS)).toMatchObject({ series: [], total: 0n, bucketTotals: [0n, 0n, 0n] });
  });
});
