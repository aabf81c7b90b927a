/**
 * Reading ClickHouse date-time text: `'YYYY-MM-DD hh:mm:ss[.fffffffff]'` (wall time in the column's zone),
 * ISO 8601 with `T` and an optional `Z`/`±hh:mm` offset, and Unix timestamps (`1700000000`, `'1700000000.123'`).
 *
 * This runs once per DateTime cell, so it reads digits by char code and allocates nothing.
 */
import { isValidCalendarDay } from './calendarDate';
import type { WallTimeToInstant } from './zonedTime';

const MS_PER_DAY = 86_400_000;

/** Days from 1970-01-01 to a proleptic Gregorian date (month 1–12), by integer arithmetic. */
export function epochDaysOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = ((y >= 0 ? y : y - 399) / 400) | 0;
  const yearOfEra = y - era * 400;
  const dayOfYear = (((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) | 0) + day - 1;
  const dayOfEra = yearOfEra * 365 + ((yearOfEra / 4) | 0) - ((yearOfEra / 100) | 0) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The value of two ASCII digits at `index`, or a negative number if they are not both digits. */
function twoDigits(text: string, index: number): number {
  const a = text.charCodeAt(index) - 48;
  const b = text.charCodeAt(index + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

const UNIX_TIMESTAMP = /^-?\d+(\.\d+)?$/;

/**
 * Epoch milliseconds of a date-time text, reading zone-less wall time through `toInstant`;
 * `NaN` when the text is not a valid date-time. Digits past milliseconds are truncated.
 */
export function parseDateTimeText(text: string, toInstant: WallTimeToInstant): number {
  const length = text.length;
  // Digits as 0–9; anything else (or past the end: NaN) fails the `>>> 0 > 9` checks below.
  const y0 = text.charCodeAt(0) - 48;
  const y1 = text.charCodeAt(1) - 48;
  const y2 = text.charCodeAt(2) - 48;
  const y3 = text.charCodeAt(3) - 48;
  const m0 = text.charCodeAt(5) - 48;
  const m1 = text.charCodeAt(6) - 48;
  const d0 = text.charCodeAt(8) - 48;
  const d1 = text.charCodeAt(9) - 48;
  if (
    y0 >>> 0 > 9 || y1 >>> 0 > 9 || y2 >>> 0 > 9 || y3 >>> 0 > 9 || m0 >>> 0 > 9 || m1 >>> 0 > 9 || d0 >>> 0 > 9 || d1 >>> 0 > 9 ||
    text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45
  ) {
    return UNIX_TIMESTAMP.test(text) ? Math.round(Number(text) * 1000) : Number.NaN;
  }
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  if (month < 1 || month > 12 || day < 1 || (day > 28 && !isValidCalendarDay(year, month, day))) return Number.NaN;
  let timeMs = 0;
  let index = 10;
  if (length > 10) {
    const separator = text.charCodeAt(10);
    if (separator !== 32 && separator !== 84 && separator !== 116) return Number.NaN; // ' ', 'T', 't'
    const hour = twoDigits(text, 11);
    const minute = twoDigits(text, 14);
    if (text.charCodeAt(13) !== 58 || hour < 0 || hour > 23 || minute < 0 || minute > 59) return Number.NaN;
    timeMs = (hour * 60 + minute) * 60_000;
    index = 16;
    if (text.charCodeAt(16) === 58) {
      const second = twoDigits(text, 17);
      if (second < 0 || second > 59) return Number.NaN;
      timeMs += second * 1000;
      index = 19;
      const point = text.charCodeAt(19);
      if (point === 46 || point === 44) {
        index = 20;
        let scale = 100;
        let ms = 0;
        for (;;) {
          const digit = text.charCodeAt(index) - 48;
          if (!(digit >= 0 && digit <= 9)) break; // NaN past the end also stops here
          if (scale >= 1) ms += digit * scale;
          scale /= 10;
          index++;
        }
        if (index === 20) return Number.NaN;
        timeMs += ms;
      }
    }
  }
  const wall = epochDaysOf(year, month, day) * MS_PER_DAY + timeMs;
  if (index === length) return toInstant(wall);
  const zone = text.charCodeAt(index);
  if ((zone === 90 || zone === 122) && index + 1 === length) return wall; // 'Z'
  if (zone === 43 || zone === 45) {
    // ±hh:mm, ±hhmm or ±hh
    const offsetHours = twoDigits(text, index + 1);
    let offsetMinutes = 0;
    const rest = length - (index + 3);
    if (rest === 3 && text.charCodeAt(index + 3) === 58) offsetMinutes = twoDigits(text, index + 4);
    else if (rest === 2) offsetMinutes = twoDigits(text, index + 3);
    else if (rest !== 0) return Number.NaN;
    if (offsetHours < 0 || offsetHours > 23 || offsetMinutes < 0 || offsetMinutes > 59) return Number.NaN;
    const offsetMs = (offsetHours * 60 + offsetMinutes) * 60_000;
    return zone === 43 ? wall - offsetMs : wall + offsetMs;
  }
  return Number.NaN;
}
