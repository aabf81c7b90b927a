import { describe, expect, it } from 'vitest';
import { statChange } from '../../../src/ui/Stat/statChange';

describe('statChange', () => {
  it('is exact for bigints, signed, and coloured by whether a rise is good news', () => {
    expect(statChange(2n ** 60n, 2n ** 59n, { locale: 'en-US' })).toEqual({ text: '+100%', direction: 'up', sentiment: 'positive', context: 'vs previous period' });
    expect(statChange(3n, 4n, { locale: 'en-US' })).toMatchObject({ text: '-25%', direction: 'down', sentiment: 'negative' });
    expect(statChange('12.50', '10', { locale: 'en-US', increaseIs: 'negative' })).toMatchObject({ text: '+25%', sentiment: 'negative' });
  });
  it('is flat and neutral for a change from zero or no previous value', () => {
    expect(statChange(3n, 0n, { locale: 'en-US' })).toMatchObject({ text: '—', direction: 'flat', sentiment: 'neutral' });
    expect(statChange(3n, null)).toMatchObject({ text: '—', direction: 'flat' });
  });
});
