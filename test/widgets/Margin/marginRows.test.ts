import { describe, expect, it } from 'vitest';
import { marginRows, marginShown, sumMarginRows } from '../../../src/widgets/Margin/marginRows';

const row = (key: string, label: string, revenue: bigint, cost: string, margin: string) => ({ key, label, revenue, ai_cost: cost, margin, is_negative: margin.startsWith('-') });

describe('marginRows', () => {
  it('keeps the order, makes names unique, names nameless rows by id, flags losses and gives an exact rate', () => {
    const rows = marginRows([row('a', 'Acme', 100n, '250.5', '-150.5'), row('b', 'Acme', 0n, '1', '-1'), row('c', '', 300n, '0', '300')], '(none)');
    expect(rows.map((r) => [r.id, r.label, r.negative, r.rate])).toEqual([
      ['a', 'Acme', true, '-1.505'],
      ['b', 'Acme (2)', true, null],
      ['c', 'c', false, '1'],
    ]);
  });

  it('sums exactly and folds all but the first N into one Other row (never an Other of one)', () => {
    const rows = marginRows([row('a', 'A', 100n, '0.0000000001', '99.9999999999'), row('b', 'B', 5n, '10', '-5'), row('c', 'C', 1n, '0', '1')], '');
    expect(sumMarginRows(rows, 'Total')).toMatchObject({ label: 'Total', revenue: 106n, cost: '10.0000000001', margin: '95.9999999999', negative: false });
    expect(marginShown(rows, 2, 'Other')).toHaveLength(3);
    const folded = marginShown(rows, 1, 'Other');
    expect(folded.map((r) => r.label)).toEqual(['A', 'Other']);
    expect(folded[1]).toMatchObject({ id: '', revenue: 6n, margin: '-4', negative: true });
  });
});
