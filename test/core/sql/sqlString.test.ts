import { Session } from 'chdb';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnalyticsError } from '../../../src/core/errors';
import { isWellFormedText, sqlString, sqlStringList } from '../../../src/core/sql/sqlString';

let session: Session;

beforeAll(() => {
  session = new Session();
});
afterAll(() => {
  session.cleanup();
});

/** What the engine reads back from a literal: the value as JSON and its bytes in hex. */
function roundTrip(literal: string): { value: string; hex: string } {
  const out = session.query(`SELECT ${literal} AS v, hex(v) AS h FORMAT JSONCompact`, 'JSONCompact');
  const body = JSON.parse(out) as { data: [[string, string]] };
  const [[value, hex]] = body.data;
  return { value, hex };
}

function utf8Hex(text: string): string {
  return Array.from(new TextEncoder().encode(text), (byte) => byte.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase();
}

/** Strings rich in what breaks escapers: quotes, backslashes (trailing too), controls, NUL, astral. */
const hostileCharacter = fc.constantFrom(
  "'", '"', '\\', '`', '\n', '\r', '\t', '\0', '\x07', '\x1b', '\x7f', '?', ';', '-', '/', '*', '{', '}',
  'é', '€', '\u2028', '\u00a0', '😀', '𝄞', '\uFEFF', ' ', 'a', 'Z', '0',
);
const hostileString = fc.oneof(
  fc.array(hostileCharacter, { maxLength: 40 }).map((parts) => parts.join('')),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }).filter(isWellFormedText),
  fc.string({ maxLength: 40 }).map((s) => `${s}\\`),
);

describe('sqlString', () => {
  it('renders a ClickHouse literal that the engine reads back as exactly the same string', () => {
    fc.assert(
      fc.property(hostileString, (value) => {
        const { value: read, hex } = roundTrip(sqlString(value));
        expect(read).toBe(value);
        expect(hex).toBe(utf8Hex(value));
      }),
      { numRuns: 400 },
    );
  });

  it.each([
    ['a quote', "it's"],
    ['a trailing backslash', 'C:\\dir\\'],
    ['an escaped-looking quote', "\\'"],
    ['NUL and newlines', 'a\0b\nc\r\n'],
    ['an injection attempt', "x') OR 1=1 --"],
    ['astral characters', '😀𝄞'],
    ['the empty string', ''],
  ])('round-trips %s', (_label, value) => {
    expect(roundTrip(sqlString(value)).value).toBe(value);
  });

  it('keeps an injection attempt inside one literal (one row, one column)', () => {
    const out = session.query(`SELECT ${sqlString("'; SELECT 2; --")} AS v FORMAT JSONCompact`, 'JSONCompact');
    const body = JSON.parse(out) as { data: unknown[][]; meta: unknown[] };
    expect(body.meta).toHaveLength(1);
    expect(body.data).toEqual([["'; SELECT 2; --"]]);
  });

  it('writes control characters as \\xHH so the SQL text holds no raw NUL or newline', () => {
    const literal = sqlString('a\0b\nc');
    expect(literal).toBe("'a\\x00b\\x0Ac'");
  });

  it('refuses a lone surrogate with INVALID_PARAMS', () => {
    expect(() => sqlString('a\uD800b')).toThrow(AnalyticsError);
    expect(() => sqlString('\uDC00')).toThrowError(expect.objectContaining({ code: 'INVALID_PARAMS' }));
  });

  it('refuses a non-string with INVALID_PARAMS, not a TypeError', () => {
    expect(() => sqlString(42 as unknown as string)).toThrowError(
      expect.objectContaining({ code: 'INVALID_PARAMS' }),
    );
  });
});

describe('sqlStringList', () => {
  it('renders literals the engine reads back as the same array', () => {
    fc.assert(
      fc.property(fc.array(hostileString, { minLength: 1, maxLength: 5 }), (values) => {
        const out = session.query(`SELECT [${sqlStringList(values)}] AS v FORMAT JSONCompact`, 'JSONCompact');
        const body = JSON.parse(out) as { data: [[string[]]] };
        expect(body.data[0][0]).toEqual(values);
      }),
      { numRuns: 100 },
    );
  });
});
