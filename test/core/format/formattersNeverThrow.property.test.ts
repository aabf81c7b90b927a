import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFormatters } from '../../../src/core/format/createFormatters';
import { formatCents } from '../../../src/core/format/formatCents';
import { formatChange } from '../../../src/core/format/formatChange';
import { formatCount } from '../../../src/core/format/formatCount';
import { formatBucket, formatDate, formatDateTime } from '../../../src/core/format/formatDateTime';
import { formatDuration } from '../../../src/core/format/formatDuration';
import { formatPercent } from '../../../src/core/format/formatPercent';
import { formatTokens } from '../../../src/core/format/formatTokens';

/** What a row or a host may hand a formatter: any value at all, and the odd text data holds. */
const anyValue = fc.oneof(
  fc.anything(),
  fc.bigInt(),
  fc.double(),
  fc.constantFrom('', ' ', 'nan', 'NaN', 'inf', '-inf', '1e3', '1E-7', '+5', '1,000', '0x1F', '.', '-', '١٢٣', '2026-02-30', 'yesterday'),
  fc.string(),
  fc.date({ noInvalidDate: false }),
);
/** Currency codes from data: valid, invalid and hostile. */
const anyCurrency = fc.oneof(fc.constantFrom('USD', 'JPY', 'KWD', 'xyz', '', 'US', 'USDD', '$', '<b>', ' eur '), fc.string(), fc.anything());
/** Locales, zones and options a host may get wrong. */
const anyLocale = fc.oneof(fc.constantFrom(undefined, 'en-US', 'de-DE', 'ar-EG', '', 'xx-invalid!!', 'en_US', '123'), fc.string());
const anyZone = fc.oneof(fc.constantFrom(undefined, 'UTC', 'America/New_York', '', 'Mars/Olympus', 'utc+1'), fc.string());
const anyOptions = fc.record(
  {
    locale: anyLocale,
    timeZone: anyZone,
    currency: anyCurrency,
    notation: fc.oneof(fc.constantFrom('standard', 'compact'), fc.string()),
    maximumFractionDigits: fc.oneof(fc.integer({ min: -5, max: 150 }), fc.double()),
    minimumFractionDigits: fc.oneof(fc.integer({ min: -5, max: 150 }), fc.double()),
    signDisplay: fc.oneof(fc.constantFrom('auto', 'always', 'exceptZero'), fc.string()),
    currencyDisplay: fc.oneof(fc.constantFrom('symbol', 'code', 'name'), fc.string()),
    unitDisplay: fc.oneof(fc.constantFrom('short', 'long', 'narrow'), fc.string()),
    dateStyle: fc.oneof(fc.constantFrom('full', 'long', 'medium', 'short'), fc.string()),
    timeStyle: fc.oneof(fc.constantFrom('full', 'long', 'medium', 'short'), fc.string()),
  },
  { requiredKeys: [] },
);

/** Calls a formatter loosely typed, as data and JavaScript hosts will. */
const loose = <T extends (...args: never[]) => string>(format: T) => format as unknown as (...args: unknown[]) => string;

describe('formatters never throw', () => {
  const formatters = [
    ['formatCents', loose(formatCents)],
    ['formatCount', loose(formatCount)],
    ['formatTokens', loose(formatTokens)],
    ['formatPercent', loose(formatPercent)],
    ['formatChange', loose(formatChange)],
    ['formatDuration', loose(formatDuration)],
    ['formatDate', loose(formatDate)],
    ['formatDateTime', loose(formatDateTime)],
  ] as const;

  for (const [name, format] of formatters) {
    it(`${name} gives text for any value and any options`, () => {
      fc.assert(
        fc.property(anyValue, fc.oneof(anyOptions, fc.constantFrom(undefined, null)), (value, options) => {
          expect(typeof format(value, options)).toBe('string');
        }),
        { numRuns: 300 },
      );
    });
  }

  it('formatBucket gives text for any value, granularity and options', () => {
    fc.assert(
      fc.property(anyValue, fc.oneof(fc.constantFrom('hour', 'day', 'week', 'month', '__proto__', 'toString'), fc.string()), anyOptions, (value, granularity, options) => {
        expect(typeof loose(formatBucket)(value, granularity, options)).toBe('string');
      }),
      { numRuns: 300 },
    );
  });

  it('createFormatters binds any locale, currency and zone, and every bound formatter gives text', () => {
    fc.assert(
      fc.property(anyLocale, anyCurrency, anyZone, anyValue, (locale, currency, timeZone, value) => {
        const bound = createFormatters({ locale, currency, timeZone } as Parameters<typeof createFormatters>[0]);
        for (const format of [bound.cents, bound.count, bound.tokens, bound.percent, bound.change, bound.duration, bound.date, bound.dateTime]) {
          expect(typeof loose(format)(value)).toBe('string');
        }
        expect(typeof loose(bound.bucket)(value, 'day')).toBe('string');
      }),
      { numRuns: 300 },
    );
  });
});

describe('formatCents with a currency Intl rejects', () => {
  it.each([
    ['', 12345n, '123.45'],
    ['US', 12345n, '123.45 US'],
    [' US ', '1234567890123456789012.5', '12,345,678,901,234,567,890.125 US'],
    ['$$', -5, '-0.05 $$'],
    ['<b>x</b>', 100, '1.00 <b>x</b>'],
  ])('%j shows the exact amount followed by the code as text', (currency, cents, expected) => {
    expect(formatCents(cents, { currency, locale: 'en-US' })).toBe(expected);
  });

  it('keeps every digit, whatever the amount (property)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), (cents) => {
        const text = formatCents(cents, { currency: 'US', locale: 'en-US' });
        const magnitude = cents < 0n ? -cents : cents;
        const exact = `${cents < 0n ? '-' : ''}${magnitude / 100n}.${String(magnitude % 100n).padStart(2, '0')}`;
        expect(text).toBe(`${exact.replace(/\B(?=(\d{3})+(?!\d))/g, ',').replace(/(\.\d*?),/g, '$1')} US`);
        expect(text.slice(0, -3).replaceAll(',', '')).toBe(exact);
      }),
    );
  });
});

describe('values from text columns', () => {
  it('reads exponent text exactly and shows what is not a number as "—"', () => {
    expect(formatCount('1e9', { locale: 'en-US' })).toBe('1,000,000,000');
    expect(formatCents('1e3', { currency: 'USD', locale: 'en-US' })).toBe('$10.00');
    expect(formatCents(' 250 ', { currency: 'USD', locale: 'en-US' })).toBe('$2.50');
    for (const bad of ['', 'nan', 'abc', '1,000', Number.NaN, Number.POSITIVE_INFINITY, null, undefined, {}]) {
      expect(loose(formatCount)(bad)).toBe('—');
      expect(loose(formatCents)(bad, { currency: 'USD' })).toBe('—');
    }
    expect(formatDate('2026-02-30')).toBe('—');
    expect(loose(formatDate)(12345)).toBe('—');
  });

  it('falls back from a locale or zone Intl rejects instead of throwing', () => {
    expect(formatCount(1234, { locale: 'xx-invalid!!' })).toMatch(/1.?234/);
    expect(formatDateTime(new Date('2026-11-23T14:05:00Z'), { timeZone: 'Mars/Olympus', locale: 'en-US' })).toMatch(/2026/);
  });
});
