import type { ComponentProps } from 'react';
import { describe, expectTypeOf, it } from 'vitest';
import type { AgingBucket, RevenueAgingInput, RevenueAgingRow } from '../../../src/core/queries/revenueAging';
import type { AnalyticsHookOptions, AnalyticsQueryResult } from '../../../src/react/AnalyticsResult';
import { useRevenueAging } from '../../../src/react/useRevenueAging';
import { RevenueAging, type RevenueAgingProps } from '../../../src/widgets/RevenueAging/RevenueAging';

describe('RevenueAging types', () => {
  it('takes the named query’s input as props, all optional', () => {
    expectTypeOf<ComponentProps<typeof RevenueAging>>().toEqualTypeOf<RevenueAgingProps>();
    expectTypeOf<{}>().toExtend<RevenueAgingProps>();
    expectTypeOf<RevenueAgingProps['asOf']>().toEqualTypeOf<RevenueAgingInput['asOf']>();
    expectTypeOf<RevenueAgingProps['timeZone']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<RevenueAgingProps['currency']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<RevenueAgingProps['customerId']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<RevenueAgingProps['topCustomers']>().toEqualTypeOf<number | undefined>();
  });

  it('has a controlled / uncontrolled view and exact amount formatting with the currency', () => {
    expectTypeOf<NonNullable<RevenueAgingProps['onViewChange']>>().parameter(0).toEqualTypeOf<'chart' | 'table'>();
    expectTypeOf<NonNullable<RevenueAgingProps['amountFormatter']>>().toEqualTypeOf<(cents: bigint, currency: string) => string>();
    expectTypeOf<NonNullable<NonNullable<RevenueAgingProps['labels']>['buckets']>>().toEqualTypeOf<Partial<Record<AgingBucket, string>>>();
    // @ts-expect-error amounts are exact bigints, not numbers
    const wrong: RevenueAgingProps = { amountFormatter: (cents: number) => String(cents) };
    void wrong;
    // @ts-expect-error topCustomers is a number
    const wrongTop: RevenueAgingProps = { topCustomers: '5' };
    void wrongTop;
  });
});

describe('useRevenueAging', () => {
  it('returns typed rows: bigint cents, a bucket of five', () => {
    expectTypeOf(useRevenueAging).returns.toEqualTypeOf<AnalyticsQueryResult<RevenueAgingRow>>();
    expectTypeOf(useRevenueAging).parameter(0).toEqualTypeOf<RevenueAgingInput>();
    expectTypeOf(useRevenueAging).parameter(1).toEqualTypeOf<AnalyticsHookOptions | undefined>();
    expectTypeOf<RevenueAgingRow['amount_due']>().toEqualTypeOf<bigint>();
    expectTypeOf<RevenueAgingRow['bucket']>().toEqualTypeOf<'current' | '1-30' | '31-60' | '61-90' | '90+'>();
  });
});
