/**
 * Reading ClickHouse date-time text: `'YYYY-MM-DD hh:mm:ss[.fffffffff]'` (wall time in the column's zone),
 * ISO 8601 with `T` and an optional `Z`/`±hh:mm` offset, and Unix timestamps (`1700000000`, `'1700000000.123'`).
 */
import { readIsoDateFields, utcMsOf } from './calendarDate';
import type { WallTimeToInstant } from './zonedTime';

function twoDigits(text: string, index: number): number {
  const a = text.charCodeAt(index) - 48;
  const b = text.charCodeAt(index + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

const UNIX_TIMESTAMP = /^-?\d+(\.\d+)?$/;

/**
 * Epoch milliseconds of a date-time text, reading zone-less wall time through `toInstant`;
 * `NaN` when the text is not a valid date-time. Digits past milliseconds are truncated.
 */
export function parseDateTimeText(text: string, toInstant: WallTimeToInstant): number {
  const length = text.length;
  const date = length >= 10 ? readIsoDateFields(text, 0) : undefined;
  if (!date) return UNIX_TIMESTAMP.test(text) ? Math.round(Number(text) * 1000) : Number.NaN;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let ms = 0;
  let index = 10;
  if (length > 10) {
    const separator = text.charCodeAt(10);
    if (separator !== 32 && separator !== 84 && separator !== 116) return Number.NaN; // ' ', 'T', 't'
    hour = twoDigits(text, 11);
    minute = twoDigits(text, 14);
    if (text.charCodeAt(13) !== 58 || hour < 0 || hour > 23 || minute < 0 || minute > 59) return Number.NaN;
    index = 16;
    if (text.charCodeAt(16) === 58) {
      second = twoDigits(text, 17);
      if (second < 0 || second > 59) return Number.NaN;
      index = 19;
      if (text.charCodeAt(19) === 46 || text.charCodeAt(19) === 44) {
        index = 20;
        let scale = 100;
        while (index < length && isDigitCode(text.charCodeAt(index))) {
          ms += (text.charCodeAt(index) - 48) * scale;
          scale /= 10;
          index++;
        }
        if (index === 20) return Number.NaN;
        ms = Math.floor(ms);
      }
    }
  }
  const wall = utcMsOf(date.year, date.month, date.day, hour, minute, second, ms);
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
