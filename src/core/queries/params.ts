/**
 * Validators for the params of named queries: one place that turns untrusted input (from a
 * browser, a URL, a story) into checked values, or throws an `AnalyticsError` `INVALID_PARAMS`
 * whose message names the param and says what was expected.
 */
import { AnalyticsError } from '../errors';
import { isWellFormedText } from '../sql/sqlString';

/** The error every validator throws: code `INVALID_PARAMS`, status 400. */
export function invalidParams(message: string): AnalyticsError {
  return new AnalyticsError({ code: 'INVALID_PARAMS', message });
}

/** A short, safe rendering of a rejected value for an error message. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid Date' : 'a Date';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string': {
      const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
      return JSON.stringify(shown);
    }
    case 'number':
    case 'boolean':
    case 'bigint':
      return String(value);
    case 'undefined':
      return 'undefined';
    default:
      return `a ${typeof value}`;
  }
}

/**
 * Checks that `input` is a plain params object holding only `allowedKeys` (keys whose value is
 * `undefined` are ignored). `undefined` and `null` count as `{}`. Unknown keys are refused so a
 * misspelt filter never silently returns unfiltered rows.
 */
export function readParamsObject(
  input: unknown,
  queryName: string,
  allowedKeys: readonly string[],
): Record<string, unknown> {
  if (input === undefined || input === null) return {};
  if (typeof input !== 'object' || Array.isArray(input)) {
    throw invalidParams(`Params of ${queryName} must be an object, got ${describeValue(input)}`);
  }
  const record = input as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (record[key] === undefined) continue;
    if (!allowedKeys.includes(key)) {
      throw invalidParams(
        `Unknown param ${JSON.stringify(key)} for ${queryName}; expected one of ${allowedKeys.join(', ')}`,
      );
    }
  }
  const own = (key: string): unknown => (Object.hasOwn(record, key) ? record[key] : undefined);
  return Object.fromEntries(allowedKeys.map((key) => [key, own(key)]));
}

// --------------------------------------------------------------------------------------------
// Dates and times

/** Earliest and latest years accepted: the range every `DateTime64` column can hold comfortably. */
const MIN_YEAR = 1970;
const MAX_YEAR = 2200;

const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|z|[+-]\d{2}:?\d{2})$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  return (
    year >= MIN_YEAR &&
    year <= MAX_YEAR &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/**
 * Parses an ISO 8601 date-time with an explicit zone (`2026-10-01T00:00:00Z`,
 * `2026-10-01T02:00:00+02:00`, fractional seconds allowed) into the UTC instant it names.
 * A `Date` is accepted as is. A date without a time or a time without a zone is refused:
 * its instant would depend on where the code runs.
 */
export function parseInstant(value: unknown, name: string): Date {
  if (value instanceof Date) {
    const time = value.getTime();
    if (Number.isNaN(time) || value.getUTCFullYear() < MIN_YEAR || value.getUTCFullYear() > MAX_YEAR) {
      throw invalidParams(`Param ${name} must be a valid date-time between ${MIN_YEAR} and ${MAX_YEAR}`);
    }
    return new Date(time);
  }
  const expected = `an ISO 8601 date-time with Z or an offset (e.g. 2026-10-01T00:00:00Z), got ${describeValue(value)}`;
  if (typeof value !== 'string') throw invalidParams(`Param ${name} must be ${expected}`);
  const match = ISO_DATE_TIME.exec(value.trim());
  if (!match) throw invalidParams(`Param ${name} must be ${expected}`);
  const [, y, mo, d, h, mi, s = '0', fraction = '', zone = 'Z'] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s);
  if (!isCalendarDate(year, month, day) || hour > 23 || minute > 59 || second > 59) {
    throw invalidParams(`Param ${name} must be ${expected}`);
  }
  let offsetMinutes = 0;
  if (zone !== 'Z' && zone !== 'z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    const offsetHours = Number(digits.slice(0, 2));
    const offsetMins = Number(digits.slice(2, 4));
    if (offsetHours > 23 || offsetMins > 59) throw invalidParams(`Param ${name} must be ${expected}`);
    offsetMinutes = sign * (offsetHours * 60 + offsetMins);
  }
  const milliseconds = Number(fraction.padEnd(3, '0').slice(0, 3));
  const time =
    Date.UTC(year, month - 1, day, hour, minute, second, milliseconds) - offsetMinutes * 60_000;
  return new Date(time);
}

/** Parses an ISO calendar date `YYYY-MM-DD` (a real day of a real month) and returns it as is. */
export function parseIsoDate(value: unknown, name: string): string {
  const expected = `an ISO date YYYY-MM-DD (e.g. 2026-10-01), got ${describeValue(value)}`;
  if (typeof value !== 'string') throw invalidParams(`Param ${name} must be ${expected}`);
  const match = ISO_DATE.exec(value.trim());
  if (!match) throw invalidParams(`Param ${name} must be ${expected}`);
  const [, y, m, d] = match;
  if (!isCalendarDate(Number(y), Number(m), Number(d))) throw invalidParams(`Param ${name} must be ${expected}`);
  return `${y}-${m}-${d}`;
}

const DAY_MS = 86_400_000;

/** Options of `parseTimeWindow`. */
export interface TimeWindowLimits {
  /** The longest window accepted, in days. */
  maxDays: number;
  /** Said in the error when the window is too long, e.g. "at hour granularity". */
  reason?: string;
}

/**
 * Validates a half-open window `[from, to)`: `from` strictly before `to`, and no longer than
 * `maxDays` (a guard that keeps one widget from asking the API for years of hourly buckets).
 */
export function parseTimeWindow(
  fromValue: unknown,
  toValue: unknown,
  limits: TimeWindowLimits,
): { from: Date; to: Date } {
  if (fromValue === undefined) throw invalidParams('Param from is required (an ISO 8601 date-time)');
  if (toValue === undefined) throw invalidParams('Param to is required (an ISO 8601 date-time)');
  const from = parseInstant(fromValue, 'from');
  const to = parseInstant(toValue, 'to');
  if (from.getTime() >= to.getTime()) {
    throw invalidParams(`Param from (${from.toISOString()}) must be before to (${to.toISOString()})`);
  }
  if (to.getTime() - from.getTime() > limits.maxDays * DAY_MS) {
    throw invalidParams(
      `The window from ${from.toISOString()} to ${to.toISOString()} is longer than ${limits.maxDays} days` +
        (limits.reason ? ` ${limits.reason}` : ''),
    );
  }
  return { from, to };
}

/** The longest window of any query, in days (two years). */
export const MAX_WINDOW_DAYS = 732;
/** The longest window at hour granularity, in days. */
export const MAX_HOURLY_WINDOW_DAYS = 31;

/** The window cap for a granularity: 31 days of hours, two years of anything coarser. */
export function maxWindowDaysFor(granularity: string): number {
  return granularity === 'hour' ? MAX_HOURLY_WINDOW_DAYS : MAX_WINDOW_DAYS;
}

/**
 * Validates an IANA time zone name (`Europe/Berlin`, `UTC`) with the runtime's own zone
 * database (`Intl.DateTimeFormat`), and returns the runtime's canonical spelling of it (an alias
 * such as `Asia/Kolkata` may come back as `Asia/Calcutta`, the same zone). `undefined` → `fallback`.
 */
export function parseTimeZone(value: unknown, name: string, fallback = 'UTC'): string {
  if (value === undefined) return fallback;
  const expected = `an IANA time zone such as Europe/Berlin or UTC, got ${describeValue(value)}`;
  // The name goes into SQL (through sqlString) and must also be known to the engine: only the
  // characters IANA names use are admitted, which also rules out every offset spelling.
  if (typeof value !== 'string' || !/^[A-Za-z][A-Za-z0-9_+\-/]{0,63}$/.test(value)) {
    throw invalidParams(`Param ${name} must be ${expected}`);
  }
  try {
    const resolved = new Intl.DateTimeFormat('en-US', { timeZone: value }).resolvedOptions().timeZone;
    // Intl returns the canonical spelling ("europe/berlin" → "Europe/Berlin", "Asia/Kolkata" →
    // "Asia/Calcutta", "Etc/UTC" → "UTC"); the engine's zone database knows every one of them and
    // is case-sensitive, so the canonical spelling is what goes into SQL.
    return resolved;
  } catch {
    throw invalidParams(`Param ${name} must be ${expected}`);
  }
}

/**
 * Today's calendar date (`YYYY-MM-DD`) in `timeZone` at `now`: the default "as of" day of a
 * report, which depends on where its reader is, not where the code runs.
 */
export function todayInTimeZone(timeZone: string, now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const part = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
}

// --------------------------------------------------------------------------------------------
// Scalars

/** One of `allowed`; `undefined` → `fallback` (or an error when there is none). */
export function parseEnum<T extends string>(
  value: unknown,
  name: string,
  allowed: readonly T[],
  fallback?: T,
): T {
  if (value === undefined) {
    if (fallback !== undefined) return fallback;
    throw invalidParams(`Param ${name} is required (one of ${allowed.join(', ')})`);
  }
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw invalidParams(`Param ${name} must be one of ${allowed.join(', ')}, got ${describeValue(value)}`);
}

/** The characters an id may hold: enough for UUIDs, prefixed ids (`cus_…`) and ids with `.`/`:`. */
const ID_PATTERN = /^[A-Za-z0-9_.:-]+$/;
/** The longest id accepted. */
export const MAX_ID_LENGTH = 128;

/** An id string: 1–128 characters of `[A-Za-z0-9_.:-]`. */
export function parseId(value: unknown, name: string): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_ID_LENGTH || !ID_PATTERN.test(value)) {
    throw invalidParams(
      `Param ${name} must be an id of 1–${MAX_ID_LENGTH} characters from [A-Za-z0-9_.:-], got ${describeValue(value)}`,
    );
  }
  return value;
}

/** An optional id: `undefined` (or `''`, what an empty form field sends) → `undefined`. */
export function parseOptionalId(value: unknown, name: string): string | undefined {
  if (value === undefined || value === '') return undefined;
  return parseId(value, name);
}

/** The longest free-text filter accepted (a signal name, a vendor). */
export const MAX_TEXT_LENGTH = 256;

/**
 * An optional free-text filter (a signal name, a vendor): any well-formed Unicode text of
 * 1–256 characters, matched exactly. It reaches SQL only through `sqlString`.
 * `undefined` or `''` → `undefined`.
 */
export function parseOptionalText(value: unknown, name: string): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string' || value.length > MAX_TEXT_LENGTH || !isWellFormedText(value)) {
    throw invalidParams(
      `Param ${name} must be text of 1–${MAX_TEXT_LENGTH} characters, got ${describeValue(value)}`,
    );
  }
  return value;
}

/** An ISO 4217 currency code (three upper-case letters); `undefined` or `''` → `undefined`. */
export function parseOptionalCurrency(value: unknown, name: string): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string' || !/^[A-Z]{3}$/.test(value)) {
    throw invalidParams(`Param ${name} must be an ISO 4217 currency code such as USD, got ${describeValue(value)}`);
  }
  return value;
}

/**
 * An integer in `[min, max]`; `undefined` → `fallback`. A numeric string (`"10"`, what a URL
 * gives) is accepted.
 */
export function parseInteger(
  value: unknown,
  name: string,
  range: { min: number; max: number; fallback: number },
): number {
  if (value === undefined) return range.fallback;
  const number = typeof value === 'string' && /^-?\d{1,9}$/.test(value.trim()) ? Number(value.trim()) : value;
  if (typeof number !== 'number' || !Number.isInteger(number) || number < range.min || number > range.max) {
    throw invalidParams(
      `Param ${name} must be an integer from ${range.min} to ${range.max}, got ${describeValue(value)}`,
    );
  }
  return number;
}

/** A boolean; `"true"`/`"false"` (what a URL gives) are accepted; `undefined` → `fallback`. */
export function parseBoolean(value: unknown, name: string, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value === 'boolean') return value;
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw invalidParams(`Param ${name} must be true or false, got ${describeValue(value)}`);
}
