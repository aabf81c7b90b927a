import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AnalyticsError } from '../../../src/core/errors';
import {
  parseBoolean,
  parseEnum,
  parseId,
  parseInstant,
  parseInteger,
  parseIsoDate,
  parseOptionalCurrency,
  parseOptionalId,
  parseOptionalText,
  parseTimeWindow,
  parseTimeZone,
  readParamsObject,
  todayInTimeZone,
} from '../../../src/core/queries/params';

/** Asserts `run` throws an INVALID_PARAMS AnalyticsError whose message matches `message`. */
function expectInvalid(run: () => unknown, message: RegExp): void {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(AnalyticsError);
  const error = caught as AnalyticsError;
  expect(error.code).toBe('INVALID_PARAMS');
  expect(error.status).toBe(400);
  expect(error.message).toMatch(message);
}

describe('parseInstant', () => {
  it('reads a UTC date-time into that instant', () => {
    expect(parseInstant('2026-10-01T00:00:00Z', 'from').toISOString()).toBe('2026-10-01T00:00:00.000Z');
  });

  it('normalizes an offset to the UTC instant', () => {
    expect(parseInstant('2026-10-01T02:30:00+02:30', 'from').toISOString()).toBe('2026-10-01T00:00:00.000Z');
    expect(parseInstant('2026-09-30T19:00:00-0500', 'from').toISOString()).toBe('2026-10-01T00:00:00.000Z');
  });

  it('keeps milliseconds and accepts a time without seconds', () => {
    expect(parseInstant('2026-10-01T00:00:00.1234Z', 'from').toISOString()).toBe('2026-10-01T00:00:00.123Z');
    expect(parseInstant('2026-10-01T12:34Z', 'from').toISOString()).toBe('2026-10-01T12:34:00.000Z');
  });

  it('accepts a valid Date', () => {
    const date = new Date('2026-10-01T00:00:00Z');
    expect(parseInstant(date, 'from').getTime()).toBe(date.getTime());
  });

  it.each([
    ['a date without a time', '2026-10-01'],
    ['a time without a zone', '2026-10-01T00:00:00'],
    ['garbage', 'yesterday'],
    ['the 31st of September', '2026-09-31T00:00:00Z'],
    ['hour 24', '2026-10-01T24:00:00Z'],
    ['an injection attempt', "2026-10-01T00:00:00Z') OR 1=1 --"],
    ['a number', 1_700_000_000_000],
    ['an invalid Date', new Date('nope')],
    ['a year outside the supported range', '1900-01-01T00:00:00Z'],
  ])('refuses %s, naming the param', (_label, value) => {
    expectInvalid(() => parseInstant(value, 'from'), /Param from must be .*ISO 8601 date-time|Param from must be a valid date-time/);
  });

  it('agrees with Date.parse on every valid ISO instant it is given', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1971-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true }),
        fc.integer({ min: -14 * 60, max: 14 * 60 }),
        (date, offsetMinutes) => {
          const local = new Date(date.getTime() + offsetMinutes * 60_000).toISOString().slice(0, 23);
          const sign = offsetMinutes < 0 ? '-' : '+';
          const abs = Math.abs(offsetMinutes);
          const zone = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
          expect(parseInstant(`${local}${zone}`, 'from').getTime()).toBe(date.getTime());
        },
      ),
    );
  });
});

describe('parseIsoDate', () => {
  it('accepts a real calendar date', () => {
    expect(parseIsoDate('2024-02-29', 'asOf')).toBe('2024-02-29');
  });
  it.each(['2025-02-29', '2026-13-01', '2026-1-1', '2026-10-01T00:00:00Z', "2026-10-01'", ''])('refuses %j', (value) => {
    expectInvalid(() => parseIsoDate(value, 'asOf'), /Param asOf must be an ISO date YYYY-MM-DD/);
  });
});

describe('parseTimeWindow', () => {
  it('returns both instants when from is before to', () => {
    const { from, to } = parseTimeWindow('2026-10-01T00:00:00Z', '2026-11-01T00:00:00Z', { maxDays: 732 });
    expect(from.toISOString()).toBe('2026-10-01T00:00:00.000Z');
    expect(to.toISOString()).toBe('2026-11-01T00:00:00.000Z');
  });
  it('refuses from equal to or after to', () => {
    expectInvalid(() => parseTimeWindow('2026-10-01T00:00:00Z', '2026-10-01T00:00:00Z', { maxDays: 10 }), /from .* must be before to/);
    expectInvalid(() => parseTimeWindow('2026-10-02T00:00:00Z', '2026-10-01T00:00:00Z', { maxDays: 10 }), /must be before to/);
  });
  it('refuses a window longer than the cap, saying why', () => {
    expectInvalid(
      () => parseTimeWindow('2026-01-01T00:00:00Z', '2026-03-01T00:00:00Z', { maxDays: 31, reason: 'at hour granularity' }),
      /longer than 31 days at hour granularity/,
    );
  });
  it('requires both ends', () => {
    expectInvalid(() => parseTimeWindow(undefined, '2026-10-01T00:00:00Z', { maxDays: 31 }), /Param from is required/);
    expectInvalid(() => parseTimeWindow('2026-10-01T00:00:00Z', undefined, { maxDays: 31 }), /Param to is required/);
  });
});

describe('parseTimeZone', () => {
  it('defaults to UTC and accepts IANA names', () => {
    expect(parseTimeZone(undefined, 'timeZone')).toBe('UTC');
    expect(parseTimeZone('America/New_York', 'timeZone')).toBe('America/New_York');
    expect(parseTimeZone('europe/berlin', 'timeZone')).toBe('Europe/Berlin');
  });
  it.each(['Mars/Olympus', '+05:30', "UTC'", 'Europe/Berlin; DROP', '', 42])('refuses %j', (value) => {
    expectInvalid(() => parseTimeZone(value, 'timeZone'), /Param timeZone must be an IANA time zone/);
  });
});

describe('todayInTimeZone', () => {
  it('gives the calendar date at that instant in that zone', () => {
    const now = new Date('2026-11-23T20:00:00Z');
    expect(todayInTimeZone('UTC', now)).toBe('2026-11-23');
    expect(todayInTimeZone('Asia/Tokyo', now)).toBe('2026-11-24');
    expect(todayInTimeZone('Pacific/Honolulu', now)).toBe('2026-11-23');
  });
});

describe('parseEnum', () => {
  it('accepts a member and falls back when undefined', () => {
    expect(parseEnum('week', 'granularity', ['day', 'week'] as const, 'day')).toBe('week');
    expect(parseEnum(undefined, 'granularity', ['day', 'week'] as const, 'day')).toBe('day');
  });
  it('refuses anything else, listing the members', () => {
    expectInvalid(() => parseEnum('DAY', 'granularity', ['day', 'week'] as const), /Param granularity must be one of day, week, got "DAY"/);
    expectInvalid(() => parseEnum(undefined, 'granularity', ['day', 'week'] as const), /Param granularity is required/);
  });
});

describe('parseId', () => {
  it('accepts ids of the allowed characters', () => {
    expect(parseId('cus_01H:abc.def-9', 'customerId')).toBe('cus_01H:abc.def-9');
    expect(parseOptionalId(undefined, 'customerId')).toBeUndefined();
    expect(parseOptionalId('', 'customerId')).toBeUndefined();
  });
  it.each(["cus_1' OR '1'='1", 'a b', 'x'.repeat(129), '', 'é', 7, null])('refuses %j', (value) => {
    expectInvalid(() => parseId(value, 'customerId'), /Param customerId must be an id of 1–128 characters/);
  });
});

describe('parseOptionalText', () => {
  it('keeps hostile but well-formed text as is (it reaches SQL only through sqlString)', () => {
    expect(parseOptionalText("x') OR 1=1 --\\", 'signalName')).toBe("x') OR 1=1 --\\");
  });
  it('refuses non-text, overlong text and lone surrogates', () => {
    expectInvalid(() => parseOptionalText(5, 'signalName'), /Param signalName must be text/);
    expectInvalid(() => parseOptionalText('x'.repeat(257), 'signalName'), /Param signalName must be text/);
    expectInvalid(() => parseOptionalText('\uD800', 'signalName'), /Param signalName must be text/);
  });
});

describe('parseOptionalCurrency', () => {
  it('accepts an ISO 4217 code and refuses anything else', () => {
    expect(parseOptionalCurrency('EUR', 'currency')).toBe('EUR');
    expectInvalid(() => parseOptionalCurrency('eur', 'currency'), /Param currency must be an ISO 4217 currency code/);
  });
});

describe('parseInteger', () => {
  const range = { min: 1, max: 20, fallback: 5 };
  it('accepts integers in range, numeric strings, and falls back when undefined', () => {
    expect(parseInteger(20, 'topN', range)).toBe(20);
    expect(parseInteger('3', 'topN', range)).toBe(3);
    expect(parseInteger(undefined, 'topN', range)).toBe(5);
  });
  it.each([0, 21, 2.5, Number.NaN, '1e3', '5; DROP', true])('refuses %j', (value) => {
    expectInvalid(() => parseInteger(value, 'topN', range), /Param topN must be an integer from 1 to 20/);
  });
});

describe('parseBoolean', () => {
  it('accepts booleans and their URL spellings', () => {
    expect(parseBoolean(true, 'includeCostPerSignal', false)).toBe(true);
    expect(parseBoolean('false', 'includeCostPerSignal', true)).toBe(false);
    expect(parseBoolean(undefined, 'includeCostPerSignal', false)).toBe(false);
  });
  it('refuses anything else', () => {
    expectInvalid(() => parseBoolean('yes', 'includeCostPerSignal', false), /Param includeCostPerSignal must be true or false/);
  });
});

describe('readParamsObject', () => {
  it('treats undefined and null as no params', () => {
    expect(readParamsObject(undefined, 'q', ['a'])).toEqual({ a: undefined });
    expect(readParamsObject(null, 'q', ['a'])).toEqual({ a: undefined });
  });
  it('refuses unknown keys so a misspelt filter never widens the result', () => {
    expectInvalid(() => readParamsObject({ customerID: 'x' }, 'usage-trends', ['customerId']), /Unknown param "customerID" for usage-trends/);
  });
  it('ignores keys set to undefined and inherited keys', () => {
    const input = Object.create({ a: 'inherited' }) as Record<string, unknown>;
    input.b = undefined;
    expect(readParamsObject(input, 'q', ['a'])).toEqual({ a: undefined });
  });
  it('refuses a non-object', () => {
    expectInvalid(() => readParamsObject('from=x', 'q', ['from']), /Params of q must be an object/);
    expectInvalid(() => readParamsObject([], 'q', ['from']), /Params of q must be an object/);
  });
});
