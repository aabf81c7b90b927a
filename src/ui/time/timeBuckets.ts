/**
 * The buckets of a time series, generated from the window alone: what a chart shows on its x
 * axis, so a bucket the query returned no row for is drawn as zero rather than skipped.
 * Boundaries match the SQL of `timeBucketExpression` (core/queries/timeBucket): local hour
 * starts, local midnights, Mondays and first days of the month in `timeZone`, honouring DST.
 */
import type { Granularity } from '../../core/queries/timeBucket';
import { wallTimeConverter } from '../../core/decode/zonedTime';

export interface TimeBucketsInput {
  /** Start of the window, inclusive. */
  from: Date;
  /** End of the window, exclusive. */
  to: Date;
  granularity: Granularity;
  /** IANA zone whose wall clock bounds the buckets. */
  timeZone: string;
}

/** More buckets than any valid window holds (2 years of days, 31 days of hours): a guard, not a limit. */
const MAX_BUCKETS = 5_000;
const HOUR_MS = 3_600_000;

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
}

const wallFormats = new Map<string, Intl.DateTimeFormat>();

/** The wall-clock date and hour of an instant in a zone. */
function wallClockOf(ms: number, timeZone: string): WallClock {
  let format = wallFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
    });
    wallFormats.set(timeZone, format);
  }
  const parts: Record<string, number> = {};
  for (const part of format.formatToParts(ms)) if (part.type !== 'literal') parts[part.type] = Number(part.value);
  return { year: parts.year!, month: parts.month!, day: parts.day!, hour: parts.hour === 24 ? 0 : parts.hour! };
}

/** Wall time as if it were UTC, the encoding `wallTimeConverter` takes. */
function wallAsUtc(year: number, month: number, day: number, hour = 0): number {
  return Date.UTC(year, month - 1, day, hour);
}

/** The start of the bucket holding `ms`, as wall time encoded in UTC milliseconds. */
function bucketStartWall(ms: number, granularity: Granularity, timeZone: string): number {
  const wall = wallClockOf(ms, timeZone);
  switch (granularity) {
    case 'hour':
      return wallAsUtc(wall.year, wall.month, wall.day, wall.hour);
    case 'day':
      return wallAsUtc(wall.year, wall.month, wall.day);
    case 'week': {
      const midnight = wallAsUtc(wall.year, wall.month, wall.day);
      const sinceMonday = (new Date(midnight).getUTCDay() + 6) % 7;
      return midnight - sinceMonday * 24 * HOUR_MS;
    }
    case 'month':
      return wallAsUtc(wall.year, wall.month, 1);
  }
}

/** The next bucket's start in wall time (calendar arithmetic, no zone involved). */
function nextWall(wall: number, granularity: Exclude<Granularity, 'hour'>): number {
  const date = new Date(wall);
  if (granularity === 'day') date.setUTCDate(date.getUTCDate() + 1);
  else if (granularity === 'week') date.setUTCDate(date.getUTCDate() + 7);
  else date.setUTCMonth(date.getUTCMonth() + 1);
  return date.getTime();
}

/**
 * Every bucket start (as an instant) whose bucket overlaps `[from, to)`, in order: the first is
 * the start of the bucket holding `from` (which may lie before `from`, e.g. the Monday of its
 * week). Days are calendar days, so a 23- or 25-hour DST day is one bucket; hours are real
 * hours, so the repeated hour of a fall-back night is two buckets and the skipped one none.
 * An empty or invalid window gives `[]`.
 */
export function listTimeBuckets({ from, to, granularity, timeZone }: TimeBucketsInput): Date[] {
  const start = from.getTime();
  const end = to.getTime();
  if (!Number.isFinite(start) || !Number.isFinite(end) || start >= end) return [];
  const toInstant = wallTimeConverter(timeZone);
  const buckets: Date[] = [];
  if (granularity === 'hour') {
    // Whole-hour steps from the local hour start stay on local hour starts across DST changes.
    for (let at = toInstant(bucketStartWall(start, 'hour', timeZone)); at < end && buckets.length < MAX_BUCKETS; at += HOUR_MS) {
      if (buckets.length === 0 || at > buckets[buckets.length - 1]!.getTime()) buckets.push(new Date(at));
    }
    return buckets;
  }
  for (let wall = bucketStartWall(start, granularity, timeZone); buckets.length < MAX_BUCKETS; wall = nextWall(wall, granularity)) {
    const at = toInstant(wall);
    if (at >= end) break;
    if (buckets.length === 0 || at > buckets[buckets.length - 1]!.getTime()) buckets.push(new Date(at));
  }
  return buckets;
}

/**
 * The buckets of the window merged with the buckets rows actually carry (in case the engine's
 * zone rules differ from the host's), sorted and without duplicates.
 */
export function mergeTimeBuckets(window: readonly Date[], fromRows: Iterable<Date>): Date[] {
  const byTime = new Map<number, Date>();
  for (const bucket of window) byTime.set(bucket.getTime(), bucket);
  for (const bucket of fromRows) if (!byTime.has(bucket.getTime())) byTime.set(bucket.getTime(), bucket);
  return [...byTime.values()].sort((a, b) => a.getTime() - b.getTime());
}
