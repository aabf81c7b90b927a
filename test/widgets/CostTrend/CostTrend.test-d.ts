import { describe, expectTypeOf, it } from 'vitest';
import type { CostTrendGroup } from '../../../src/core/queries/costTrend';
import { CostTrend, type CostTrendProps } from '../../../src/widgets/CostTrend/CostTrend';

describe('CostTrend props', () => {
  it('takes a grouping, granularity, filters and a cost formatter of exact decimal text', () => {
    expectTypeOf<CostTrendProps['groupBy']>().toEqualTypeOf<CostTrendGroup | undefined>();
    expectTypeOf<CostTrendGroup>().toEqualTypeOf<'vendor' | 'model' | 'product'>();
    expectTypeOf<CostTrendProps['granularity']>().toEqualTypeOf<'day' | 'week' | 'month' | undefined>();
    expectTypeOf<NonNullable<CostTrendProps['costFormatter']>>().parameter(0).toEqualTypeOf<string>();
    expectTypeOf<CostTrendProps['topN']>().toEqualTypeOf<number | undefined>();
  });

  it('refuses an hourly granularity and an unknown grouping', () => {
    expectTypeOf<{ granularity: 'hour' }>().not.toExtend<CostTrendProps>();
    expectTypeOf<{ groupBy: 'customer' }>().not.toExtend<CostTrendProps>();
    expectTypeOf(CostTrend).toBeCallableWith({});
  });
});
