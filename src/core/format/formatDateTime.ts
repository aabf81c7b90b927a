/**
 * Dates and instants → localized text in an explicit time zone.
 *
 * An `IsoDate` (`'2026-11-23'`, a ClickHouse Date) is a calendar day, not an instant: it is formatted as
 * that day in UTC, so it reads the same in every host and every `timeZone`. A `Date` is an instant: it is
 * shown in `timeZone` (the host's zone when omitted). Nothing throws: an invalid `Date`, a string that is
 * not a valid `'YYYY-MM-DD'` or any other value renders as `'—'`; a zone or locale `Intl` rejects falls back
 * (see `numberFormatCache`).
 */
import { isoDateToUtcMs, type IsoDate } from '../decode/calendarDate';
import { NOT_AVAILABLE } from './formatPercent';
import { dateTimeFormat } from './numberFormatCache';

export interface FormatDateOptions {
  locale?: string;
  /** IANA zone for `Date` values, e.g. `'America/New_York'`. Ignored for an `IsoDate`. */
  timeZone?: string;
  /** Default `'medium'` (`Nov 23, 2026`). */
  dateStyle?: 'full' | 'long' | 'medium' | 'short';
}

export interface FormatDateTimeOptions {
  locale?: string;
  timeZone?: string;
  /** Default `'medium'`. */
  dateStyle?: 'full' | 'long' | 'medium' | 'short';
  /** Default `'short'` (`2:05 PM`). */
  timeStyle?: 'full' | 'long' | 'medium' | 'short';
}

/** The step of a time series bucket, as chart axes label it. */
export type BucketGranularity = 'hour' | 'day' | 'week' | 'month';

export interface FormatBucketOptions {
  locale?: string;
  timeZone?: string;
}

/** An instant in ms (NaN when the value is none) plus the zone to read it in: an IsoDate is UTC midnight read in UTC. */
function toInstant(value: unknown, timeZone: string | undefined): { ms: number; timeZone: string | undefined } {
  if (value instanceof Date) return { ms: value.getTime(), timeZone };
  const ms = typeof value === 'string' ? isoDateToUtcMs(value) : Number.NaN;
  return { ms: ms === ms && Math.abs(ms) <= 8.64e15 ? ms : Number.NaN, timeZone: 'UTC' };
}

function zoned(options: Intl.DateTimeFormatOptions, timeZone: unknown): Intl.DateTimeFormatOptions {
  return typeof timeZone === 'string' ? { ...options, timeZone } : options;
}

/**
 * Formats a calendar day: `formatDate('2026-11-23', { locale: 'en-US' })` → `'Nov 23, 2026'` in any host
 * zone; a `Date` shows its day in `timeZone`; anything else `'—'`.
 */
export function formatDate(value: IsoDate | Date, options: FormatDateOptions = {}): string {
  const instant = toInstant(value, options?.timeZone);
  if (Number.isNaN(instant.ms)) return NOT_AVAILABLE;
  return dateTimeFormat(options?.locale, zoned({ dateStyle: options?.dateStyle ?? 'medium' }, instant.timeZone)).format(instant.ms);
}

/** Formats an instant with date and time in `timeZone`: `'Nov 23, 2026, 2:05 PM'` (en-US, medium + short). */
export function formatDateTime(value: Date, options: FormatDateTimeOptions = {}): string {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) return NOT_AVAILABLE;
  return dateTimeFormat(
    options?.locale,
    zoned({ dateStyle: options?.dateStyle ?? 'medium', timeStyle: options?.timeStyle ?? 'short' }, options?.timeZone),
  ).format(value);
}

const BUCKET_PARTS: Record<BucketGranularity, Intl.DateTimeFormatOptions> = {
  hour: { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' },
  day: { month: 'short', day: 'numeric' },
  week: { month: 'short', day: 'numeric' },
  month: { month: 'short', year: 'numeric' },
};

/**
 * A chart-axis label for the bucket starting at `value`: hour `'Nov 23, 2:00 PM'`, day and week (its first
 * day) `'Nov 23'`, month `'Nov 2026'` (en-US). An IsoDate bucket is read as that calendar day; anything
 * else `'—'`.
 */
export function formatBucket(value: Date | IsoDate, granularity: BucketGranularity, options: FormatBucketOptions = {}): string {
  const instant = toInstant(value, options?.timeZone);
  if (Number.isNaN(instant.ms)) return NOT_AVAILABLE;
  const parts = Object.hasOwn(BUCKET_PARTS, granularity) ? BUCKET_PARTS[granularity] : BUCKET_PARTS.day;
  return dateTimeFormat(options?.locale, zoned(parts, instant.timeZone)).format(instant.ms);
}
