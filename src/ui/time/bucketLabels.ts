/**
 * Text for a time bucket, in two lengths: short for a chart axis (`Nov 23`), full for tables,
 * tooltips and CSV, where a row must make sense on its own (`Nov 23, 2026`, `Nov 23, 2026, 2:00 PM`,
 * `Nov 2026`). Both come from the provider's formatters, so locale and zone are honoured.
 */
import type { Formatters } from '../../core/format/createFormatters';
import type { Granularity } from '../../core/queries/timeBucket';

/** The axis label of a bucket: `formatters.bucket`. */
export function shortBucketLabel(bucket: Date, granularity: Granularity, formatters: Formatters): string {
  return formatters.bucket(bucket, granularity);
}

/** A bucket label that stands alone: the date with its year (and the time, for hours). */
export function fullBucketLabel(bucket: Date, granularity: Granularity, formatters: Formatters): string {
  switch (granularity) {
    case 'hour':
      return formatters.dateTime(bucket);
    case 'day':
    case 'week':
      return formatters.date(bucket);
    case 'month':
      return formatters.bucket(bucket, 'month');
  }
}
