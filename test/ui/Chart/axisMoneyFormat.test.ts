import { describe, expect, it } from 'vitest';
import { axisMoneyFormat } from '../../../src/ui/Chart/axisMoneyFormat';

describe('axisMoneyFormat', () => {
  it('labels cents in major units with the currency, compact from ten thousand up', () => {
    const large = axisMoneyFormat('en-US', 'USD', 7_000_000);
    expect(large(7_000_000)).toBe('$70K');
    expect(large(0)).toBe('$0');
    const small = axisMoneyFormat('en-US', 'EUR', 250_000);
    expect(small(250_000)).toBe('€2,500');
    expect(axisMoneyFormat('en-US', 'USD', 500)(250)).toBe('$2.50');
  });

  it('groups every tick alike in one locale (de-DE never shows 8000 € beside 10.000 €)', () => {
    const format = axisMoneyFormat('de-DE', 'EUR', 1_000_000);
    expect(format(800_000)).toMatch(/^8\.000(,00)?\s€$/);
    expect(format(1_000_000)).toMatch(/^10\.000(,00)?\s€$/);
  });

  it('never throws: a currency Intl refuses gives the plain number, a non-finite tick nothing', () => {
    const format = axisMoneyFormat('en-US', 'US', 7_000_000);
    expect(format(7_000_000)).toBe('70,000');
    expect(format(Number.NaN)).toBe('');
  });
});
