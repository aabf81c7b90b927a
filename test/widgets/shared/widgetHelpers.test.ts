import { describe, expect, it, vi } from 'vitest';
import { createFormatters } from '../../../src/core/format/createFormatters';
import { AnalyticsError } from '../../../src/core/errors';
import { fullBucketLabel, shortBucketLabel } from '../../../src/widgets/shared/bucketLabels';
import { csvFilename } from '../../../src/widgets/shared/csvFilename';
import { describeWindow } from '../../../src/widgets/shared/describeWindow';
import { effectiveGranularity, offeredGranularities } from '../../../src/widgets/shared/offeredGranularities';
import { uniqueLabels } from '../../../src/widgets/shared/uniqueLabels';
import { widgetFrameState, type FrameQueryResult } from '../../../src/widgets/shared/widgetFrameState';

const formatters = createFormatters({ locale: 'en-US', timeZone: 'America/New_York' });
const window = { from: new Date('2026-10-01T04:00:00Z'), to: new Date('2026-11-01T04:00:00Z') };

describe('describeWindow', () => {
  it('names the first and last day of a half-open window in the zone', () => {
    expect(describeWindow(window, formatters)).toBe('Oct 1, 2026 to Oct 31, 2026');
    expect(describeWindow({ from: window.from, to: new Date('2026-10-02T04:00:00Z') }, formatters)).toBe('Oct 1, 2026');
  });
});

describe('csvFilename', () => {
  it('is the slug and the window’s days in the zone', () => {
    expect(csvFilename('usage-trends', window, 'America/New_York')).toBe('usage-trends-2026-10-01-to-2026-10-31.csv');
    expect(csvFilename('usage-trends', window, 'UTC')).toBe('usage-trends-2026-10-01-to-2026-11-01.csv');
  });
});

describe('bucket labels', () => {
  it('are short on the axis and stand alone in tables', () => {
    const bucket = new Date('2026-11-01T04:00:00Z');
    expect(shortBucketLabel(bucket, 'day', formatters)).toBe('Nov 1');
    expect(fullBucketLabel(bucket, 'day', formatters)).toBe('Nov 1, 2026');
    expect(fullBucketLabel(bucket, 'hour', formatters)).toBe('Nov 1, 2026, 12:00 AM');
    expect(fullBucketLabel(bucket, 'month', formatters)).toBe('Nov 2026');
  });
});

describe('offeredGranularities', () => {
  it('offers hours only for windows up to 31 days', () => {
    const all = ['hour', 'day', 'week', 'month'] as const;
    expect(offeredGranularities(all, window)).toEqual(all);
    expect(offeredGranularities(all, { from: window.from, to: new Date('2026-12-01T00:00:00Z') })).toEqual(['day', 'week', 'month']);
    expect(offeredGranularities(all, undefined)).toEqual(['day', 'week', 'month']);
  });

  it('falls back when the choice is not offered', () => {
    expect(effectiveGranularity('hour', ['day', 'week'], 'day')).toBe('day');
    expect(effectiveGranularity('week', ['day', 'week'], 'day')).toBe('week');
    expect(effectiveGranularity('hour', ['week', 'month'], 'day')).toBe('week');
  });
});

describe('uniqueLabels', () => {
  it('keeps the first of equal labels and numbers the rest', () => {
    expect(uniqueLabels(['Other', 'a', 'Other', 'Other', 'Other (2)'])).toEqual(['Other', 'a', 'Other (2)', 'Other (3)', 'Other (2) (2)']);
  });
});

describe('widgetFrameState', () => {
  const result = (overrides: Partial<FrameQueryResult>): FrameQueryResult => ({
    status: 'success',
    error: undefined,
    meta: { rowCount: 3, elapsedMs: 1, truncated: false },
    isFetching: false,
    refetch: vi.fn(),
    ...overrides,
  });

  it('is loading until every query has data', () => {
    expect(widgetFrameState([result({}), result({ status: 'loading', meta: undefined })]).loading).toBe(true);
    expect(widgetFrameState([result({}), result({})]).loading).toBe(false);
  });

  it('shows the first error and retries every failed query', () => {
    const timeout = new AnalyticsError({ code: 'QUERY_TIMEOUT', message: 't' });
    const denied = new AnalyticsError({ code: 'ACCESS_DENIED', message: 'd' });
    const a = result({ status: 'error', error: timeout });
    const b = result({ status: 'loading' });
    const c = result({ status: 'error', error: denied });
    const state = widgetFrameState([a, b, c]);
    expect(state).toMatchObject({ error: timeout, loading: false });
    state.retry();
    expect(a.refetch).toHaveBeenCalledTimes(1);
    expect(c.refetch).toHaveBeenCalledTimes(1);
    expect(b.refetch).not.toHaveBeenCalled();
  });

  it('flags truncation with the row count, and refreshing while shown data reloads', () => {
    const state = widgetFrameState([result({}), result({ meta: { rowCount: 10_000, elapsedMs: 1, truncated: true }, isFetching: true })]);
    expect(state).toMatchObject({ truncated: true, truncatedRowCount: 10_000, refreshing: true });
    expect(widgetFrameState([result({})])).toMatchObject({ truncated: false, truncatedRowCount: undefined, refreshing: false });
  });
});
