import { describe, expect, it } from 'vitest';
import { currencyCodesOf, isCurrencyCode } from '../../../src/widgets/shared/currencyCodes';

describe('isCurrencyCode', () => {
  it.each(['USD', 'EUR', 'JPY'])('%s is a currency code', (code) => {
    expect(isCurrencyCode(code)).toBe(true);
  });

  it.each(['', 'US', 'usd', 'usd ', ' USD', '€', 'USD-17', 'USDT', 42, null, undefined])('%j is not', (value) => {
    expect(isCurrencyCode(value)).toBe(false);
  });
});

describe('currencyCodesOf', () => {
  it('lists each well-formed code once, in the order the rows first give it', () => {
    expect(currencyCodesOf([{ currency: 'EUR' }, { currency: 'USD' }, { currency: 'EUR' }, { currency: 'CHF' }])).toEqual(['EUR', 'USD', 'CHF']);
  });

  it('offers no malformed currency: 10,000 rows of codes with a suffix are no choice at all', () => {
    const rows = Array.from({ length: 10_000 }, (_, index) => ({ currency: `USD-${index}` }));
    expect(currencyCodesOf([...rows, { currency: 'EUR' }, { currency: '' }, { currency: 'usd ' }])).toEqual(['EUR']);
  });
});
