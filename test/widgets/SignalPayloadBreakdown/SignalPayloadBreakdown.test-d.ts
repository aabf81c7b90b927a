import type { ComponentProps } from 'react';
import { describe, expectTypeOf, it } from 'vitest';
import { SignalPayloadBreakdown, type SignalPayloadBreakdownProps } from '../../../src/widgets/SignalPayloadBreakdown/SignalPayloadBreakdown';

describe('SignalPayloadBreakdown types', () => {
  it('takes every prop optionally, with controlled / uncontrolled signal and path', () => {
    expectTypeOf<ComponentProps<typeof SignalPayloadBreakdown>>().toEqualTypeOf<SignalPayloadBreakdownProps>();
    expectTypeOf<{}>().toExtend<SignalPayloadBreakdownProps>();
    expectTypeOf<SignalPayloadBreakdownProps['signalName']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<SignalPayloadBreakdownProps['defaultPath']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<NonNullable<SignalPayloadBreakdownProps['onSignalNameChange']>>().parameter(0).toEqualTypeOf<string>();
    expectTypeOf<NonNullable<SignalPayloadBreakdownProps['onPathChange']>>().parameter(0).toEqualTypeOf<string>();
    expectTypeOf<NonNullable<SignalPayloadBreakdownProps['valueFormatter']>>().toEqualTypeOf<(value: bigint) => string>();
    // @ts-expect-error limit is a number
    const wrong: SignalPayloadBreakdownProps = { limit: '5' };
    void wrong;
  });
});
