/**
 * Date and date-time literals for generated SQL, built from already-validated values only.
 */
import { AnalyticsError } from '../errors';

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/**
 * Renders an instant as a `DateTime64(3, 'UTC')` expression, comparable with every
 * `created_at` column without a cast on the column side (so the `created_at` index is used).
 */
export function sqlDateTime(instant: Date): string {
  if (!(instant instanceof Date) || Number.isNaN(instant.getTime())) {
    throw new AnalyticsError({ code: 'INVALID_PARAMS', message: 'sqlDateTime expects a valid Date' });
  }
  const text =
    `${pad(instant.getUTCFullYear(), 4)}-${pad(instant.getUTCMonth() + 1)}-${pad(instant.getUTCDate())} ` +
    `${pad(instant.getUTCHours())}:${pad(instant.getUTCMinutes())}:${pad(instant.getUTCSeconds())}.` +
    pad(instant.getUTCMilliseconds(), 3);
  return `toDateTime64('${text}', 3, 'UTC')`;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Renders a validated calendar date (`YYYY-MM-DD`) as a `Date` expression. */
export function sqlDate(isoDate: string): string {
  if (typeof isoDate !== 'string' || !ISO_DATE.test(isoDate)) {
    throw new AnalyticsError({ code: 'INVALID_PARAMS', message: 'sqlDate expects a YYYY-MM-DD date' });
  }
  return `toDate('${isoDate}')`;
}
