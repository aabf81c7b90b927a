/**
 * Time buckets in the reader's time zone: the SQL that truncates a timestamp to the start of its
 * hour, day, week (Monday) or month in a zone, typed `DateTime('<zone>')` so it decodes to the
 * instant of that local midnight.
 */
import { sql, type SqlFragment } from '../sql/sql';
import { sqlString } from '../sql/sqlString';
import type { Granularity } from './granularity';

export { GRANULARITIES, type Granularity } from './granularity';

/**
 * The SQL expression of the bucket that `timestamp` (an SQL expression, never input) falls in,
 * with boundaries at `timeZone`'s local midnights (hour: local hour starts; week: Monday). The
 * zone must already be validated (`parseTimeZone`); it goes in through `sqlString` all the same.
 */
export function timeBucketExpression(timestamp: string, granularity: Granularity, timeZone: string): string {
  const zone = sqlString(timeZone);
  switch (granularity) {
    case 'hour':
      return `toStartOfHour(${timestamp}, ${zone})`;
    case 'day':
      return `toStartOfDay(${timestamp}, ${zone})`;
    case 'week':
      // toStartOfWeek gives the local Monday as a Date; toDateTime makes it that Monday's local midnight.
      return `toDateTime(toStartOfWeek(${timestamp}, 1, ${zone}), ${zone})`;
    case 'month':
      return `toDateTime(toStartOfMonth(${timestamp}, ${zone}), ${zone})`;
  }
}

/**
 * `timeBucketExpression` as an `sql` fragment: the bucket `timestamp` (a fragment, e.g.
 * sql`created_at`) falls in, at `timeZone`'s local boundaries. The zone goes in as an escaped literal.
 */
export function timeBucket(timestamp: SqlFragment, granularity: Granularity, timeZone: string): SqlFragment {
  switch (granularity) {
    case 'hour':
      return sql`toStartOfHour(${timestamp}, ${timeZone})`;
    case 'day':
      return sql`toStartOfDay(${timestamp}, ${timeZone})`;
    case 'week':
      return sql`toDateTime(toStartOfWeek(${timestamp}, 1, ${timeZone}), ${timeZone})`;
    case 'month':
      return sql`toDateTime(toStartOfMonth(${timestamp}, ${timeZone}), ${timeZone})`;
  }
}
