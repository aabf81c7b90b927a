/**
 * The README's own analysis is typed end to end: the query's input and rows are inferred from its
 * params and declared columns, `useNamedQuery` hands the card those rows, and `BarList` takes
 * only its fields (a text one as the label).
 */
import { describe, expectTypeOf, it } from 'vitest';
import type { AnalyticsQueryResult, InputOf, RowOf } from 'paid-analytics-react';
import { BarList, useNamedQuery } from 'paid-analytics-react';
import { signalsByPriority } from '../support/ownAnalysis/signalsByPriority';

type Row = { priority: string; signals: bigint };

describe('signalsByPriority (README: your own analysis)', () => {
  it('infers its input from the params and its rows from the columns', () => {
    expectTypeOf<InputOf<typeof signalsByPriority>>().toEqualTypeOf<{ from: string | Date; to: string | Date; signalName: string }>();
    expectTypeOf<RowOf<typeof signalsByPriority>>().toEqualTypeOf<Row>();
  });

  it('gives useNamedQuery typed rows, and BarList only a text field as its label', () => {
    // Type-checked, never run: the hook's result as the card reads it.
    const result = useNamedQuery(signalsByPriority, { from: new Date(), to: '2026-11-21T00:00:00Z', signalName: 'email-triage' });
    expectTypeOf(result).toEqualTypeOf<AnalyticsQueryResult<Row>>();
    const rows: Row[] = [];
    // @ts-expect-error a misspelt field does not compile
    BarList({ rows, label: 'prority', value: 'signals', caption: 'x' });
    // @ts-expect-error signals is a number, not a label
    BarList({ rows, label: 'signals', value: 'signals', caption: 'x' });
    // @ts-expect-error signalName is required
    useNamedQuery(signalsByPriority, { from: new Date(), to: new Date() });
  });
});
