import { describe, expect, it } from 'vitest';
import { leadingFractionZeros, shiftDecimalPoint, toDecimalText } from '../../../src/core/format/decimalString';
import { AnalyticsError } from '../../../src/core/errors';

describe('toDecimalText', () => {
  it('canonicalizes decimal strings', () => {
    expect(toDecimalText('0.0423150000')).toBe('0.042315');
    expect(toDecimalText('+007.50')).toBe('7.5');
    expect(toDecimalText('-0.000')).toBe('0');
    expect(toDecimalText('.5')).toBe('0.5');
    expect(toDecimalText('5.')).toBe('5');
  });

  it('writes numbers without exponents', () => {
    expect(toDecimalText(1e-7)).toBe('0.0000001');
    expect(toDecimalText(1.5e21)).toBe('1500000000000000000000');
    expect(toDecimalText(-0)).toBe('0');
  });

  it('rejects exponents, empty strings and junk', () => {
    for (const bad of ['1e3', '', '.', '-', '1,000', 'abc', '0x10']) expect(() => toDecimalText(bad)).toThrow(AnalyticsError);
  });
});

describe('shiftDecimalPoint', () => {
  it('moves the point both ways and stays canonical', () => {
    expect(shiftDecimalPoint('1234.5', -2)).toBe('12.345');
    expect(shiftDecimalPoint('5', -2)).toBe('0.05');
    expect(shiftDecimalPoint('-0.05', 2)).toBe('-5');
    expect(shiftDecimalPoint('100', -2)).toBe('1');
  });
});

describe('leadingFractionZeros', () => {
  it('counts zeros before the first significant fraction digit of amounts below one', () => {
    expect(leadingFractionZeros('0.00042')).toBe(3);
    expect(leadingFractionZeros('-0.5')).toBe(0);
    expect(leadingFractionZeros('1.001')).toBeUndefined();
    expect(leadingFractionZeros('0')).toBeUndefined();
  });
});
