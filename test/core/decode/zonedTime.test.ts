import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isSupportedTimeZone, wallTimeConverter } from '../../../src/core/decode/zonedTime';

const ZONES = ['America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Pacific/Chatham', 'America/Santiago', 'Asia/Kolkata', 'Asia/Kathmandu', 'Pacific/Kiritimati'];

const referenceFormats = new Map<string, Intl.DateTimeFormat>();

/** The wall time of `instant` in `timeZone`, encoded as if it were UTC ms: the reference, straight from Intl. */
function wallOf(instant: number, timeZone: string): number {
  let format = referenceFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    referenceFormats.set(timeZone, format);
  }
  const parts = format.formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second')) + ((instant % 1000) + 1000) % 1000;
}

describe('wallTimeConverter', () => {
  it('maps the wall time of any instant back to that instant, or to the earlier one of a repeated hour', () => {
    const instant = fc.integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(2100, 0, 1) });
    fc.assert(fc.property(fc.constantFrom(...ZONES), instant, (zone, t) => {
      const wall = wallOf(t, zone);
      const decoded = wallTimeConverter(zone)(wall);
      // Always the same wall time again…
      expect(wallOf(decoded, zone)).toBe(wall);
      // …and the instant itself, unless it fell in the second pass of a repeated (autumn) hour.
      if (decoded !== t) {
        expect(decoded).toBeLessThan(t);
        expect(t - decoded).toBeLessThanOrEqual(2 * 3_600_000);
      }
    }), { numRuns: 3000 });
  });

  it('finds every instant near the transitions of a year exactly, except the repeated hour', () => {
    for (const zone of ['America/New_York', 'Australia/Lord_Howe', 'Pacific/Chatham']) {
      const convert = wallTimeConverter(zone);
      let repeated = 0;
      for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += 15 * 60_000) {
        const decoded = convert(wallOf(t, zone));
        if (decoded !== t) repeated++;
      }
      // One repeated hour a year (30 minutes at Lord Howe), sampled every 15 minutes. Chatham (UTC+13:45 in
      // summer) checks that the probes reach past offsets larger than 12 hours.
      expect(repeated).toBe(zone === 'Australia/Lord_Howe' ? 2 : 4);
    }
  });

  it('keeps apart two days that share a slot of its day table (4096 days apart, one in winter, one in summer)', () => {
    const zone = 'America/New_York';
    const winter = Date.UTC(2020, 0, 15, 12);
    const summer = winter + 4096 * 86_400_000; // 2031-03-30, after the spring change
    expect(wallOf(summer, zone) - summer).not.toBe(wallOf(winter, zone) - winter);
    const convert = wallTimeConverter(zone);
    for (let i = 0; i < 4; i++) {
      for (const t of [winter, summer, winter + 3_600_000, summer - 3_600_000]) expect(convert(wallOf(t, zone))).toBe(t);
    }
  });

  it('does not shift UTC and its aliases, nor a missing zone', () => {
    for (const zone of [undefined, 'UTC', 'Etc/UTC', 'GMT']) expect(wallTimeConverter(zone)(1_700_000_000_000)).toBe(1_700_000_000_000);
  });

  it('throws a RangeError for an unknown zone, which isSupportedTimeZone predicts', () => {
    expect(isSupportedTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isSupportedTimeZone('Asia/Kolkata')).toBe(true);
    expect(() => wallTimeConverter('Mars/Olympus_Mons')).toThrow(RangeError);
  });
});
