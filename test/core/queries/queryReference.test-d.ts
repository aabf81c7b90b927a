import { describe, expectTypeOf, it } from 'vitest';
import { param } from '../../../src/core/queries/paramBuilders';
import { defineQueryReference } from '../../../src/core/queries/queryReference';
import { column } from '../../../src/core/queries/resultColumns';
import type { InputOf, NamedQuery, NamedQueryReference, RowOf } from '../../../src/core/queries/types';
import { usageTrends } from '../../../src/core/queries/usageTrends';
import { usageTrendsReference, type UsageTrendsInput, type UsageTrendsRow } from '../../../src/core/queries/usageTrendsReference';
import type { AnalyticsQueryResult } from '../../../src/react/AnalyticsResult';
import { useNamedQuery } from '../../../src/react/useNamedQuery';

describe('query references (types)', () => {
  it('defineQueryReference infers the input and row types like defineNamedQuery', () => {
    const reference = defineQueryReference({
      name: 'spend-by-vendor',
      params: { from: param.dateTime(), limit: param.integer({ min: 1, max: 50 }).default(10) },
      columns: { vendor: column.string(), calls: column.uint64() },
    });
    expectTypeOf<RowOf<typeof reference>>().toEqualTypeOf<{ vendor: string; calls: bigint }>();
    expectTypeOf<InputOf<typeof reference>>().toExtend<{ from: string | Date; limit?: number }>();
    // @ts-expect-error a reference has no SQL
    void reference.toSql;
  });

  it('useNamedQuery takes a reference or a full named query, with the same row type', () => {
    const input: UsageTrendsInput = { from: '2026-10-01T00:00:00Z', to: '2026-11-01T00:00:00Z' };
    expectTypeOf(useNamedQuery(usageTrendsReference, input)).toEqualTypeOf<AnalyticsQueryResult<UsageTrendsRow>>();
    expectTypeOf(useNamedQuery(usageTrends, input)).toEqualTypeOf<AnalyticsQueryResult<UsageTrendsRow>>();
    // @ts-expect-error the input is checked against the query's
    useNamedQuery(usageTrendsReference, { from: 1 });
  });

  it('a NamedQuery is a NamedQueryReference, not the other way round', () => {
    expectTypeOf(usageTrends).toExtend<NamedQueryReference<UsageTrendsInput, unknown, UsageTrendsRow>>();
    expectTypeOf(usageTrendsReference).not.toExtend<NamedQuery<UsageTrendsInput, unknown, UsageTrendsRow>>();
  });
});
