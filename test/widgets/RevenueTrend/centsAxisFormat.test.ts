import { describe, expect, it } from 'vitest';
import { centsAxisFormat } from '../../../src/widgets/RevenueTrend/centsAxisFormat';

describe('centsAxisFormat', () => {
  it('labels cents in major units with the currency, compact from ten thousand up', () => {
    const large = centsAxisFormat('en-US', 'USD', 7_000_000);
    expect(large(7_000_000)).toBe('$70K');
    expect(large(0)).toBe('$0');
    const small = centsAxisFormat('en-US', 'EUR', 250_000);
    expect(small(250_000)).toBe('€2,500');
    expect(centsAxisFormat('en-US', 'USD', 500)(250)).toBe('$2.50');
  });

  it('never throws: a currency Intl refuses gives the plain number, a non-finite tick nothing', () => {
    const format = centsAxisFormat('en-US', 'US', 7_000_000);
    expect(format(7_000_000)).toBe('70,000');
    expect(format(Number.NaN)).toBe('');
  });
});
