import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRetryAfter } from '../../../src/core/client/parseRetryAfter';

const NOW = Date.UTC(2026, 10, 23, 12, 0, 0);

describe('parseRetryAfter', () => {
  it('reads delay-seconds as milliseconds', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 86_400 }), (seconds) => parseRetryAfter(String(seconds), NOW) === seconds * 1000));
  });

  it('reads an HTTP-date as the milliseconds from now until then', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 86_400 }), (seconds) => {
        const at = new Date(NOW + seconds * 1000);
        return parseRetryAfter(at.toUTCString(), NOW) === seconds * 1000;
      }),
    );
  });

  it('reads an HTTP-date in the past as 0 (retry now)', () => {
    expect(parseRetryAfter(new Date(NOW - 5_000).toUTCString(), NOW)).toBe(0);
  });

  it('accepts surrounding whitespace and fractional seconds', () => {
    expect(parseRetryAfter(' 2 ', NOW)).toBe(2_000);
    expect(parseRetryAfter('1.5', NOW)).toBe(1_500);
  });

  it.each([null, undefined, '', '   ', '-1', 'soon', '12abc', 'Not a date at all'])('gives undefined for %j', (value) => {
    expect(parseRetryAfter(value, NOW)).toBeUndefined();
  });
});
