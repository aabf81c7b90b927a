import { describe, expect, it } from 'vitest';
import { changeRatio, formatChange } from '../../../src/core/format/formatChange';
import { formatPercent } from '../../../src/core/format/formatPercent';

describe('formatPercent', () => {
  it('formats ratios with at most one decimal by default', () => {
    expect(formatPercent(0.125, { locale: 'en-US' })).toBe('12.5%');
    expect(formatPercent(1, { locale: 'en-US' })).toBe('100%');
    expect(formatPercent(0.12345, { locale: 'en-US', maximumFractionDigits: 2 })).toBe('12.35%');
    expect(formatPercent(0.5, { locale: 'de-DE' })).toBe('50\u00a0%');
  });

  it('shows — for NaN and infinities', () => {
    expect(formatPercent(Number.NaN)).toBe('—');
    expect(formatPercent(Infinity)).toBe('—');
  });
});

describe('formatChange', () => {
  it('signs positive and negative changes, and not zero', () => {
    expect(formatChange(0.125, { locale: 'en-US' })).toBe('+12.5%');
    expect(formatChange(-0.03, { locale: 'en-US' })).toBe('-3%');
    expect(formatChange(0, { locale: 'en-US' })).toBe('0%');
  });

  it('shows — for a change with no ratio (from zero, null, infinite)', () => {
    expect(formatChange(null)).toBe('—');
    expect(formatChange(undefined)).toBe('—');
    expect(formatChange(Infinity)).toBe('—');
    expect(formatChange(changeRatio(5, 0))).toBe('—');
  });
});

describe('changeRatio', () => {
  it('is the relative change, null from zero', () => {
    expect(changeRatio(100, 80)).toBe(0.25);
    expect(changeRatio(60, 80)).toBe(-0.25);
    expect(changeRatio(1, 0)).toBeNull();
  });

  it('works on bigints beyond 2^53', () => {
    expect(changeRatio(2n ** 80n, 2n ** 79n)).toBe(1);
    expect(changeRatio(3n * 10n ** 20n, 4n * 10n ** 20n)).toBe(-0.25);
    expect(changeRatio(5n, 0n)).toBeNull();
  });
});
