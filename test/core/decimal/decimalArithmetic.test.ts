import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  absDecimal,
  addDecimals,
  canonicalDecimal,
  compareDecimals,
  divideDecimals,
  maxDecimal,
  minDecimal,
  multiplyDecimals,
  negateDecimal,
  roundDecimal,
  signOfDecimal,
  subtractDecimals,
  sumDecimals,
} from '../../../src/core/decimal';

/** Decimal text with up to 40 digits on each side of the point, either sign, with stray zeros. */
const decimalText = fc
  .tuple(fc.boolean(), fc.stringMatching(/^\d{1,40}$/), fc.option(fc.stringMatching(/^\d{1,40}$/), { nil: undefined }))
  .map(([negative, whole, fraction]) => `${negative ? '-' : ''}${whole}${fraction === undefined ? '' : `.${fraction}`}`);

const CANONICAL = /^(0|-?(0\.\d*[1-9]|[1-9]\d*(\.\d*[1-9])?))$/;

/** The reference value of decimal text: a fraction n / 10^s with bigint n, as [n, s]. */
function reference(text: string): [bigint, number] {
  const negative = text.startsWith('-');
  const [whole = '', fraction = ''] = (negative ? text.slice(1) : text).split('.');
  const n = BigInt(whole + fraction);
  return [negative ? -n : n, fraction.length];
}

/** Whether decimal text equals the fraction n / 10^s exactly. */
function equalsFraction(text: string, n: bigint, s: number): boolean {
  const [m, t] = reference(text);
  return m * 10n ** BigInt(s) === n * 10n ** BigInt(t);
}

/** One unit of a scale: 1, 0.1, 0.01, … */
function unitOf(scale: number): string {
  return scale === 0 ? '1' : `0.${'0'.repeat(scale - 1)}1`;
}

describe('decimal arithmetic', () => {
  it.each([
    [addDecimals('0.1', '0.2'), '0.3'],
    [addDecimals('3131214313337191000.5', '0.5'), '3131214313337191001'],
    [subtractDecimals('1', '0.9'), '0.1'],
    [negateDecimal('2.50'), '-2.5'],
    [negateDecimal('-0.000'), '0'],
    [absDecimal('-7.10'), '7.1'],
    [multiplyDecimals('1.5', '-0.2'), '-0.3'],
    [multiplyDecimals('99999999999999999999999999999999999999', '0.000001'), '99999999999999999999999999999999.999999'],
    [divideDecimals('1', '3', 4), '0.3333'],
    [divideDecimals('2', '3', 0), '1'],
    [divideDecimals('-2', '3', 0), '-1'],
    [divideDecimals('1', '8', 2), '0.13'],
    [divideDecimals('1', '8', 2, 'half-even'), '0.12'],
    [divideDecimals('3', '8', 2, 'half-even'), '0.38'],
    [divideDecimals('1', '8', 2, 'down'), '0.12'],
    [divideDecimals('-1', '-8', 3), '0.125'],
    [divideDecimals('100.5', '-0.25', 1), '-402'],
    [roundDecimal('2.345', 2), '2.35'],
    [roundDecimal('-2.5', 0), '-3'],
    [roundDecimal('-2.5', 0, 'half-even'), '-2'],
    [sumDecimals(['0.1', '0.2', 3n, 0.25]), '3.55'],
    [sumDecimals([]), '0'],
    [canonicalDecimal('007.50'), '7.5'],
    [canonicalDecimal('+.5'), '0.5'],
    [maxDecimal('1.10', '1.2'), '1.2'],
    [minDecimal('-1', '0.5'), '-1'],
  ])('%s is %s', (got, expected) => {
    expect(got).toBe(expected);
  });

  it('compares and signs exactly', () => {
    expect(compareDecimals('1.10', '1.1')).toBe(0);
    expect(compareDecimals('-0.0000000000000000001', '0')).toBe(-1);
    expect(compareDecimals('12345678901234567890.000001', '12345678901234567890')).toBe(1);
    expect(signOfDecimal('-0.00')).toBe(0);
    expect(signOfDecimal('-0.01')).toBe(-1);
  });

  it.each([['1e3'], [''], ['-'], ['.'], ['abc'], ['1,5'], [Number.NaN], [Number.POSITIVE_INFINITY]])('refuses %j', (value) => {
    expect(() => addDecimals(value as string, '1')).toThrow(expect.objectContaining({ code: 'INVALID_PARAMS' }));
  });

  it('refuses division by zero and a bad scale', () => {
    for (const divide of [() => divideDecimals('1', '0.000', 2), () => divideDecimals('1', '3', -1), () => divideDecimals('1', '3', 1.5)]) {
      expect(divide).toThrow(expect.objectContaining({ code: 'INVALID_PARAMS' }));
    }
  });

  it('adds, subtracts and multiplies exactly, in canonical text', () => {
    fc.assert(
      fc.property(decimalText, decimalText, (a, b) => {
        const [x, s] = reference(a);
        const [y, t] = reference(b);
        const sum = addDecimals(a, b);
        const difference = subtractDecimals(a, b);
        const product = multiplyDecimals(a, b);
        for (const result of [sum, difference, product]) expect(result).toMatch(CANONICAL);
        // x/10^s + y/10^t = (x·10^t + y·10^s) / 10^(s+t)
        expect(equalsFraction(sum, x * 10n ** BigInt(t) + y * 10n ** BigInt(s), s + t)).toBe(true);
        expect(equalsFraction(difference, x * 10n ** BigInt(t) - y * 10n ** BigInt(s), s + t)).toBe(true);
        expect(equalsFraction(product, x * y, s + t)).toBe(true);
        expect(addDecimals(a, b)).toBe(addDecimals(b, a));
        expect(subtractDecimals(sum, b)).toBe(canonicalDecimal(a));
        expect(addDecimals(a, negateDecimal(a))).toBe('0');
      }),
    );
  });

  it('compares consistently with subtraction', () => {
    fc.assert(
      fc.property(decimalText, decimalText, (a, b) => {
        expect(compareDecimals(a, b)).toBe(signOfDecimal(subtractDecimals(a, b)));
        expect(compareDecimals(b, a)).toBe(-compareDecimals(a, b) as -1 | 0 | 1);
      }),
    );
  });

  it('divides to the stated scale, off by less than one unit of that scale, rounding as asked', () => {
    fc.assert(
      fc.property(decimalText, decimalText, fc.integer({ min: 0, max: 30 }), fc.constantFrom('half-up', 'half-even', 'down') as fc.Arbitrary<'half-up' | 'half-even' | 'down'>, (a, b, scale, rounding) => {
        fc.pre(signOfDecimal(b) !== 0);
        const quotient = divideDecimals(a, b, scale, rounding);
        expect(quotient).toMatch(CANONICAL);
        expect(quotient.split('.')[1]?.length ?? 0).toBeLessThanOrEqual(scale);
        // error = quotient − a/b, as a fraction of one unit 10^-scale: |error| ≤ 1/2 when rounding to nearest, < 1 when truncating
        const error = subtractDecimals(multiplyDecimals(quotient, b), a); // (q − a/b)·b
        const unitTimesB = absDecimal(multiplyDecimals(b, unitOf(scale)));
        const limit = rounding === 'down' ? unitTimesB : multiplyDecimals(unitTimesB, '0.5');
        const size = compareDecimals(absDecimal(error), limit);
        expect(rounding === 'down' ? size < 0 : size <= 0).toBe(true);
        if (rounding === 'down') expect(compareDecimals(absDecimal(quotient), absDecimal(divideDecimals(a, b, scale + 2, 'down')))).toBeLessThanOrEqual(0);
      }),
    );
  });

  it('sums like a fold of additions, whatever the order', () => {
    fc.assert(
      fc.property(fc.array(decimalText, { maxLength: 20 }), (values) => {
        const folded = values.reduce<string>((total, value) => addDecimals(total, value), '0');
        expect(sumDecimals(values)).toBe(folded);
        expect(sumDecimals([...values].reverse())).toBe(folded);
      }),
    );
  });

  it('rounds to the nearest value of the scale', () => {
    fc.assert(
      fc.property(decimalText, fc.integer({ min: 0, max: 45 }), (a, scale) => {
        const rounded = roundDecimal(a, scale);
        expect(rounded.split('.')[1]?.length ?? 0).toBeLessThanOrEqual(scale);
        expect(compareDecimals(absDecimal(subtractDecimals(rounded, a)), multiplyDecimals(unitOf(scale), '0.5'))).toBeLessThanOrEqual(0);
      }),
    );
  });
});
