import { describe, expectTypeOf, it } from 'vitest';
import type { DeliveredValueProps } from '../../../src/widgets/DeliveredValue/DeliveredValue';
import type { DeliveredValueBreakdown, DeliveredValueLabels } from '../../../src/widgets/DeliveredValue/deliveredValueLabels';

describe('DeliveredValue props', () => {
  it('breaks value down by type or by customer, names value types, formats exact amounts', () => {
    expectTypeOf<DeliveredValueBreakdown>().toEqualTypeOf<'type' | 'customer'>();
    expectTypeOf<DeliveredValueProps['breakdown']>().toEqualTypeOf<DeliveredValueBreakdown | undefined>();
    expectTypeOf<DeliveredValueLabels['valueTypes']>().toEqualTypeOf<Record<string, string>>();
    expectTypeOf<NonNullable<DeliveredValueProps['amountFormatter']>>().parameters.toEqualTypeOf<[cents: bigint | string, currency: string]>();
    expectTypeOf<{ breakdown: 'product' }>().not.toExtend<DeliveredValueProps>();
  });
});
