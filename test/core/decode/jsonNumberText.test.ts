import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalTextOfJsonNumber } from '../../../src/core/decode/jsonNumberText';

/** The value of plain decimal text as an exact fraction: digits (bigint) over 10^scale. */
function exactValue(text: string): { digits: bigint; scale: number } {
  const [whole, fraction = ''] = text.split('.');
  return { digits: BigInt(whole! + fraction), scale: fraction.length };
}

/** Whether two decimal texts denote the same number (scales aligned with zeros). */
function sameValue(a: string, b: string): boolean {
  const x = exactValue(a);
  const y = exactValue(b);
  const scale = Math.max(x.scale, y.scale);
  return x.digits * 10n ** BigInt(scale - x.scale) === y.digits * 10n ** BigInt(scale - y.scale);
}

describe('decimalTextOfJsonNumber', () => {
  it.each([
    ['0', '0'],
    ['-0', '0'],
    ['-0.000', '0.000'],
    ['1e-10', '0.0000000001'],
    ['1E-10', '0.0000000001'],
    ['-1.50E+3', '-1500'],
    ['1.5e1', '15'],
    ['123.456e-2', '1.23456'],
    ['12345678901234567890123456789012.123456', '12345678901234567890123456789012.123456'],
    ['-99999999999999999999999999999999999999', '-99999999999999999999999999999999999999'],
    ['0.00000000000000000000000000000000000001', '0.00000000000000000000000000000000000001'],
    ['2e0', '2'],
    ['7e2', '700'],
  ])('%s → %s', (token, expected) => {
    expect(decimalTextOfJsonNumber(token)).toBe(expected);
  });

  it.each(['', '-', '1.', '.5', 'abc', '1e', '1e+', '1x', '1e5000'])('refuses %j', (token) => {
    expect(decimalTextOfJsonNumber(token)).toBeUndefined();
  });

  it('gives plain decimal text of the same value as the token, for any mantissa and exponent', () => {
    const token = fc
      .tuple(
        fc.boolean(),
        fc.stringMatching(/^(0|[1-9]\d{0,40})$/),
        fc.option(fc.stringMatching(/^\d{1,40}$/), { nil: undefined }),
        fc.option(fc.integer({ min: -60, max: 60 }), { nil: undefined }),
      )
      .map(([negative, whole, fraction, exponent]) => ({
        text: `${negative ? '-' : ''}${whole}${fraction === undefined ? '' : `.${fraction}`}${exponent === undefined ? '' : `e${exponent}`}`,
        negative,
        whole,
        fraction: fraction ?? '',
        exponent: exponent ?? 0,
      }));
    fc.assert(
      fc.property(token, (t) => {
        const result = decimalTextOfJsonNumber(t.text);
        expect(result).toMatch(/^-?(0|[1-9]\d*)(\.\d+)?$/);
        // mantissa × 10^exponent, compared exactly: scale both by 10^(60 + fraction digits)
        const mantissa = BigInt(t.whole + t.fraction) * (t.negative ? -1n : 1n);
        const shift = 60 + t.exponent;
        const expectedScaled = mantissa * 10n ** BigInt(shift);
        const expectedScale = 60 + t.fraction.length;
        const got = exactValue(result!);
        expect(got.digits * 10n ** BigInt(expectedScale) === expectedScaled * 10n ** BigInt(got.scale)).toBe(true);
        expect(sameValue(result!, result!)).toBe(true);
        if (/^-?0(\.0+)?$/.test(result!)) expect(result!.startsWith('-')).toBe(false);
      }),
    );
  });
});
