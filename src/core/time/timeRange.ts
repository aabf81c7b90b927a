/**
 * Time ranges in the host's time zone, turned into the UTC instants a query takes.
 * Pure: the caller passes `now` and the zone; nothing reads the host clock or the host zone.
 */
import { wallTimeConverter } from '../decode/zonedTime';
import { AnalyticsError } from '../errors';

/** A preset: the last 7, 30 or 90 days (today included), or the last 12 calendar months. */
export type TimeRangePreset = '7d' | '30d' | '90d' | '12m';

/**
 * A custom range. Each end is a calendar date `YYYY-MM-DD` in the time zone (`to` inclusive:
 * `{ from: '2026-11-01', to: '2026-11-30' }` is all of November), an ISO instant with `Z` or an
 * offset, or a `Date` (both instants, `to` exclusive, taken as is — as the widgets' `from`/`to`
 * props take them).
 */
export interface CustomTimeRange {
  from: string | Date;
  to: string | Date;
}

export type TimeRange = TimeRangePreset | CustomTimeRange;

/** A half-open interval `[from, to)` of ISO UTC instants, e.g. `2026-11-17T05:00:00.000Z`. */
export interface ResolvedTimeRange {
  from: string;
  to: string;
}

export interface ResolveTimeRangeOptions {
  now: Date;
  /** IANA zone, e.g. `'Europe/Berlin'`; day boundaries are this zone's midnights. */
  timeZone: string;
}

export const TIME_RANGE_PRESETS: readonly TimeRangePreset[] = ['7d', '30d', '90d', '12m'];

const PRESET_DAYS = { '7d': 7, '30d': 30, '90d': 90 } as const;

/**
 * Resolves a range to UTC instants. Presets end at the start of tomorrow in `timeZone`, so today
 * is included: `'7d'` starts at midnight six days ago, `'12m'` at the first day of the month
 * eleven months ago (twelve calendar months, the current one partial, so monthly buckets are
 * whole). Day boundaries honour DST (a 23- or 25-hour day stays one day; a midnight that does
 * not exist starts the day at the first instant that does).
 * @throws AnalyticsError `INVALID_DATE_RANGE` for a malformed or empty custom range,
 *   `INVALID_PARAMS` for an unknown zone, preset or an invalid `now`.
 */
export function resolveTimeRange(range: TimeRange, options: ResolveTimeRangeOptions): ResolvedTimeRange {
  const { now, timeZone } = options;
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) {
    throw new AnalyticsError({ code: 'INVALID_PARAMS', message: 'resolveTimeRange: `now` must be a valid Date.' });
  }
  assertTimeZone(timeZone);
  if (typeof range === 'string') {
    const today = calendarDateInZone(now, timeZone);
    const tomorrow = addDays(today, 1);
    let first: CalendarDate;
    if (range === '12m') first = { year: today.year, month: today.month - 11, day: 1 };
    else if (range in PRESET_DAYS) first = addDays(today, -(PRESET_DAYS[range] - 1));
    else throw new AnalyticsError({ code: 'INVALID_PARAMS', message: `Unknown time range preset: ${String(range)}` });
    return {
      from: new Date(startOfDayInZone(normalize(first), timeZone)).toISOString(),
      to: new Date(startOfDayInZone(tomorrow, timeZone)).toISOString(),
    };
  }
  if (range === null || typeof range !== 'object' || !isRangeEnd(range.from) || !isRangeEnd(range.to)) {
    throw new AnalyticsError({ code: 'INVALID_DATE_RANGE', message: 'A custom time range needs `from` and `to` (strings or Dates).' });
  }
  const from = parseRangeEnd(range.from, timeZone, 'from');
  const to = parseRangeEnd(range.to, timeZone, 'to');
  if (from >= to) {
    throw new AnalyticsError({
      code: 'INVALID_DATE_RANGE',
      message: `The range is empty: "from" (${describeRangeEnd(range.from)}) must be before "to" (${describeRangeEnd(range.to)}).`,
    });
  }
  return { from: new Date(from).toISOString(), to: new Date(to).toISOString() };
}

/**
 * The period of the same length just before `[from, to)`: `[from − (to − from), from)`, for
 * "change against the previous period". Takes and returns ISO instants.
 * @throws AnalyticsError `INVALID_DATE_RANGE` when either is not an instant or the range is empty.
 */
export function previousPeriod(from: string, to: string): ResolvedTimeRange {
  const start = parseInstant(from);
  const end = parseInstant(to);
  if (start === null || end === null || start >= end) {
    throw new AnalyticsError({
      code: 'INVALID_DATE_RANGE',
      message: `previousPeriod needs two ISO instants with from < to, got "${from}" and "${to}".`,
    });
  }
  return { from: new Date(start - (end - start)).toISOString(), to: new Date(start).toISOString() };
}

/** Today's calendar date in `timeZone` as `YYYY-MM-DD` (for date inputs' defaults). */
export function todayInZone(now: Date, timeZone: string): string {
  assertTimeZone(timeZone);
  return formatCalendarDate(calendarDateInZone(now, timeZone));
}

/** `YYYY-MM-DD` shifted by whole days (calendar arithmetic, no zone involved). */
export function addCalendarDays(date: string, days: number): string {
  const parsed = parseCalendarDate(date);
  if (!parsed) throw new AnalyticsError({ code: 'INVALID_DATE_RANGE', message: `Not a calendar date: "${date}"` });
  return formatCalendarDate(addDays(parsed, days));
}

/** Whether `text` is a real `YYYY-MM-DD` calendar date (not 2026-02-30). */
export function isCalendarDate(text: string): boolean {
  return parseCalendarDate(text) !== null;
}

// ---------------------------------------------------------------------------------------------

interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/i;

function parseCalendarDate(text: string): CalendarDate | null {
  const match = CALENDAR_DATE.exec(text);
  if (!match) return null;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  const check = normalize(date);
  return check.year === date.year && check.month === date.month && check.day === date.day ? date : null;
}

function parseInstant(text: string): number | null {
  if (typeof text !== 'string' || !ISO_INSTANT.test(text.trim())) return null;
  const ms = Date.parse(text.trim());
  return Number.isNaN(ms) ? null : ms;
}

function isRangeEnd(value: unknown): value is string | Date {
  return typeof value === 'string' || value instanceof Date;
}

function describeRangeEnd(value: string | Date): string {
  return typeof value === 'string' ? value : Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
}

function parseRangeEnd(text: string | Date, timeZone: string, end: 'from' | 'to'): number {
  if (text instanceof Date) {
    const ms = text.getTime();
    if (!Number.isNaN(ms)) return ms;
    throw new AnalyticsError({ code: 'INVALID_DATE_RANGE', message: `"${end}" is an invalid Date.` });
  }
  const date = parseCalendarDate(text.trim());
  if (date) return startOfDayInZone(end === 'to' ? addDays(date, 1) : date, timeZone);
  const instant = parseInstant(text);
  if (instant !== null) return instant;
  throw new AnalyticsError({
    code: 'INVALID_DATE_RANGE',
    message: `"${end}" must be a date (YYYY-MM-DD) or an ISO instant with a zone, got "${text}".`,
  });
}

function formatCalendarDate(date: CalendarDate): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/** Normalises overflowing months/days through UTC calendar arithmetic. */
function normalize(date: CalendarDate): CalendarDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day));
  if (date.year >= 0 && date.year < 100) d.setUTCFullYear(date.year);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

function addDays(date: CalendarDate, days: number): CalendarDate {
  return normalize({ ...date, day: date.day + days });
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

function assertTimeZone(timeZone: string): void {
  try {
    if (typeof timeZone !== 'string' || timeZone === '') throw new RangeError('empty');
    formatterFor(timeZone);
  } catch {
    throw new AnalyticsError({ code: 'INVALID_PARAMS', message: `Unknown time zone: "${String(timeZone)}"` });
  }
}

/** Wall-clock fields of an instant in a zone. */
function wallClock(ms: number, timeZone: string): CalendarDate & { hour: number; minute: number; second: number } {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(ms))) {
    if (part.type !== 'literal' && part.type !== 'era') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    hour: parts.hour === 24 ? 0 : parts.hour!,
    minute: parts.minute!,
    second: parts.second!,
  };
}

function calendarDateInZone(now: Date, timeZone: string): CalendarDate {
  const w = wallClock(now.getTime(), timeZone);
  return { year: w.year, month: w.month, day: w.day };
}

/**
 * The first instant of a calendar day in a zone: its midnight, the first of two midnights when
 * clocks fall back over it, or the end of the gap when clocks spring forward over it — the
 * 'compatible' reading of `wallTimeConverter`, which the decoder and the chart buckets use too.
 */
function startOfDayInZone(date: CalendarDate, timeZone: string): number {
  return wallTimeConverter(timeZone)(Date.UTC(date.year, date.month - 1, date.day));
}
