import type { ComponentProps } from 'react';
import { describe, expectTypeOf, it } from 'vitest';
import type { AnalyticsKpisRow } from '../../../src/core/queries/analyticsKpis';
import { analyticsKpis } from '../../../src/core/queries/analyticsKpis';
import type { RowOf } from '../../../src/core/queries/types';
import type { TimeRange } from '../../../src/core/time/timeRange';
import { AnalyticsKpis, type AnalyticsKpisProps } from '../../../src/widgets/AnalyticsKpis/AnalyticsKpis';
import type { AnalyticsKpi } from '../../../src/widgets/AnalyticsKpis/analyticsKpiValues';

describe('AnalyticsKpis types', () => {
  it('takes every prop optionally, the KPIs by name', () => {
    expectTypeOf<ComponentProps<typeof AnalyticsKpis>>().toEqualTypeOf<AnalyticsKpisProps>();
    expectTypeOf<{}>().toExtend<AnalyticsKpisProps>();
    expectTypeOf<AnalyticsKpi>().toEqualTypeOf<'signals' | 'aiCost' | 'revenue' | 'margin' | 'outstanding' | 'creditsBalance'>();
    expectTypeOf<AnalyticsKpisProps['kpis']>().toEqualTypeOf<readonly AnalyticsKpi[] | undefined>();
    expectTypeOf<AnalyticsKpisProps['timeRange']>().toEqualTypeOf<TimeRange | undefined>();
    // @ts-expect-error an unknown KPI
    const wrong: AnalyticsKpisProps = { kpis: ['profit'] };
    void wrong;
  });

  it('formats exact text: counts, cents with their currency, credits', () => {
    expectTypeOf<NonNullable<AnalyticsKpisProps['amountFormatter']>>().toEqualTypeOf<(cents: string, currency: string) => string>();
    expectTypeOf<NonNullable<AnalyticsKpisProps['countFormatter']>>().toEqualTypeOf<(value: string) => string>();
    expectTypeOf<NonNullable<AnalyticsKpisProps['creditsFormatter']>>().toEqualTypeOf<(credits: string) => string>();
  });

  it('types the named query’s rows as exact text', () => {
    expectTypeOf<RowOf<typeof analyticsKpis>>().toEqualTypeOf<AnalyticsKpisRow>();
    expectTypeOf<AnalyticsKpisRow['current']>().toEqualTypeOf<string>();
    expectTypeOf<AnalyticsKpisRow['previous']>().toEqualTypeOf<string | null>();
  });
});
