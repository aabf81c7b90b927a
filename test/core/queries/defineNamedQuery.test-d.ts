/**
 * What `defineNamedQuery` infers: the input a caller passes (required and optional keys, each
 * builder's accepted type), the params the SQL gets (defaults filled) and the decoded row type.
 */
import { describe, expectTypeOf, it } from 'vitest';
import type { IsoDate } from '../../../src/core/decode/calendarDate';
import { defineNamedQuery } from '../../../src/core/queries/defineNamedQuery';
import { param } from '../../../src/core/queries/paramBuilders';
import { column } from '../../../src/core/queries/resultColumns';
import type { InputOf, NamedQuery, ParamsOf, RowOf } from '../../../src/core/queries/types';
import { sql, view, type SqlFragment } from '../../../src/core/sql/sql';
import { useNamedQuery } from '../../../src/react/useNamedQuery';

const query = defineNamedQuery({
  name: 'typed',
  description: 'Every builder and family.',
  params: {
    from: param.dateTime(),
    to: param.dateTime(),
    granularity: param.enum(['day', 'week']).default('day'),
    limit: param.integer({ min: 1, max: 10 }).default(5),
    vendor: param.text().optional(),
    customerId: param.id().optional(),
    asOf: param.date(),
    flag: param.boolean().default(false),
  },
  columns: {
    name: column.string(),
    kind: column.string<'a' | 'b'>(),
    small: column.int(),
    count: column.uint64(),
    delta: column.int64({ nullable: true }),
    cost: column.decimal(),
    ratio: column.float({ nullable: true }),
    day: column.date(),
    at: column.datetime(),
    ok: column.bool(),
  },
  sql: (p) => {
    expectTypeOf(p.from).toEqualTypeOf<Date>();
    expectTypeOf(p.granularity).toEqualTypeOf<'day' | 'week'>();
    expectTypeOf(p.limit).toEqualTypeOf<number>();
    expectTypeOf(p.vendor).toEqualTypeOf<string | undefined>();
    expectTypeOf(p.asOf).toEqualTypeOf<string>();
    expectTypeOf(p.flag).toEqualTypeOf<boolean>();
    return sql`SELECT 1 FROM ${view('fact_cost')} LIMIT ${p.limit}`;
  },
});

describe('defineNamedQuery types', () => {
  it('infers the input: dateTimes take text or a Date, defaulted and optional params may be left out', () => {
    expectTypeOf<InputOf<typeof query>>().toEqualTypeOf<{
      from: string | Date;
      to: string | Date;
      asOf: string;
      granularity?: 'day' | 'week' | undefined;
      limit?: number | undefined;
      vendor?: string | undefined;
      customerId?: string | undefined;
      flag?: boolean | undefined;
    }>();
    expectTypeOf<{ from: string; to: Date; asOf: string }>().toExtend<InputOf<typeof query>>();
    expectTypeOf<{ from: string; asOf: string }>().not.toExtend<InputOf<typeof query>>();
    expectTypeOf<{ from: string; to: string; asOf: string; granularity: 'month' }>().not.toExtend<InputOf<typeof query>>();
  });

  it('infers the params the SQL gets, defaults filled', () => {
    expectTypeOf<ParamsOf<typeof query>>().toEqualTypeOf<{
      from: Date;
      to: Date;
      granularity: 'day' | 'week';
      limit: number;
      vendor: string | undefined;
      customerId: string | undefined;
      asOf: string;
      flag: boolean;
    }>();
  });

  it('infers the row from the declared columns', () => {
    expectTypeOf<RowOf<typeof query>>().toEqualTypeOf<{
      name: string;
      kind: 'a' | 'b';
      small: number;
      count: bigint;
      delta: bigint | null;
      cost: string;
      ratio: number | null;
      day: IsoDate;
      at: Date;
      ok: boolean;
    }>();
  });

  it('is a NamedQuery that useNamedQuery takes, with typed rows', () => {
    expectTypeOf(query).toExtend<NamedQuery<InputOf<typeof query>, ParamsOf<typeof query>, RowOf<typeof query>>>();
    expectTypeOf(useNamedQuery(query, { from: 'x', to: 'y', asOf: '2026-01-01' }).data).toEqualTypeOf<RowOf<typeof query>[] | undefined>();
  });

  it('takes a complete step whose result becomes the params', () => {
    const completed = defineNamedQuery({
      name: 'completed',
      description: 'x',
      params: { asOf: param.date().optional() },
      complete: (p) => ({ asOf: p.asOf ?? '2026-01-01', extra: 1 }),
      columns: { n: column.uint64() },
      sql: (p) => {
        expectTypeOf(p).toEqualTypeOf<{ asOf: string; extra: number }>();
        return sql`SELECT count() AS n FROM ${view('fact_signal')} WHERE created_at >= toDate(${p.asOf})`;
      },
    });
    expectTypeOf<ParamsOf<typeof completed>>().toEqualTypeOf<{ asOf: string; extra: number }>();
    expectTypeOf<InputOf<typeof completed>>().toEqualTypeOf<{ asOf?: string | undefined }>();
  });

  it('accepts only escapable values and fragments in sql slots, and only view names in view()', () => {
    expectTypeOf(sql`${1} ${'a'} ${new Date()} ${[1, 2]} ${null} ${true} ${10n}`).toEqualTypeOf<SqlFragment>();
    // @ts-expect-error an object is no SQL value
    sql`${{ a: 1 }}`;
    // @ts-expect-error undefined is no SQL value (a missing param)
    sql`${undefined}`;
    // @ts-expect-error not a view of the API
    view('system.tables');
  });
});
