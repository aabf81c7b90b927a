/**
 * ChoiceControl is typed by its options: the value, the default, the labels and what onChange
 * receives are the options' own string union, so a misspelt option is a compile error.
 */
import { describe, expectTypeOf, it } from 'vitest';
import { ChoiceControl, type ChoiceControlProps } from '../../../src/index';

type Metric = 'revenue' | 'cost';

describe('ChoiceControl types', () => {
  it('value, defaultValue and onChange speak the option union; value and onChange are optional (uncontrolled use)', () => {
    expectTypeOf<ChoiceControlProps<Metric>['value']>().toEqualTypeOf<Metric | undefined>();
    expectTypeOf<ChoiceControlProps<Metric>['defaultValue']>().toEqualTypeOf<Metric | undefined>();
    expectTypeOf<NonNullable<ChoiceControlProps<Metric>['onChange']>>().parameter(0).toEqualTypeOf<Metric>();
    expectTypeOf<{ options: readonly Metric[]; optionLabels: Record<Metric, string>; label: string; name: string }>().toMatchTypeOf<ChoiceControlProps<Metric>>();
  });

  it('needs a label for every option', () => {
    expectTypeOf<{ revenue: string }>().not.toMatchTypeOf<ChoiceControlProps<Metric>['optionLabels']>();
    expectTypeOf<{ revenue: string; cost: string }>().toMatchTypeOf<ChoiceControlProps<Metric>['optionLabels']>();
  });

  it('a value outside the options does not compile', () => {
    const props = { options: ['day', 'week'] as const, optionLabels: { day: 'Day', week: 'Week' }, label: 'Granularity', name: 'g' };
    expectTypeOf(ChoiceControl<'day' | 'week'>).parameter(0).toEqualTypeOf<ChoiceControlProps<'day' | 'week'>>();
    const right: ChoiceControlProps<'day' | 'week'> = { ...props, value: 'week' };
    void right;
    // @ts-expect-error 'month' is not one of the options
    const wrong: ChoiceControlProps<'day' | 'week'> = { ...props, value: 'month' };
    void wrong;
  });
});
