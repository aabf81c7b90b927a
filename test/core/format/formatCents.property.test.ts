import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatCents } from '../../../src/core/format/formatCents';
import { formatCount } from '../../../src/core/format/formatCount';
import { shiftDecimalPoint, toDecimalText } from '../../../src/core/format/decimalString';

/** en-US digit grouping of a non-negative integer string, by hand: the reference Intl is checked against. */
function groupThousands(digits: string): string {
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ',';
    out += digits[i];
  }
  return out;
}

/** The en-US USD text of `cents` (an integer), computed with bigint arithmetic only. */
function referenceUsd(cents: bigint): string {
  const negative = cents < 0n;
  const magnitude = negative ? -cents : cents;
  const dollars = magnitude / 100n;
  const remainder = magnitude % 100n;
  return `${negative ? '-' : ''}$${groupThousands(dollars.toString())}.${remainder.toString().padStart(2, '0')}`;
}

/** en-US USD text of a decimal amount of cents with up to 10 fraction digits, rounded half away from zero. */
function referenceUsdOfDecimal(wholeCents: bigint, fraction10: bigint): string {
  // value = wholeCents + fraction10 / 10^10 cents (same sign as wholeCents, or positive if wholeCents is 0)
  const negative = wholeCents < 0n;
  const scaled = (negative ? -wholeCents : wholeCents) * 10n ** 10n + fraction10; // in 10^-10 cents
  const rounded = (scaled + 5n * 10n ** 9n) / 10n ** 10n; // whole cents, half up on the magnitude
  return referenceUsd(negative ? -rounded : rounded);
}

const bigints127 = fc.bigInt({ min: -(2n ** 127n), max: 2n ** 127n });

describe('formatCents against a bigint reference', () => {
  it('formats any integer cents up to 2^127 exactly (bigint input)', () => {
    fc.assert(fc.property(bigints127, (cents) => {
      expect(formatCents(cents, { currency: 'USD', locale: 'en-US' })).toBe(referenceUsd(cents));
    }), { numRuns: 2000 });
  });

  it('formats the same value given as a decimal string', () => {
    fc.assert(fc.property(bigints127, (cents) => {
      expect(formatCents(cents.toString(), { currency: 'USD', locale: 'en-US' })).toBe(referenceUsd(cents));
    }), { numRuns: 1000 });
  });

  it('rounds fractional cents of at least one cent exactly, half away from zero', () => {
    const amount = fc.tuple(fc.bigInt({ min: -(2n ** 100n), max: 2n ** 100n }).filter((w) => w !== 0n), fc.bigInt({ min: 0n, max: 10n ** 10n - 1n }));
    fc.assert(fc.property(amount, ([whole, fraction]) => {
      const text = `${whole < 0n ? '-' : ''}${(whole < 0n ? -whole : whole).toString()}.${fraction.toString().padStart(10, '0')}`;
      expect(formatCents(text, { currency: 'USD', locale: 'en-US' })).toBe(referenceUsdOfDecimal(whole, fraction));
    }), { numRuns: 2000 });
  });

  it('never shows a non-zero amount below one cent as $0.00', () => {
    fc.assert(fc.property(fc.bigInt({ min: 1n, max: 10n ** 10n - 1n }), fc.boolean(), (fraction, negative) => {
      const text = `${negative ? '-' : ''}0.${fraction.toString().padStart(10, '0')}`;
      const formatted = formatCents(text, { currency: 'USD', locale: 'en-US' });
      expect(formatted).toMatch(negative ? /^-\$0\.\d+$/ : /^\$0\.\d+$/);
      expect(formatted).toMatch(/[1-9]/);
    }), { numRuns: 2000 });
  });
});

describe('formatCount against a bigint reference', () => {
  it('groups any integer up to 2^127 exactly', () => {
    fc.assert(fc.property(bigints127, (value) => {
      const expected = `${value < 0n ? '-' : ''}${groupThousands((value < 0n ? -value : value).toString())}`;
      expect(formatCount(value, { locale: 'en-US' })).toBe(expected);
      expect(formatCount(value.toString(), { locale: 'en-US' })).toBe(expected);
    }), { numRuns: 2000 });
  });
});

describe('decimal text', () => {
  it('round-trips bigints and shifts the point exactly', () => {
    fc.assert(fc.property(bigints127, fc.integer({ min: 0, max: 40 }), (value, places) => {
      expect(toDecimalText(value)).toBe(value.toString());
      expect(shiftDecimalPoint(shiftDecimalPoint(value.toString(), -places), places)).toBe(value.toString());
    }));
  });

  it('canonicalizes numbers without float noise', () => {
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
      const text = toDecimalText(value);
      expect(text).toMatch(/^-?\d+(\.\d*[1-9])?$/);
      expect(Number(text)).toBe(value === 0 ? 0 : value);
    }));
  });
});
