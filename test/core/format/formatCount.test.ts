import { describe, expect, it } from 'vitest';
import { formatCount } from '../../../src/core/format/formatCount';
import { formatTokens } from '../../../src/core/format/formatTokens';
import { AnalyticsError } from '../../../src/core/errors';

describe('formatCount', () => {
  it('formats bigints exactly with grouping', () => {
    expect(formatCount(2n ** 64n, { locale: 'en-US' })).toBe('18,446,744,073,709,551,616');
    expect(formatCount('18446744073709551615', { locale: 'de-DE' })).toBe('18.446.744.073.709.551.615');
    expect(formatCount(-42, { locale: 'en-US' })).toBe('-42');
  });

  it('supports compact notation', () => {
    expect(formatCount(1_234_567n, { locale: 'en-US', notation: 'compact' })).toBe('1.2M');
    expect(formatCount(999, { locale: 'en-US', notation: 'compact' })).toBe('999');
  });

  it('never throws: exponent text is read exactly, what is not a number shows "—"', () => {
    expect(formatCount('1e9', { locale: 'en-US' })).toBe('1,000,000,000');
    expect(formatCount(Number.POSITIVE_INFINITY)).toBe('—');
    expect(formatCount('nan')).toBe('—');
  });
});

describe('formatTokens', () => {
  it('is compact by default and prints the number only', () => {
    expect(formatTokens(1_234_567n, { locale: 'en-US' })).toBe('1.2M');
    expect(formatTokens('532', { locale: 'en-US' })).toBe('532');
    expect(formatTokens(850_000, { locale: 'en-US' })).toBe('850K');
  });

  it('gives the exact count with standard notation', () => {
    expect(formatTokens(1_234_567n, { locale: 'en-US', notation: 'standard' })).toBe('1,234,567');
  });
});
