import { describe, expect, it } from 'vitest';
import { createFormatters } from '../../../src/core/format/createFormatters';
import { bucketSpanLabel, bucketSpans } from '../../../src/ui/time/bucketSpans';
import { listTimeBuckets } from '../../../src/ui/time/timeBuckets';

const formatters = createFormatters({ locale: 'en-US', timeZone: 'UTC' });

describe('bucketSpans', () => {
  it('marks the first and last weekly buckets of a Thursday-to-Tuesday window partial, with their real dates', () => {
    const window = { from: new Date('2026-08-27T00:00:00Z'), to: new Date('2026-09-16T00:00:00Z') };
    const buckets = listTimeBuckets({ ...window, granularity: 'week', timeZone: 'UTC' });
    const spans = bucketSpans(buckets, 'week', 'UTC', window);
    expect(spans.map((span) => span.partial)).toEqual([true, false, false, true]);
    expect(bucketSpanLabel(spans[0]!, 'week', formatters, false).replace(/\s/g, ' ')).toBe('Aug 27 – 30');
    expect(bucketSpanLabel(spans[3]!, 'week', formatters, true).replace(/\s/g, ' ')).toBe('Sep 14 – 15, 2026');
    expect(bucketSpanLabel(spans[1]!, 'week', formatters, true)).toBe(formatters.date(spans[1]!.bucket));
  });
  it('a window on bucket edges has no partial bucket', () => {
    const window = { from: new Date('2026-09-01T00:00:00Z'), to: new Date('2026-11-01T00:00:00Z') };
    const spans = bucketSpans(listTimeBuckets({ ...window, granularity: 'month', timeZone: 'UTC' }), 'month', 'UTC', window);
    expect(spans.some((span) => span.partial)).toBe(false);
  });
});
