import { describe, expectTypeOf, it } from 'vitest';
import type { MarginProps } from '../../../src/widgets/Margin/Margin';
import type { MarginDimension, MarginSummaryParts } from '../../../src/widgets/Margin/marginLabels';

describe('Margin props', () => {
  it('breaks margin down by customer or product, with exact amounts in a currency', () => {
    expectTypeOf<MarginDimension>().toEqualTypeOf<'customer' | 'product'>();
    expectTypeOf<MarginProps['dimension']>().toEqualTypeOf<MarginDimension | undefined>();
    expectTypeOf<NonNullable<MarginProps['amountFormatter']>>().parameters.toEqualTypeOf<[cents: bigint | string, currency: string]>();
    expectTypeOf<MarginSummaryParts['worst']>().toEqualTypeOf<{ label: string; value: string }[]>();
    expectTypeOf<{ dimension: 'vendor' }>().not.toExtend<MarginProps>();
  });
});
