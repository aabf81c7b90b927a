import type { ComponentProps } from 'react';
import { describe, expectTypeOf, it } from 'vitest';
import type { UsageSummaryRow } from '../../../src/core/queries/usageSummary';
import type { UsageTrendsInput, UsageTrendsRow } from '../../../src/core/queries/usageTrends';
import type { TimeRange } from '../../../src/core/time/timeRange';
import type { AnalyticsQueryResult } from '../../../src/react/AnalyticsResult';
import { useUsageSummary } from '../../../src/react/useUsageSummary';
import { useUsageTrends } from '../../../src/react/useUsageTrends';
import { UsageTrends, type UsageTrendsProps } from '../../../src/widgets/UsageTrends/UsageTrends';

describe('UsageTrends types', () => {
  it('takes the named query’s input as props, all optional', () => {
    expectTypeOf<ComponentProps<typeof UsageTrends>>().toEqualTypeOf<UsageTrendsProps>();
    expectTypeOf<{}>().toExtend<UsageTrendsProps>();
    expectTypeOf<UsageTrendsProps['granularity']>().toEqualTypeOf<UsageTrendsInput['granularity']>();
    expectTypeOf<UsageTrendsProps['topN']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<UsageTrendsProps['from']>().toEqualTypeOf<string | Date | undefined>();
    expectTypeOf<UsageTrendsProps['signalName']>().toEqualTypeOf<string | undefined>();
  });

  it('has controlled / uncontrolled time range, granularity and view with typed callbacks', () => {
    expectTypeOf<UsageTrendsProps['timeRange']>().toEqualTypeOf<TimeRange | undefined>();
    expectTypeOf<NonNullable<UsageTrendsProps['onTimeRangeChange']>>().parameter(0).toEqualTypeOf<TimeRange>();
    expectTypeOf<NonNullable<UsageTrendsProps['onGranularityChange']>>().parameter(0).toEqualTypeOf<'hour' | 'day' | 'week' | 'month'>();
    expectTypeOf<NonNullable<UsageTrendsProps['onViewChange']>>().parameter(0).toEqualTypeOf<'chart' | 'table'>();
    expectTypeOf<UsageTrendsProps['defaultView']>().toEqualTypeOf<'chart' | 'table' | undefined>();
  });

  it('formats exact bigints and rejects wrong prop types', () => {
    expectTypeOf<NonNullable<UsageTrendsProps['valueFormatter']>>().toEqualTypeOf<(value: bigint) => string>();
    // @ts-expect-error granularity is one of the four bucket sizes
    const wrong: UsageTrendsProps = { granularity: 'year' };
    void wrong;
    // @ts-expect-error topN is a number
    const wrongTop: UsageTrendsProps = { topN: '5' };
    void wrongTop;
  });
});

describe('useUsageTrends / useUsageSummary', () => {
  it('return typed rows', () => {
    expectTypeOf(useUsageTrends).returns.toEqualTypeOf<AnalyticsQueryResult<UsageTrendsRow>>();
    expectTypeOf(useUsageSummary).returns.toEqualTypeOf<AnalyticsQueryResult<UsageSummaryRow>>();
    expectTypeOf(useUsageTrends).parameter(0).toEqualTypeOf<UsageTrendsInput>();
    expectTypeOf<UsageTrendsRow['signals']>().toEqualTypeOf<bigint>();
  });
});
