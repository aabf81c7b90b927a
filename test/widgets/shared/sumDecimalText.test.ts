import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAnalyticsError } from '../../../src/core/errors';
import { sumDecimalText } from '../../../src/widgets/shared/sumDecimalText';

describe('sumDecimalText', () => {
  it('adds decimal strings exactly, where floats would not', () => {
    expect(sumDecimalText(['0.1', '0.2'])).toBe('0.3');
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(sumDecimalText(['3121.6232699722', '0.0423150000'])).toBe('3121.6655849722');
  });

  it('gives canonical text: no trailing zeros, 0 for nothing, signs kept', () => {
    expect(sumDecimalText([])).toBe('0');
    expect(sumDecimalText(['1.50', '1.50'])).toBe('3');
    expect(sumDecimalText(['-0.25', '0.05'])).toBe('-0.2');
    expect(sumDecimalText(['-0.25', '0.25'])).toBe('0');
  });

  it('accepts bigints beyond 2^53 and numbers', () => {
    expect(sumDecimalText([2n ** 53n, 1n, '0.5'])).toBe('9007199254740993.5');
    expect(sumDecimalText([1.25, '0.75'])).toBe('2');
  });

  it('agrees with bigint arithmetic on scaled integers (property)', () => {
    const scaled = fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n });
    fc.assert(
      fc.property(fc.array(scaled, { maxLength: 8 }), (values) => {
        const asText = (value: bigint) => {
          const negative = value < 0n;
          const digits = (negative ? -value : value).toString().padStart(11, '0');
          return `${negative ? '-' : ''}${digits.slice(0, -10)}.${digits.slice(-10)}`;
        };
        const total = values.reduce((sum, value) => sum + value, 0n);
        expect(sumDecimalText(values.map(asText))).toBe(sumDecimalText([asText(total)]));
      }),
    );
  });

  it('refuses what is not a plain decimal with a typed error', () => {
    try {
      sumDecimalText(['1e3']);
      expect.unreachable();
    } catch (error) {
      expect(isAnalyticsError(error) && error.code).toBe('INVALID_PARAMS');
    }
  });
});
