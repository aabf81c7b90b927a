import { describe, expect, it } from 'vitest';
import { listTimeBuckets, mergeTimeBuckets } from '../../../src/widgets/shared/timeBuckets';

const iso = (dates: Date[]) => dates.map((date) => date.toISOString());
const NY = 'America/New_York';

describe('listTimeBuckets', () => {
  it('gives one bucket per local day across the spring-forward day in America/New_York (a 23-hour day)', () => {
    const buckets = listTimeBuckets({ from: new Date('2026-03-07T05:00:00Z'), to: new Date('2026-03-10T04:00:00Z'), granularity: 'day', timeZone: NY });
    expect(iso(buckets)).toEqual(['2026-03-07T05:00:00.000Z', '2026-03-08T05:00:00.000Z', '2026-03-09T04:00:00.000Z']);
  });

  it('gives one bucket per local day across the fall-back day (a 25-hour day)', () => {
    const buckets = listTimeBuckets({ from: new Date('2026-10-31T04:00:00Z'), to: new Date('2026-11-03T05:00:00Z'), granularity: 'day', timeZone: NY });
    expect(iso(buckets)).toEqual(['2026-10-31T04:00:00.000Z', '2026-11-01T04:00:00.000Z', '2026-11-02T05:00:00.000Z']);
  });

  it('counts 23 hourly buckets on the spring-forward day and 25 on the fall-back day', () => {
    const spring = listTimeBuckets({ from: new Date('2026-03-08T05:00:00Z'), to: new Date('2026-03-09T04:00:00Z'), granularity: 'hour', timeZone: NY });
    const fall = listTimeBuckets({ from: new Date('2026-11-01T04:00:00Z'), to: new Date('2026-11-02T05:00:00Z'), granularity: 'hour', timeZone: NY });
    expect(spring).toHaveLength(23);
    expect(fall).toHaveLength(25);
    // The repeated 1 a.m. is two buckets an hour apart.
    expect(iso(fall).slice(0, 3)).toEqual(['2026-11-01T04:00:00.000Z', '2026-11-01T05:00:00.000Z', '2026-11-01T06:00:00.000Z']);
  });

  it('starts hourly buckets on local hour starts in a half-hour zone', () => {
    const buckets = listTimeBuckets({ from: new Date('2026-11-20T00:10:00Z'), to: new Date('2026-11-20T02:00:00Z'), granularity: 'hour', timeZone: 'Asia/Kolkata' });
    expect(iso(buckets)).toEqual(['2026-11-19T23:30:00.000Z', '2026-11-20T00:30:00.000Z', '2026-11-20T01:30:00.000Z']);
  });

  it('starts weeks on the local Monday before the window and months on the first', () => {
    // Wednesday 2026-11-04 to Wednesday 2026-11-18 in New York.
    const weeks = listTimeBuckets({ from: new Date('2026-11-04T05:00:00Z'), to: new Date('2026-11-18T05:00:00Z'), granularity: 'week', timeZone: NY });
    expect(iso(weeks)).toEqual(['2026-11-02T05:00:00.000Z', '2026-11-09T05:00:00.000Z', '2026-11-16T05:00:00.000Z']);
    const months = listTimeBuckets({ from: new Date('2026-10-15T00:00:00Z'), to: new Date('2027-01-01T00:00:00Z'), granularity: 'month', timeZone: 'UTC' });
    expect(iso(months)).toEqual(['2026-10-01T00:00:00.000Z', '2026-11-01T00:00:00.000Z', '2026-12-01T00:00:00.000Z']);
  });

  it('returns nothing for an empty or invalid window', () => {
    expect(listTimeBuckets({ from: new Date('2026-11-02T00:00:00Z'), to: new Date('2026-11-01T00:00:00Z'), granularity: 'day', timeZone: 'UTC' })).toEqual([]);
    expect(listTimeBuckets({ from: new Date('nope'), to: new Date('2026-11-01T00:00:00Z'), granularity: 'day', timeZone: 'UTC' })).toEqual([]);
  });
});

describe('mergeTimeBuckets', () => {
  it('adds buckets only rows carry, sorted and without duplicates', () => {
    const window = [new Date('2026-11-01T00:00:00Z'), new Date('2026-11-02T00:00:00Z')];
    const merged = mergeTimeBuckets(window, [new Date('2026-11-02T00:00:00Z'), new Date('2026-10-31T00:00:00Z')]);
    expect(iso(merged)).toEqual(['2026-10-31T00:00:00.000Z', '2026-11-01T00:00:00.000Z', '2026-11-02T00:00:00.000Z']);
  });
});
