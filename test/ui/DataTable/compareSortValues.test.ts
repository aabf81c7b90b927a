import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareSortValues } from '../../../src/ui/DataTable/compareSortValues';

describe('compareSortValues', () => {
  it('orders 64-bit integers exactly, where Number would tie', () => {
    expect(Number(9007199254740993n)).toBe(Number(9007199254740992n));
    expect(compareSortValues(9007199254740993n, 9007199254740992n)).toBe(1);
    expect(compareSortValues(-9223372036854775808n, 9223372036854775807n)).toBe(-1);
  });

  it('orders decimal strings exactly', () => {
    expect(compareSortValues('12345678901234567890.000001', '12345678901234567890')).toBe(1);
    expect(compareSortValues('-0.10', '-0.1')).toBe(0);
    expect(compareSortValues('-2.5', '-10')).toBe(1);
    expect(compareSortValues('0', '-0')).toBe(0);
  });

  it('compares numbers with bigints and decimal strings exactly', () => {
    expect(compareSortValues(2, 3n)).toBe(-1);
    expect(compareSortValues(1.5, '1.49')).toBe(1);
  });

  it('puts null, undefined and NaN last', () => {
    const sorted = [3n, null, 1n, undefined, 2n].sort(compareSortValues);
    expect(sorted).toEqual([1n, 2n, 3n, null, undefined]);
    expect(compareSortValues(Number.NaN, 1)).toBe(1);
  });

  it('orders dates by instant and text naturally', () => {
    expect(compareSortValues(new Date('2026-01-02'), new Date('2026-01-01'))).toBe(1);
    expect(['model-10', 'model-9', 'Alpha'].sort(compareSortValues)).toEqual(['Alpha', 'model-9', 'model-10']);
  });

  it('agrees with BigInt comparison on any pair of 64-bit integers (as bigints and as strings)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(2n ** 63n), max: 2n ** 64n - 1n }), fc.bigInt({ min: -(2n ** 63n), max: 2n ** 64n - 1n }), (a, b) => {
        const expected = a < b ? -1 : a > b ? 1 : 0;
        expect(compareSortValues(a, b)).toBe(expected);
        expect(compareSortValues(a.toString(), b.toString())).toBe(expected);
      }),
    );
  });
});
