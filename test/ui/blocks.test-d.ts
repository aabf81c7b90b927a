/**
 * The building blocks' props are typed by the host's rows: a field prop accepts only the names of
 * fields of the right type, so a wrong column is a compile error, not a blank chart.
 */
import { describe, expectTypeOf, it } from 'vitest';
import type { BarListProps, FieldOf, KpiProps, NumericValue, TimeSeriesChartProps, TimeSeriesModel } from '../../src/index';

interface Row {
  bucket: Date;
  series: string | null;
  signals: bigint;
  cost: string;
  ratio: number;
  is_other: boolean;
}

describe('building block types', () => {
  it('FieldOf picks the fields of a type', () => {
    expectTypeOf<FieldOf<Row, Date>>().toEqualTypeOf<'bucket'>();
    // Exact decimals are text, so a value field may be any bigint, number or string field — never a Date or boolean.
    expectTypeOf<FieldOf<Row, NumericValue | null | undefined>>().toEqualTypeOf<'series' | 'signals' | 'cost' | 'ratio'>();
    expectTypeOf<FieldOf<Row, string | null | undefined>>().toEqualTypeOf<'series' | 'cost'>();
  });

  it('TimeSeriesChart takes a Date index, a text series and a numeric value of the rows', () => {
    expectTypeOf<TimeSeriesChartProps<Row>['index']>().toEqualTypeOf<'bucket'>();
    expectTypeOf<'signals'>().toMatchTypeOf<NonNullable<TimeSeriesChartProps<Row>['value']>>();
    expectTypeOf<'bucket'>().not.toMatchTypeOf<NonNullable<TimeSeriesChartProps<Row>['value']>>();
    expectTypeOf<'is_other'>().not.toMatchTypeOf<NonNullable<TimeSeriesChartProps<Row>['series']>>();
    expectTypeOf<NonNullable<TimeSeriesChartProps<Row>['isOther']>>().parameter(0).toEqualTypeOf<Row>();
    expectTypeOf<NonNullable<TimeSeriesChartProps<Row>['kind']>>().toEqualTypeOf<'bar' | 'area' | 'line'>();
    expectTypeOf<TimeSeriesModel['table']['rows'][number]['total']>().toEqualTypeOf<NumericValue>();
  });

  it('BarList and Kpi take exact values', () => {
    expectTypeOf<BarListProps<Row>['value']>().toEqualTypeOf<'series' | 'signals' | 'cost' | 'ratio'>();
    expectTypeOf<BarListProps<Row>['label']>().toEqualTypeOf<'series' | 'cost'>();
    expectTypeOf<KpiProps['value']>().toEqualTypeOf<NumericValue>();
    expectTypeOf<NonNullable<KpiProps['valueFormatter']>>().parameter(0).toEqualTypeOf<bigint | number | string>();
  });
});
