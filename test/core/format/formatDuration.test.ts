import { describe, expect, it } from 'vitest';
import { formatDuration } from '../../../src/core/format/formatDuration';

const en = { locale: 'en-US' } as const;

describe('formatDuration', () => {
  it('picks the unit that reads best', () => {
    expect(formatDuration(850, en)).toBe('850 ms');
    expect(formatDuration(1234, en)).toBe('1.2 sec');
    expect(formatDuration(180_000, en)).toBe('3 min');
    expect(formatDuration(9_000_000, en)).toBe('2.5 hr');
    expect(formatDuration(3 * 86_400_000, en)).toBe('3 days');
  });

  it('chooses the unit after rounding', () => {
    expect(formatDuration(999.7, en)).toBe('1 sec');
    expect(formatDuration(59_960, en)).toBe('1 min');
  });

  it('keeps the sign and shows — for non-finite input', () => {
    expect(formatDuration(-1500, en)).toBe('-1.5 sec');
    expect(formatDuration(Number.NaN, en)).toBe('—');
  });

  it('uses the locale and unit display', () => {
    expect(formatDuration(1234, { locale: 'en-US', unitDisplay: 'long' })).toBe('1.2 seconds');
    expect(formatDuration(850, { locale: 'de-DE' })).toBe('850 ms');
  });
});
