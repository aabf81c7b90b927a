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

describe('axisMoneyFormat', () => {
  it('groups every tick alike in de-DE and never throws for a currency Intl refuses', async () => {
    const { axisMoneyFormat } = await import('../../../src/ui/Chart/axisMoneyFormat');
    const euro = axisMoneyFormat('de-DE', 'EUR', 900_000);
    expect([800_000, 500_000].map((cents) => euro(cents).replace(/\s/g, ' '))).toEqual(['8.000 €', '5.000 €']);
    expect(axisMoneyFormat('en-US', 'US', 900_000)(800_000)).toBe('8,000');
  });
});
