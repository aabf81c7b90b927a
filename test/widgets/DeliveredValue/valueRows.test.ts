import { describe, expect, it } from 'vitest';
import { shownWithOther, sumValueCustomers, valueCustomerRows, valueTypeRows } from '../../../src/widgets/DeliveredValue/valueRows';

describe('valueRows', () => {
  it('names known types, keeps unknown ones as they are, and an empty type as unnamed', () => {
    const rows = valueTypeRows(
      [{ value_type: 'time_saved', value: 5n, signals: 1n, customers: 1n }, { value_type: 'x', value: 2n, signals: 1n, customers: 1n }, { value_type: '', value: 1n, signals: 1n, customers: 1n }],
      { time_saved: 'Time saved' },
      '(none)',
    );
    expect(rows.map((row) => row.label)).toEqual(['Time saved', 'x', '(none)']);
  });

  it('gives each customer an exact return and net, null without cost, and the total return from the sums', () => {
    const rows = valueCustomerRows(
      [
        { customer_id: 'a', customer_name: 'A', value: 1000n, ai_cost: '3' },
        { customer_id: 'b', customer_name: '', value: 10n, ai_cost: '0' },
        { customer_id: 'c', customer_name: 'C', value: 0n, ai_cost: '0.0000000001' },
      ],
      '',
    );
    expect(rows.map((row) => [row.label, row.roi, row.net])).toEqual([
      ['A', '333.3333', '997'],
      ['b', null, '10'],
      ['C', '0', '-0.0000000001'],
    ]);
    expect(sumValueCustomers(rows, 'Total')).toMatchObject({ value: 1010n, cost: '3.0000000001', roi: '336.6667', net: '1006.9999999999' });
    expect(shownWithOther(rows, 1, (rest) => sumValueCustomers(rest, 'Other')).map((row) => row.label)).toEqual(['A', 'Other']);
    expect(shownWithOther(rows, 2, (rest) => sumValueCustomers(rest, 'Other'))).toHaveLength(3);
  });
});
