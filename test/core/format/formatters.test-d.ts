import { describe, expectTypeOf, it } from 'vitest';
import type { IsoDate } from '../../../src/core/decode/calendarDate';
import { createFormatters, type Formatters } from '../../../src/core/format/createFormatters';
import { formatCents } from '../../../src/core/format/formatCents';
import { formatCount } from '../../../src/core/format/formatCount';
import { formatChange } from '../../../src/core/format/formatChange';
import { formatBucket, formatDate, formatDateTime, type BucketGranularity } from '../../../src/core/format/formatDateTime';

describe('formatter signatures', () => {
  it('formatCents takes bigint, number or string and requires a currency', () => {
    expectTypeOf(formatCents).parameter(0).toEqualTypeOf<bigint | number | string>();
    expectTypeOf(formatCents).returns.toEqualTypeOf<string>();
    // @ts-expect-error currency is required
    formatCents(1n, { locale: 'en-US' });
  });

  it('formatCount options are optional', () => {
    expectTypeOf(formatCount).toBeCallableWith(1n);
    expectTypeOf(formatCount).toBeCallableWith('12', { notation: 'compact' });
  });

  it('formatChange accepts null', () => {
    expectTypeOf(formatChange).toBeCallableWith(null);
  });

  it('date formatters take IsoDate or Date; formatDateTime only Date', () => {
    expectTypeOf(formatDate).parameter(0).toEqualTypeOf<IsoDate | Date>();
    expectTypeOf(formatDateTime).parameter(0).toEqualTypeOf<Date>();
    expectTypeOf(formatBucket).parameter(1).toEqualTypeOf<BucketGranularity>();
    expectTypeOf<BucketGranularity>().toEqualTypeOf<'hour' | 'day' | 'week' | 'month'>();
  });

  it('createFormatters returns the bound Formatters', () => {
    const formatters = createFormatters({ locale: 'en-US', currency: 'USD', timeZone: 'UTC' });
    expectTypeOf(formatters).toEqualTypeOf<Formatters>();
    expectTypeOf(formatters.cents).toBeCallableWith(1n);
    expectTypeOf(formatters.bucket).toBeCallableWith('2026-11-23', 'day');
    expectTypeOf(formatters.tokens).returns.toEqualTypeOf<string>();
  });
});
