import { describe, expectTypeOf, it } from 'vitest';
import { previousPeriod, resolveTimeRange, type CustomTimeRange, type ResolvedTimeRange, type TimeRangePreset } from '../../../src/core/time/timeRange';

describe('timeRange types', () => {
  it('resolves to ISO strings', () => {
    expectTypeOf(resolveTimeRange).returns.toEqualTypeOf<ResolvedTimeRange>();
    expectTypeOf<ResolvedTimeRange>().toEqualTypeOf<{ from: string; to: string }>();
    expectTypeOf(previousPeriod).parameters.toEqualTypeOf<[from: string, to: string]>();
  });

  it('takes a custom range of strings or Dates, as the widgets\' from/to props do', () => {
    expectTypeOf<CustomTimeRange>().toEqualTypeOf<{ from: string | Date; to: string | Date }>();
    resolveTimeRange({ from: new Date(), to: '2026-11-30' }, { now: new Date(), timeZone: 'UTC' });
  });

  it('has exactly four presets', () => {
    expectTypeOf<TimeRangePreset>().toEqualTypeOf<'7d' | '30d' | '90d' | '12m'>();
  });

  it('requires now and timeZone', () => {
    // @ts-expect-error: timeZone is required
    resolveTimeRange('7d', { now: new Date() });
  });
});
