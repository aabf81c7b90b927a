import type { ComponentProps } from 'react';
import { describe, expectTypeOf, it } from 'vitest';
import type { BillingPeriodUsageInput, BillingPeriodUsageRow } from '../../../src/core/queries/billingPeriodUsage';
import { billingPeriodUsage } from '../../../src/core/queries/billingPeriodUsage';
import type { InputOf, RowOf } from '../../../src/core/queries/types';
import { revenueTrend, type RevenueTrendInput, type RevenueTrendRow } from '../../../src/core/queries/revenueTrend';
import { BilledUsage, type BilledUsageProps } from '../../../src/widgets/BilledUsage/BilledUsage';
import { CreditUsage, type CreditUsageProps } from '../../../src/widgets/CreditUsage/CreditUsage';
import { RevenueByProduct, type RevenueByProductProps } from '../../../src/widgets/RevenueByProduct/RevenueByProduct';
import { RevenueTrend, type RevenueTrendProps } from '../../../src/widgets/RevenueTrend/RevenueTrend';

describe('revenue, billing and credit widget types', () => {
  it('render with no props at all: one line of JSX', () => {
    expectTypeOf<ComponentProps<typeof RevenueTrend>>().toEqualTypeOf<RevenueTrendProps>();
    expectTypeOf<ComponentProps<typeof RevenueByProduct>>().toEqualTypeOf<RevenueByProductProps>();
    expectTypeOf<ComponentProps<typeof BilledUsage>>().toEqualTypeOf<BilledUsageProps>();
    expectTypeOf<ComponentProps<typeof CreditUsage>>().toEqualTypeOf<CreditUsageProps>();
    expectTypeOf<{}>().toExtend<RevenueTrendProps>();
    expectTypeOf<{}>().toExtend<RevenueByProductProps>();
    expectTypeOf<{}>().toExtend<BilledUsageProps>();
    expectTypeOf<{}>().toExtend<CreditUsageProps>();
  });

  it('format money as exact bigint cents with its currency, and credits as exact decimal text', () => {
    expectTypeOf<NonNullable<RevenueTrendProps['amountFormatter']>>().toEqualTypeOf<(cents: bigint, currency: string) => string>();
    expectTypeOf<NonNullable<RevenueByProductProps['amountFormatter']>>().toEqualTypeOf<(cents: bigint, currency: string) => string>();
    expectTypeOf<NonNullable<BilledUsageProps['amountFormatter']>>().toEqualTypeOf<(cents: bigint, currency: string) => string>();
    expectTypeOf<NonNullable<CreditUsageProps['creditsFormatter']>>().toEqualTypeOf<(credits: string) => string>();
    expectTypeOf<RevenueTrendProps['granularity']>().toEqualTypeOf<'week' | 'month' | undefined>();
    expectTypeOf<CreditUsageProps['by']>().toEqualTypeOf<'signal' | 'product' | undefined>();
    // @ts-expect-error credits are decimal text, never numbers
    const wrong: CreditUsageProps = { creditsFormatter: (credits: number) => String(credits) };
    void wrong;
    // @ts-expect-error revenue trends by month or week only
    const daily: RevenueTrendProps = { granularity: 'day' };
    void daily;
  });

  it('type their named queries’ rows exactly', () => {
    expectTypeOf<RowOf<typeof revenueTrend>>().toEqualTypeOf<RevenueTrendRow>();
    expectTypeOf<InputOf<typeof revenueTrend>>().toEqualTypeOf<RevenueTrendInput>();
    expectTypeOf<RevenueTrendRow['invoiced']>().toEqualTypeOf<bigint>();
    expectTypeOf<RevenueTrendRow['bucket']>().toEqualTypeOf<Date>();
    expectTypeOf<RowOf<typeof billingPeriodUsage>>().toEqualTypeOf<BillingPeriodUsageRow>();
    expectTypeOf<InputOf<typeof billingPeriodUsage>>().toEqualTypeOf<BillingPeriodUsageInput>();
    expectTypeOf<BillingPeriodUsageRow['projected_amount']>().toEqualTypeOf<bigint>();
    expectTypeOf<BillingPeriodUsageRow['period_start']>().toEqualTypeOf<string>();
  });
});
