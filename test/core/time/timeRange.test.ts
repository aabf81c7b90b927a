import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AnalyticsError } from '../../../src/core/errors';
import {
  addCalendarDays,
  isCalendarDate,
  previousPeriod,
  resolveTimeRange,
  todayInZone,
} from '../../../src/core/time/timeRange';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Wall-clock date (YYYY-MM-DD) and time of an instant in a zone, through Intl only. */
function wallClock(iso: string, timeZone: string): { date: string; time: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
      .formatToParts(new Date(iso))
      .map((p) => [p.type, p.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}:${parts.second}` };
}

function expectDayStart(iso: string, timeZone: string, date: string): void {
  expect(wallClock(iso, timeZone).date).toBe(date);
  const secondBefore = new Date(Date.parse(iso) - 1000).toISOString();
  expect(wallClock(secondBefore, timeZone).date).toBe(addCalendarDays(date, -1));
}

function expectError(fn: () => unknown, code: string): void {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AnalyticsError);
    expect((error as AnalyticsError).code).toBe(code);
    return;
  }
  expect.unreachable('expected an AnalyticsError');
}

describe('resolveTimeRange', () => {
  const now = new Date('2026-11-23T15:00:00.000Z');

  it('includes today: 7d runs from midnight six days ago to midnight tomorrow in UTC', () => {
    expect(resolveTimeRange('7d', { now, timeZone: 'UTC' })).toEqual({
      from: '2026-11-17T00:00:00.000Z',
      to: '2026-11-24T00:00:00.000Z',
    });
  });

  it("aligns to the zone's midnights, not UTC's (Berlin is UTC+1 in November)", () => {
    expect(resolveTimeRange('7d', { now, timeZone: 'Europe/Berlin' })).toEqual({
      from: '2026-11-16T23:00:00.000Z',
      to: '2026-11-23T23:00:00.000Z',
    });
  });

  it('uses the zone\'s "today", which may differ from UTC\'s', () => {
    const lateEvening = new Date('2026-11-23T23:30:00.000Z');
    // Already the 24th in Kolkata (UTC+05:30), still the 23rd in New York (UTC−5).
    expect(todayInZone(lateEvening, 'Asia/Kolkata')).toBe('2026-11-24');
    expect(resolveTimeRange('7d', { now: lateEvening, timeZone: 'Asia/Kolkata' }).to).toBe('2026-11-24T18:30:00.000Z');
    expect(todayInZone(lateEvening, 'America/New_York')).toBe('2026-11-23');
    expect(resolveTimeRange('7d', { now: lateEvening, timeZone: 'America/New_York' }).to).toBe(
      '2026-11-24T05:00:00.000Z',
    );
  });

  it.each([
    ['30d', 30],
    ['90d', 90],
  ] as const)('%s covers exactly %i calendar days in UTC', (preset, days) => {
    const { from, to } = resolveTimeRange(preset, { now, timeZone: 'UTC' });
    expect(Date.parse(to) - Date.parse(from)).toBe(days * DAY);
    expect(to).toBe('2026-11-24T00:00:00.000Z');
  });

  it('12m starts on the first day of the month eleven months ago, so months are whole', () => {
    const { from, to } = resolveTimeRange('12m', { now, timeZone: 'UTC' });
    expect(from).toBe('2025-12-01T00:00:00.000Z');
    expect(to).toBe('2026-11-24T00:00:00.000Z');
    const inTokyo = resolveTimeRange('12m', { now: new Date('2026-01-15T12:00:00Z'), timeZone: 'Asia/Tokyo' });
    expect(inTokyo.from).toBe('2025-01-31T15:00:00.000Z'); // 2025-02-01 00:00 JST
  });

  it('counts calendar days across a DST change: the 25-hour day of 2026-11-01 in New York', () => {
    const { from, to } = resolveTimeRange('7d', { now: new Date('2026-11-03T17:00:00Z'), timeZone: 'America/New_York' });
    expect(from).toBe('2026-10-28T04:00:00.000Z'); // midnight EDT (UTC−4)
    expect(to).toBe('2026-11-04T05:00:00.000Z'); // midnight EST (UTC−5)
    expect(Date.parse(to) - Date.parse(from)).toBe(7 * DAY + HOUR);
  });

  it('starts a day whose midnight does not exist at the first instant that does (Santiago, 2026-09-06)', () => {
    const range = resolveTimeRange({ from: '2026-09-06', to: '2026-09-06' }, {
      now,
      timeZone: 'America/Santiago',
    });
    expectDayStart(range.from, 'America/Santiago', '2026-09-06');
    expectDayStart(range.to, 'America/Santiago', '2026-09-07');
    expect(wallClock(range.from, 'America/Santiago').time).not.toBe('00:00:00');
  });

  it.each(['UTC', 'America/Los_Angeles', 'Asia/Kathmandu', 'Australia/Lord_Howe', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'])(
    'every preset starts and ends on midnights of %s, over a year of "now"s',
    (timeZone) => {
      for (let day = 0; day < 366; day += 5) {
        const at = new Date(Date.UTC(2026, 0, 1, 7, 13) + day * DAY);
        const today = todayInZone(at, timeZone);
        for (const preset of ['7d', '30d', '90d', '12m'] as const) {
          const { from, to } = resolveTimeRange(preset, { now: at, timeZone });
          expectDayStart(to, timeZone, addCalendarDays(today, 1));
          const firstDay = wallClock(from, timeZone).date;
          expectDayStart(from, timeZone, firstDay);
          if (preset === '12m') expect(firstDay.endsWith('-01')).toBe(true);
          else expect(addCalendarDays(firstDay, Number.parseInt(preset, 10) - 1)).toBe(today);
        }
      }
    },
  );

  it('reads a custom range of calendar dates as whole days, "to" included', () => {
    expect(resolveTimeRange({ from: '2026-11-01', to: '2026-11-30' }, { now, timeZone: 'UTC' })).toEqual({
      from: '2026-11-01T00:00:00.000Z',
      to: '2026-12-01T00:00:00.000Z',
    });
  });

  it('takes ISO instants in a custom range as they are, normalised to UTC', () => {
    expect(
      resolveTimeRange({ from: '2026-11-01T10:00:00+02:00', to: '2026-11-02T00:00:00Z' }, { now, timeZone: 'Asia/Tokyo' }),
    ).toEqual({ from: '2026-11-01T08:00:00.000Z', to: '2026-11-02T00:00:00.000Z' });
  });

  it('takes Dates in a custom range as instants, like the widgets\' from/to props', () => {
    expect(
      resolveTimeRange({ from: new Date('2026-11-01T08:00:00Z'), to: new Date('2026-11-02T00:00:00Z') }, { now, timeZone: 'Asia/Tokyo' }),
    ).toEqual({ from: '2026-11-01T08:00:00.000Z', to: '2026-11-02T00:00:00.000Z' });
    expect(resolveTimeRange({ from: '2026-11-01', to: new Date('2026-11-05T12:00:00Z') }, { now, timeZone: 'UTC' })).toEqual({
      from: '2026-11-01T00:00:00.000Z',
      to: '2026-11-05T12:00:00.000Z',
    });
    expectError(() => resolveTimeRange({ from: new Date(Number.NaN), to: new Date() }, { now, timeZone: 'UTC' }), 'INVALID_DATE_RANGE');
    expectError(() => resolveTimeRange({ from: new Date('2026-11-02T00:00:00Z'), to: new Date('2026-11-01T00:00:00Z') }, { now, timeZone: 'UTC' }), 'INVALID_DATE_RANGE');
  });

  it('rejects malformed, impossible and empty custom ranges with INVALID_DATE_RANGE', () => {
    const options = { now, timeZone: 'UTC' };
    expectError(() => resolveTimeRange({ from: '2026-02-30', to: '2026-03-01' }, options), 'INVALID_DATE_RANGE');
    expectError(() => resolveTimeRange({ from: 'yesterday', to: '2026-03-01' }, options), 'INVALID_DATE_RANGE');
    expectError(() => resolveTimeRange({ from: '2026-03-01T00:00:00', to: '2026-03-02' }, options), 'INVALID_DATE_RANGE');
    expectError(() => resolveTimeRange({ from: '2026-03-02', to: '2026-03-01' }, options), 'INVALID_DATE_RANGE');
    expectError(() => resolveTimeRange(null as never, options), 'INVALID_DATE_RANGE');
  });

  it('rejects an unknown zone, preset or invalid now with INVALID_PARAMS', () => {
    expectError(() => resolveTimeRange('7d', { now, timeZone: 'Mars/Olympus' }), 'INVALID_PARAMS');
    expectError(() => resolveTimeRange('14d' as never, { now, timeZone: 'UTC' }), 'INVALID_PARAMS');
    expectError(() => resolveTimeRange('7d', { now: new Date(Number.NaN), timeZone: 'UTC' }), 'INVALID_PARAMS');
  });

  it('gives the same instants whatever the host zone is (child processes with TZ set)', () => {
    const script = fileURLToPath(new URL('./fixtures/resolveInHostZone.ts', import.meta.url));
    const hostZones = ['UTC', 'America/Los_Angeles', 'Asia/Tokyo', 'Australia/Lord_Howe', 'Pacific/Chatham'];
    const outputs = hostZones.map((TZ) => {
      const stdout = execFileSync(process.execPath, ['--import', 'tsx', script], {
        env: { ...process.env, TZ },
        encoding: 'utf8',
      });
      return JSON.parse(stdout) as Record<string, unknown>;
    });
    // The host zones really differ…
    expect(new Set(outputs.map((o) => o.hostOffsetMinutes)).size).toBe(hostZones.length);
    expect(outputs.map((o) => o.hostZone)).toEqual(hostZones);
    // …and the results do not.
    const strip = ({ hostOffsetMinutes: _a, hostZone: _b, ...rest }: Record<string, unknown>) => rest;
    for (const output of outputs.slice(1)) expect(strip(output)).toEqual(strip(outputs[0]!));
    expect((strip(outputs[0]!)['Europe/Berlin'] as { custom: unknown }).custom).toEqual({
      from: '2026-02-28T23:00:00.000Z',
      to: '2026-03-31T22:00:00.000Z', // midnight starting 1 April, CEST (UTC+2) since 29 March
    });
  });
});

describe('previousPeriod', () => {
  it('is the period of the same length just before', () => {
    expect(previousPeriod('2026-11-17T00:00:00.000Z', '2026-11-24T00:00:00.000Z')).toEqual({
      from: '2026-11-10T00:00:00.000Z',
      to: '2026-11-17T00:00:00.000Z',
    });
  });

  it('accepts offsets and answers in UTC', () => {
    expect(previousPeriod('2026-11-17T01:00:00+01:00', '2026-11-18T00:00:00Z')).toEqual({
      from: '2026-11-16T00:00:00.000Z',
      to: '2026-11-17T00:00:00.000Z',
    });
  });

  it('rejects empty ranges and non-instants', () => {
    expectError(() => previousPeriod('2026-11-18T00:00:00Z', '2026-11-17T00:00:00Z'), 'INVALID_DATE_RANGE');
    expectError(() => previousPeriod('2026-11-17', '2026-11-18T00:00:00Z'), 'INVALID_DATE_RANGE');
  });
});

describe('calendar helpers', () => {
  it('isCalendarDate knows real dates from impossible ones', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2026-13-01')).toBe(false);
  });

  it('addCalendarDays crosses months and years', () => {
    expect(addCalendarDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(addCalendarDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});
