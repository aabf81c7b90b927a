import { describe, expect, it } from 'vitest';
import { formatBucket, formatDate, formatDateTime } from '../../../src/core/format/formatDateTime';
import { AnalyticsError } from '../../../src/core/errors';

describe('formatDate', () => {
  it('formats an IsoDate as that calendar day, whatever zone is asked for', () => {
    for (const timeZone of ['Pacific/Kiritimati', 'America/Los_Angeles', 'Asia/Kolkata', 'UTC', undefined]) {
      expect(formatDate('2026-11-23', { locale: 'en-US', timeZone })).toBe('Nov 23, 2026');
    }
  });

  it('formats a Date in the requested zone', () => {
    const instant = new Date('2026-11-23T03:00:00Z');
    expect(formatDate(instant, { locale: 'en-US', timeZone: 'America/Los_Angeles' })).toBe('Nov 22, 2026');
    expect(formatDate(instant, { locale: 'en-US', timeZone: 'Asia/Kolkata' })).toBe('Nov 23, 2026');
    expect(formatDate(instant, { locale: 'de-DE', timeZone: 'UTC', dateStyle: 'short' })).toBe('23.11.26');
  });

  it('shows — for strings that are not calendar dates and for an invalid Date, never throwing', () => {
    expect(formatDate('2026-02-30')).toBe('—');
    expect(formatDate('yesterday')).toBe('—');
    expect(formatDate(new Date(Number.NaN))).toBe('—');
  });
});

describe('formatDateTime', () => {
  it('formats an instant with date and time in the requested zone, daylight saving included', () => {
    expect(formatDateTime(new Date('2026-11-23T14:05:00Z'), { locale: 'en-US', timeZone: 'America/New_York' })).toBe('Nov 23, 2026, 9:05 AM');
    expect(formatDateTime(new Date('2026-07-23T14:05:00Z'), { locale: 'en-US', timeZone: 'America/New_York' })).toBe('Jul 23, 2026, 10:05 AM');
    expect(formatDateTime(new Date('2026-11-23T14:05:00Z'), { locale: 'en-GB', timeZone: 'Asia/Kolkata' })).toBe('23 Nov 2026, 19:35');
  });

  it('shows — for an invalid Date', () => {
    expect(formatDateTime(new Date('nope'))).toBe('—');
  });
});

describe('formatBucket', () => {
  it('labels hour, day, week and month buckets', () => {
    const at = new Date('2026-11-23T14:00:00Z');
    const utc = { locale: 'en-US', timeZone: 'UTC' } as const;
    expect(formatBucket(at, 'hour', utc)).toBe('Nov 23, 2:00 PM');
    expect(formatBucket(at, 'day', utc)).toBe('Nov 23');
    expect(formatBucket(at, 'week', utc)).toBe('Nov 23');
    expect(formatBucket(at, 'month', utc)).toBe('Nov 2026');
  });

  it('reads an IsoDate bucket as its calendar day in any zone', () => {
    expect(formatBucket('2026-11-01', 'month', { locale: 'en-US', timeZone: 'Pacific/Honolulu' })).toBe('Nov 2026');
    expect(formatBucket('2026-11-01', 'day', { locale: 'en-US', timeZone: 'Pacific/Kiritimati' })).toBe('Nov 1');
  });
});
