import { describe, expectTypeOf, it } from 'vitest';
import type { TimeRange } from '../../src/core/time/timeRange';
import type { CsvCell } from '../../src/ui/csv/toCsv';
import { toCsv } from '../../src/ui/csv/toCsv';
import type { DataTableColumn } from '../../src/ui/DataTable/types';
import type { GranularityControlProps } from '../../src/ui/GranularityControl/GranularityControl';
import type { TimeRangeControlProps } from '../../src/ui/TimeRangeControl/TimeRangeControl';
import type { ViewToggleProps } from '../../src/ui/ViewToggle/ViewToggle';

describe('ui public types', () => {
  it('controls report their own value type', () => {
    expectTypeOf<NonNullable<TimeRangeControlProps['onChange']>>().parameter(0).toEqualTypeOf<TimeRange>();
    expectTypeOf<NonNullable<GranularityControlProps['onChange']>>().parameter(0).toEqualTypeOf<'hour' | 'day' | 'week' | 'month'>();
    expectTypeOf<NonNullable<ViewToggleProps['onChange']>>().parameter(0).toEqualTypeOf<'chart' | 'table'>();
  });

  it('TimeRange is a preset or a from/to pair', () => {
    expectTypeOf<'7d'>().toMatchTypeOf<TimeRange>();
    expectTypeOf<{ from: string; to: string }>().toMatchTypeOf<TimeRange>();
    expectTypeOf<'14d'>().not.toMatchTypeOf<TimeRange>();
  });

  it('DataTable columns are typed by the row', () => {
    interface Row {
      cents: bigint;
    }
    const column: DataTableColumn<Row> = { id: 'c', header: 'C', value: (row) => row.cents };
    expectTypeOf(column.value).parameter(0).toEqualTypeOf<Row>();
    // @ts-expect-error: rows have no `name`
    const wrong: DataTableColumn<Row> = { id: 'n', header: 'N', value: (row) => row.name };
    void wrong;
  });

  it('CSV cells accept exact values (bigint, Date) but not objects', () => {
    expectTypeOf<bigint>().toMatchTypeOf<CsvCell>();
    expectTypeOf<Date>().toMatchTypeOf<CsvCell>();
    expectTypeOf<{ a: 1 }>().not.toMatchTypeOf<CsvCell>();
    expectTypeOf(toCsv<number>).returns.toEqualTypeOf<string>();
  });
});
