import type { ComponentProps } from 'react';
import { describe, expectTypeOf, it } from 'vitest';
import type { CostPerModelInput, CostPerModelRow } from '../../../src/core/queries/costPerModel';
import type { TimeRange } from '../../../src/core/time/timeRange';
import type { AnalyticsHookOptions, AnalyticsQueryResult } from '../../../src/react/AnalyticsResult';
import { useCostPerModel } from '../../../src/react/useCostPerModel';
import { CostPerModel, type CostPerModelProps } from '../../../src/widgets/CostPerModel/CostPerModel';

describe('CostPerModel types', () => {
  it('takes the named query’s input as props, all optional', () => {
    expectTypeOf<ComponentProps<typeof CostPerModel>>().toEqualTypeOf<CostPerModelProps>();
    expectTypeOf<{}>().toExtend<CostPerModelProps>();
    expectTypeOf<CostPerModelProps['from']>().toEqualTypeOf<CostPerModelInput['from'] | undefined>();
    expectTypeOf<CostPerModelProps['limit']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<CostPerModelProps['includeCostPerSignal']>().toEqualTypeOf<boolean | undefined>();
    expectTypeOf<CostPerModelProps['vendor']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<CostPerModelProps['productId']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<CostPerModelProps['customerId']>().toEqualTypeOf<string | undefined>();
  });

  it('has controlled / uncontrolled time range and view with typed callbacks', () => {
    expectTypeOf<CostPerModelProps['timeRange']>().toEqualTypeOf<TimeRange | undefined>();
    expectTypeOf<NonNullable<CostPerModelProps['onTimeRangeChange']>>().parameter(0).toEqualTypeOf<TimeRange>();
    expectTypeOf<NonNullable<CostPerModelProps['onViewChange']>>().parameter(0).toEqualTypeOf<'chart' | 'table'>();
    expectTypeOf<CostPerModelProps['defaultView']>().toEqualTypeOf<'chart' | 'table' | undefined>();
  });

  it('formats exact values: costs as decimal strings, counts and tokens as bigints', () => {
    expectTypeOf<NonNullable<CostPerModelProps['costFormatter']>>().toEqualTypeOf<(cents: string) => string>();
    expectTypeOf<NonNullable<CostPerModelProps['countFormatter']>>().toEqualTypeOf<(value: bigint) => string>();
    expectTypeOf<NonNullable<CostPerModelProps['tokensFormatter']>>().toEqualTypeOf<(value: bigint) => string>();
    expectTypeOf<NonNullable<CostPerModelProps['latencyFormatter']>>().toEqualTypeOf<(ms: number) => string>();
    // @ts-expect-error a cost is a decimal string, not a number
    const wrong: CostPerModelProps = { costFormatter: (cents: number) => String(cents) };
    void wrong;
    // @ts-expect-error limit is a number
    const wrongLimit: CostPerModelProps = { limit: '5' };
    void wrongLimit;
  });
});

describe('useCostPerModel', () => {
  it('returns typed rows: exact decimal costs, bigint counts', () => {
    expectTypeOf(useCostPerModel).returns.toEqualTypeOf<AnalyticsQueryResult<CostPerModelRow>>();
    expectTypeOf(useCostPerModel).parameter(0).toEqualTypeOf<CostPerModelInput>();
    expectTypeOf(useCostPerModel).parameter(1).toEqualTypeOf<AnalyticsHookOptions | undefined>();
    expectTypeOf<CostPerModelRow['cost_amount']>().toEqualTypeOf<string>();
    expectTypeOf<CostPerModelRow['calls']>().toEqualTypeOf<bigint>();
    expectTypeOf<CostPerModelRow['signals']>().toEqualTypeOf<bigint | null>();
  });
});
