import { describe, expect, it } from 'vitest';
import { createFormatters } from '../../../src/core/format/createFormatters';

describe('createFormatters', () => {
  const en = createFormatters({ locale: 'en-US', currency: 'USD', timeZone: 'America/New_York' });
  const de = createFormatters({ locale: 'de-DE', currency: 'EUR', timeZone: 'Europe/Berlin' });

  it('binds locale, currency and zone to every formatter', () => {
    expect(en.cents(900719925474099312n)).toBe('$9,007,199,254,740,993.12');
    expect(de.cents(123456)).toBe('1.234,56\u00a0€');
    expect(en.count(1234567n)).toBe('1,234,567');
    expect(de.count(1234567n)).toBe('1.234.567');
    expect(en.percent(0.125)).toBe('12.5%');
    expect(en.change(0.125)).toBe('+12.5%');
    expect(en.duration(850)).toBe('850 ms');
    expect(en.tokens(1_234_567)).toBe('1.2M');
    expect(en.date('2026-11-23')).toBe('Nov 23, 2026');
    expect(en.date(new Date('2026-11-23T03:00:00Z'))).toBe('Nov 22, 2026');
    expect(de.dateTime(new Date('2026-11-23T14:05:00Z'))).toBe('23.11.2026, 15:05');
    expect(en.bucket(new Date('2026-11-23T14:00:00Z'), 'hour')).toBe('Nov 23, 9:00 AM');
    expect(en.bucket('2026-11-01', 'month')).toBe('Nov 2026');
  });

  it('exposes its settings and lets per-call options override', () => {
    expect([en.locale, en.currency, en.timeZone]).toEqual(['en-US', 'USD', 'America/New_York']);
    expect(en.cents(12345, { currency: 'EUR' })).toBe('€123.45');
    expect(en.dateTime(new Date('2026-11-23T14:05:00Z'), { timeZone: 'UTC' })).toBe('Nov 23, 2026, 2:05 PM');
  });

  it('defaults the currency to USD', () => {
    expect(createFormatters({ locale: 'en-US' }).cents(100)).toBe('$1.00');
  });
});
