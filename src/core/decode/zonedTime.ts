/**
 * Wall-clock time in an IANA zone → the instant it names, with daylight saving, using only `Intl`
 * (no Node built-ins, so it runs in browsers too).
 *
 * Ambiguous and skipped wall times resolve like Temporal's `'compatible'` disambiguation: a repeated hour
 * (autumn) means its first occurrence, a skipped hour (spring) is read with the offset before the gap.
 */

const UTC_NAMES = new Set(['UTC', 'Etc/UTC', 'GMT', 'Etc/GMT', 'Etc/Universal', 'Universal', 'Zulu', 'Etc/Zulu', 'UCT', 'Etc/UCT']);

/** Zone transitions fall on whole quarter hours of wall time, so one offset serves a 15-minute bucket. */
const BUCKET_MS = 15 * 60_000;
const DAY_MS = 86_400_000;
/** Probes a day either side: wider than any UTC offset (±14 h), narrower than the gap between two transitions. */
const PROBE_MS = 24 * 3_600_000;
const CACHE_LIMIT = 200_000;
/** Slots of the per-zone table of day shifts (a power of two): 4096 days, about 11 years, before two days share a slot. */
const DAY_SLOTS = 4096;

/** Converts wall time (its fields encoded as if they were UTC milliseconds) to epoch milliseconds. */
export type WallTimeToInstant = (wallAsUtcMs: number) => number;

const converters = new Map<string, WallTimeToInstant>();

/** Whether the host's `Intl` knows this IANA zone name. */
export function isSupportedTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

function createOffsetAt(timeZone: string): (utcMs: number) => number {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    era: 'short',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  return (utcMs) => {
    const wholeSeconds = Math.floor(utcMs / 1000) * 1000;
    let year = 0;
    let month = 1;
    let day = 1;
    let hour = 0;
    let minute = 0;
    let second = 0;
    let bc = false;
    for (const part of format.formatToParts(wholeSeconds)) {
      switch (part.type) {
        case 'era':
          bc = part.value.startsWith('B');
          break;
        case 'year':
          year = Number(part.value);
          break;
        case 'month':
          month = Number(part.value);
          break;
        case 'day':
          day = Number(part.value);
          break;
        case 'hour':
          hour = Number(part.value);
          break;
        case 'minute':
          minute = Number(part.value);
          break;
        case 'second':
          second = Number(part.value);
          break;
        default:
          break;
      }
    }
    const date = new Date(0);
    date.setUTCFullYear(bc ? 1 - year : year, month - 1, day);
    date.setUTCHours(hour, minute, second, 0);
    return date.getTime() - wholeSeconds;
  };
}

/**
 * The wall-time → instant converter for an IANA zone (`undefined` and UTC aliases: no shift).
 * Throws a RangeError for a zone the host's `Intl` does not know; callers turn it into their own error.
 */
export function wallTimeConverter(timeZone: string | undefined): WallTimeToInstant {
  if (timeZone === undefined || UTC_NAMES.has(timeZone)) return (wall) => wall;
  const existing = converters.get(timeZone);
  if (existing) return existing;
  const offsetAt = createOffsetAt(timeZone);
  const bucketShift = new Map<number, number>();
  const resolve = (wall: number): number => {
    const before = offsetAt(wall - PROBE_MS);
    const after = offsetAt(wall + PROBE_MS);
    const early = wall - before;
    if (before === after || offsetAt(early) === before) return early;
    const late = wall - after;
    return offsetAt(late) === after ? late : early;
  };
  /**
   * Most days have no transition: if the offset two days before a wall day equals the offset three days
   * after it, no transition lies between (zones change at most twice a year), and the whole day shares one
   * shift. Such days cost two Intl calls once; days with a transition (shift NaN here) fall back to 15-minute
   * buckets. Day shifts live in a direct-mapped table (a day's slot is its number modulo the table's size,
   * a later day in the same slot takes it over): one typed-array read per cell, no hashing.
   */
  const dayKeys = new Float64Array(DAY_SLOTS).fill(Number.NaN);
  const dayShifts = new Float64Array(DAY_SLOTS);
  const shiftOfNewDay = (day: number, slot: number): number => {
    const start = day * DAY_MS;
    const before = offsetAt(start - 2 * DAY_MS);
    const shift = before === offsetAt(start + 3 * DAY_MS) ? -before : Number.NaN;
    dayKeys[slot] = day;
    dayShifts[slot] = shift;
    return shift;
  };
  const shiftOfBucket = (bucket: number): number => {
    let shift = bucketShift.get(bucket);
    if (shift === undefined) {
      const start = bucket * BUCKET_MS;
      shift = resolve(start) - start;
      if (bucketShift.size >= CACHE_LIMIT) bucketShift.clear();
      bucketShift.set(bucket, shift);
    }
    return shift;
  };
  const converter: WallTimeToInstant = (wall) => {
    const day = Math.floor(wall / DAY_MS);
    const slot = day & (DAY_SLOTS - 1);
    const shift = dayKeys[slot] === day ? dayShifts[slot]! : shiftOfNewDay(day, slot);
    return shift === shift ? wall + shift : wall + shiftOfBucket(Math.floor(wall / BUCKET_MS));
  };
  converters.set(timeZone, converter);
  return converter;
}
