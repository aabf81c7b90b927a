/**
 * Calendar dates (ClickHouse `Date`, `Date32`) as ISO strings, so a date is the same day in every host
 * time zone: `'2026-11-23'` never turns into the 22nd in Los Angeles the way `new Date('2026-11-23')` can.
 */

/** A calendar date `'YYYY-MM-DD'` with no time and no zone. Format it with `formatDate`. */
export type IsoDate = string;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether `year-month-day` (month 1–12) is a real day of the proleptic Gregorian calendar. */
export function isValidCalendarDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const limit = month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!;
  return day <= limit;
}

function digit(text: string, index: number): number {
  const code = text.charCodeAt(index) - 48;
  return code >= 0 && code <= 9 ? code : -1000;
}

/** Parses the 4-2-2 digits at `offset` of `text` (`YYYY-MM-DD`), or returns undefined. */
export function readIsoDateFields(text: string, offset = 0): { year: number; month: number; day: number } | undefined {
  if (text.charCodeAt(offset + 4) !== 45 || text.charCodeAt(offset + 7) !== 45) return undefined;
  const year = digit(text, offset) * 1000 + digit(text, offset + 1) * 100 + digit(text, offset + 2) * 10 + digit(text, offset + 3);
  const month = digit(text, offset + 5) * 10 + digit(text, offset + 6);
  const day = digit(text, offset + 8) * 10 + digit(text, offset + 9);
  if (year < 0 || !isValidCalendarDay(year, month, day)) return undefined;
  return { year, month, day };
}

/** Whether `value` is a valid `'YYYY-MM-DD'` calendar date. */
export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && value.length === 10 && readIsoDateFields(value) !== undefined;
}

/** The IsoDate `days` days after 1970-01-01 (ClickHouse's internal Date number). */
export function isoDateFromEpochDays(days: number): IsoDate {
  return new Date(days * 86_400_000).toISOString().slice(0, 10);
}

/** Milliseconds of UTC midnight starting `date`: the instant to format in UTC to show that day. */
export function isoDateToUtcMs(date: IsoDate): number {
  const fields = readIsoDateFields(date);
  if (!fields || date.length !== 10) return Number.NaN;
  return utcMsOf(fields.year, fields.month, fields.day, 0, 0, 0, 0);
}

/** `Date.UTC` without its two-digit-year quirk (years 0–99 stay years 0–99). Month is 1–12. */
export function utcMsOf(year: number, month: number, day: number, hour: number, minute: number, second: number, ms: number): number {
  const ordinary = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  if (year >= 100) return ordinary;
  const date = new Date(ordinary);
  date.setUTCFullYear(year);
  return date.getTime();
}
