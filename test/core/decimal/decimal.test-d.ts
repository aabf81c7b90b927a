import { describe, expectTypeOf, it } from 'vitest';
import {
  addDecimals,
  compareDecimals,
  divideDecimals,
  multiplyDecimals,
  negateDecimal,
  signOfDecimal,
  subtractDecimals,
  sumDecimals,
  toScaledDecimal,
  type DecimalInput,
  type DecimalRounding,
  type ScaledDecimal,
} from '../../../src/core/decimal';
import * as core from '../../../src/core';

describe('decimal module types', () => {
  it('takes decimal text, bigints or numbers and gives canonical decimal text', () => {
    expectTypeOf<DecimalInput>().toEqualTypeOf<string | bigint | number>();
    expectTypeOf(addDecimals).parameters.toEqualTypeOf<[DecimalInput, DecimalInput]>();
    expectTypeOf(addDecimals).returns.toEqualTypeOf<string>();
    expectTypeOf(subtractDecimals).returns.toEqualTypeOf<string>();
    expectTypeOf(multiplyDecimals).returns.toEqualTypeOf<string>();
    expectTypeOf(negateDecimal).returns.toEqualTypeOf<string>();
    expectTypeOf(sumDecimals).parameter(0).toEqualTypeOf<Iterable<DecimalInput>>();
    expectTypeOf(sumDecimals).returns.toEqualTypeOf<string>();
  });

  it('compares to −1, 0 or 1 and divides to a stated scale and rounding', () => {
    expectTypeOf(compareDecimals).returns.toEqualTypeOf<-1 | 0 | 1>();
    expectTypeOf(signOfDecimal).returns.toEqualTypeOf<-1 | 0 | 1>();
    expectTypeOf(divideDecimals).parameters.toEqualTypeOf<[DecimalInput, DecimalInput, number, DecimalRounding?]>();
    expectTypeOf<DecimalRounding>().toEqualTypeOf<'half-up' | 'half-even' | 'down'>();
    expectTypeOf(toScaledDecimal).returns.toEqualTypeOf<ScaledDecimal>();
    expectTypeOf<ScaledDecimal>().toEqualTypeOf<{ units: bigint; scale: number }>();
  });

  it('is exported from paid-analytics-react/core', () => {
    expectTypeOf(core.addDecimals).toEqualTypeOf(addDecimals);
    expectTypeOf(core.sumDecimals).toEqualTypeOf(sumDecimals);
    expectTypeOf(core.parseAnalyticsJson).toEqualTypeOf<(text: string) => unknown>();
  });
});
