import type { ComponentProps } from 'react';
import { describe, expectTypeOf, it } from 'vitest';
import type { CreditBurnInput, CreditBurnRow } from '../../../src/core/queries/creditBurn';
import type { TimeRange } from '../../../src/core/time/timeRange';
import type { AnalyticsQueryResult } from '../../../src/react/AnalyticsResult';
import { useCreditBurn } from '../../../src/react/useCreditBurn';
import { CreditBurn, type CreditBurnProps } from '../../../src/widgets/CreditBurn/CreditBurn';

describe('CreditBurn types', () => {
  it('requires the credits currency and takes the rest of the named query’s input', () => {
    expectTypeOf<ComponentProps<typeof CreditBurn>>().toEqualTypeOf<CreditBurnProps>();
    expectTypeOf<CreditBurnProps['creditsCurrencyId']>().toEqualTypeOf<string>();
    expectTypeOf<{ creditsCurrencyId: string }>().toExtend<CreditBurnProps>();
    expectTypeOf<{}>().not.toExtend<CreditBurnProps>();
    expectTypeOf<CreditBurnProps['granularity']>().toEqualTypeOf<CreditBurnInput['granularity']>();
    expectTypeOf<CreditBurnProps['customerId']>().toEqualTypeOf<string | undefined>();
  });

  it('has typed callbacks for time range, granularity and view', () => {
    expectTypeOf<NonNullable<CreditBurnProps['onTimeRangeChange']>>().parameter(0).toEqualTypeOf<TimeRange>();
    expectTypeOf<NonNullable<CreditBurnProps['onGranularityChange']>>().parameter(0).toEqualTypeOf<'day' | 'week' | 'month'>();
    expectTypeOf<NonNullable<CreditBurnProps['onViewChange']>>().parameter(0).toEqualTypeOf<'chart' | 'table'>();
    // @ts-expect-error credit burn has no hourly buckets
    const hourly: CreditBurnProps = { creditsCurrencyId: 'cc', granularity: 'hour' };
    void hourly;
  });
});

describe('useCreditBurn', () => {
  it('returns typed rows with credits as exact decimal text', () => {
    expectTypeOf(useCreditBurn).returns.toEqualTypeOf<AnalyticsQueryResult<CreditBurnRow>>();
    expectTypeOf(useCreditBurn).parameter(0).toEqualTypeOf<CreditBurnInput>();
    expectTypeOf<CreditBurnRow['balance']>().toEqualTypeOf<string>();
    expectTypeOf<NonNullable<CreditBurnProps['valueFormatter']>>().parameter(0).toEqualTypeOf<string>();
    expectTypeOf<CreditBurnProps['burnRateDays']>().toEqualTypeOf<number | undefined>();
  });
});
