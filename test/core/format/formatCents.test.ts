import { describe, expect, it } from 'vitest';
import { formatCents } from '../../../src/core/format/formatCents';
import { AnalyticsError } from '../../../src/core/errors';

const usd = { currency: 'USD', locale: 'en-US' } as const;

describe('formatCents', () => {
  it('formats bigints far beyond 2^53 exactly', () => {
    expect(formatCents(900719925474099312n, usd)).toBe('$9,007,199,254,740,993.12');
    expect(formatCents(-(2n ** 127n), usd)).toBe('-$1,701,411,834,604,692,317,316,873,037,158,841,057.28');
  });

  it('treats numbers and integer strings as cents', () => {
    expect(formatCents(12345, usd)).toBe('$123.45');
    expect(formatCents('12345', usd)).toBe('$123.45');
    expect(formatCents(0, usd)).toBe('$0.00');
    expect(formatCents(-5, usd)).toBe('-$0.05');
  });

  it('rounds amounts of at least one cent to the currency digits, half away from zero', () => {
    expect(formatCents('-12.5', usd)).toBe('-$0.13');
    expect(formatCents('1234.4999', usd)).toBe('$12.34');
    expect(formatCents('1.5', usd)).toBe('$0.02');
  });

  it('shows fractional-cent amounts below one cent with two significant digits instead of $0.00', () => {
    expect(formatCents('0.04', usd)).toBe('$0.0004');
    expect(formatCents('0.0423150000', usd)).toBe('$0.00042');
    expect(formatCents('0.5', usd)).toBe('$0.005');
    expect(formatCents('-0.0000000001', usd)).toBe('-$0.000000000001');
    expect(formatCents('0.000', usd)).toBe('$0.00');
  });

  it('uses the currency usual digits: JPY none, KWD three, both still counted in hundredths', () => {
    expect(formatCents(12345, { currency: 'JPY', locale: 'en-US' })).toBe('¥123');
    expect(formatCents(12345, { currency: 'KWD', locale: 'en-US' })).toBe('KWD\u00a0123.450');
    expect(formatCents(50, { currency: 'JPY', locale: 'en-US' })).toBe('¥0.5');
  });

  it('follows the locale: de-DE / EUR puts the symbol after and swaps separators', () => {
    expect(formatCents(123456, { currency: 'EUR', locale: 'de-DE' })).toBe('1.234,56\u00a0€');
    expect(formatCents(123456789012345678n, { currency: 'EUR', locale: 'de-DE' })).toBe('1.234.567.890.123.456,78\u00a0€');
  });

  it('honours explicit fraction digits, compact notation and sign display', () => {
    expect(formatCents('0.0423150000', { ...usd, maximumFractionDigits: 2 })).toBe('$0.00');
    expect(formatCents(12345, { ...usd, minimumFractionDigits: 0, maximumFractionDigits: 0 })).toBe('$123');
    expect(formatCents(123456789, { ...usd, notation: 'compact' })).toBe('$1.2M');
    expect(formatCents(500, { ...usd, signDisplay: 'always' })).toBe('+$5.00');
  });

  it('converts numbers without float noise', () => {
    expect(formatCents(0.1 + 0.2, usd)).toBe('$0.003');
    expect(formatCents(1e21, usd)).toBe('$10,000,000,000,000,000,000.00');
  });

  it('never throws: exponent text is read exactly, NaN and junk show "—"', () => {
    expect(formatCents('1e3', usd)).toBe('$10.00');
    expect(formatCents(' 1', usd)).toBe('$0.01');
    for (const bad of ['NaN', '', '-', '12abc', '1.2.3', Number.NaN, Infinity] as const) {
      expect(formatCents(bad, usd), String(bad)).toBe('—');
    }
  });
});
