import { describe, expect, it } from 'vitest';
import { axisNumberFormat } from '../../../src/ui/Chart/axisNumberFormat';

describe('axisNumberFormat', () => {
  it('groups four-digit ticks like five-digit ones in de-DE (never 8000 beside 10.000)', () => {
    const format = axisNumberFormat('de-DE', 12_000);
    expect([8000, 10000].map(format)).toEqual(['8.000', '10.000']);
  });
  it('goes compact from a million, one style for every tick', () => {
    const format = axisNumberFormat('en-US', 2_500_000);
    expect([500_000, 1_000_000, 2_500_000].map(format)).toEqual(['500K', '1M', '2.5M']);
  });
});
