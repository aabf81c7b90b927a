/**
 * Where each bucket of a chart really starts and ends inside the window: the first weekly bucket
 * of a window starting on a Thursday holds four days, not seven, and the running month holds the
 * days so far. Charts draw such partial buckets apart and label them with their real dates.
 */
import type { Formatters } from '../../core/format/createFormatters';
import { dateTimeFormat } from '../../core/format/numberFormatCache';
import type { Granularity } from '../../core/queries/timeBucket';
import { fullBucketLabel, shortBucketLabel } from './bucketLabels';
import { listTimeBuckets } from './timeBuckets';

export interface BucketSpan {
  /** The bucket's start (its key). */
  bucket: Date;
  /** What the bucket covers inside the window: `[from, to)`. */
  from: Date;
  to: Date;
  /** The window cuts the bucket short. */
  partial: boolean;
}

const SPAN_PROBE_MS: Record<Granularity, number> = { hour: 3 * 3_600_000, day: 3 * 86_400_000, week: 9 * 86_400_000, month: 33 * 86_400_000 };

/** The end of the bucket that starts at `bucket` (the next bucket's start, DST included). */
function bucketEnd(bucket: Date, granularity: Granularity, timeZone: string): Date {
  const next = listTimeBuckets({ from: bucket, to: new Date(bucket.getTime() + SPAN_PROBE_MS[granularity]), granularity, timeZone })[1];
  return next ?? new Date(bucket.getTime() + SPAN_PROBE_MS[granularity] / 3);
}

/** The spans of `buckets` (in order) clipped to `window`; without a window none is partial. */
export function bucketSpans(
  buckets: readonly Date[],
  granularity: Granularity,
  timeZone: string,
  window: { from: Date; to: Date } | undefined,
): BucketSpan[] {
  return buckets.map((bucket, index) => {
    const next = buckets[index + 1];
    const end = index === buckets.length - 1 || next === undefined ? bucketEnd(bucket, granularity, timeZone) : next;
    if (!window) return { bucket, from: bucket, to: end, partial: false };
    const from = bucket < window.from ? window.from : bucket;
    const to = end > window.to ? window.to : end;
    return { bucket, from, to, partial: from.getTime() !== bucket.getTime() || to.getTime() !== end.getTime() };
  });
}

/**
 * A bucket's label: the usual one (`Nov 23`, `Nov 2026`), or for a partial bucket the real
 * dates it covers (`Aug 27 – 30`); `long` adds the year (tables, tooltips).
 */
export function bucketSpanLabel(span: BucketSpan, granularity: Granularity, formatters: Formatters, long: boolean): string {
  if (!span.partial || granularity === 'hour') {
    return long ? fullBucketLabel(span.bucket, granularity, formatters) : shortBucketLabel(span.bucket, granularity, formatters);
  }
  const lastInstant = new Date(Math.max(span.from.getTime(), span.to.getTime() - 1));
  const format = dateTimeFormat(formatters.locale, {
    month: 'short',
    day: 'numeric',
    ...(long ? { year: 'numeric' } : {}),
    ...(formatters.timeZone === undefined ? {} : { timeZone: formatters.timeZone }),
  });
  return format.formatRange(span.from, lastInstant);
}
