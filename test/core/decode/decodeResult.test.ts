import { describe, expect, it } from 'vitest';
import { decodeResult } from '../../../src/core/decode/decodeResult';
import { AnalyticsError } from '../../../src/core/errors';

/** A body with one column of `type` and the given cells, one per row. */
function body(type: string, ...cells: unknown[]) {
  return { columns: [{ name: 'v', type }], rows: cells.map((cell) => [cell]), meta: { rowCount: cells.length, elapsedMs: 1, truncated: false } };
}

function decodeColumn(type: string, ...cells: unknown[]): unknown[] {
  return decodeResult<{ v: unknown }>(body(type, ...cells)).rows.map((row) => row.v);
}

function decodeError(input: unknown): AnalyticsError {
  try {
    decodeResult(input);
  } catch (error) {
    expect(error).toBeInstanceOf(AnalyticsError);
    return error as AnalyticsError;
  }
  throw new Error('expected decodeResult to throw');
}

describe('decodeResult', () => {
  it('keeps columns and meta, and keys rows by column name', () => {
    const result = decodeResult({
      columns: [
        { name: 'model', type: 'String' },
        { name: 'calls', type: 'UInt64' },
      ],
      rows: [
        ['gpt', '3'],
        ['claude', '4'],
      ],
      meta: { rowCount: 2, elapsedMs: 12.5, truncated: true },
    });
    expect(result.columns).toEqual([
      { name: 'model', type: 'String' },
      { name: 'calls', type: 'UInt64' },
    ]);
    expect(result.rows).toEqual([
      { model: 'gpt', calls: 3n },
      { model: 'claude', calls: 4n },
    ]);
    expect(result.meta).toEqual({ rowCount: 2, elapsedMs: 12.5, truncated: true });
  });

  it('turns a quoted UInt64 into an exact bigint, and accepts an unquoted integer', () => {
    expect(decodeColumn('UInt64', '18446744073709551615', 42)).toEqual([18446744073709551615n, 42n]);
    expect(decodeColumn('Int128', '-170141183460469231731687303715884105728')).toEqual([-170141183460469231731687303715884105728n]);
    expect(decodeColumn('UInt256', '1' + '0'.repeat(70))).toEqual([10n ** 70n]);
    // Up to 15 characters are read as a double (exact there), longer as BigInt text: both exact at the edge.
    expect(decodeColumn('Int64', '999999999999999', '-99999999999999', '9999999999999999', '-0', '0')).toEqual([
      999999999999999n,
      -99999999999999n,
      9999999999999999n,
      0n,
      0n,
    ]);
  });

  it('range-checks integers by their type, at both edges', () => {
    expect(decodeColumn('UInt8', 0, 255, '255')).toEqual([0, 255, 255]);
    expect(decodeColumn('Int8', -128, 127)).toEqual([-128, 127]);
    expect(decodeColumn('UInt32', 4294967295)).toEqual([4294967295]);
    expect(decodeColumn('Int32', -2147483648)).toEqual([-2147483648]);
    expect(decodeColumn('UInt64', '0', '18446744073709551615')).toEqual([0n, 18446744073709551615n]);
    expect(decodeColumn('Int64', '-9223372036854775808', '9223372036854775807')).toEqual([-9223372036854775808n, 9223372036854775807n]);
    const outOfRange: [string, unknown][] = [
      ['UInt8', 256],
      ['UInt8', -1],
      ['Int8', 128],
      ['Int8', '-129'],
      ['UInt16', 65536],
      ['Int32', 2147483648],
      ['UInt32', -1],
      ['UInt64', '-1'],
      ['UInt64', -1],
      ['UInt64', '18446744073709551616'],
      ['Int64', '9223372036854775808'],
      ['Int64', '-9223372036854775809'],
      ['Int128', (2n ** 127n).toString()],
      ['UInt256', (2n ** 256n).toString()],
    ];
    for (const [type, cell] of outOfRange) {
      const error = decodeError({ columns: [{ name: 'n', type }], rows: [[cell]] });
      expect(error.code, `${type} ${String(cell)}`).toBe('INVALID_RESPONSE');
      expect(error.message).toContain('"n"');
    }
  });

  it('rejects a non-integer string in a 64-bit column, naming the column and row', () => {
    for (const bad of ['12abc', '', '-', '+5', '1.5', '0x1F', ' 1', '1 ', '1e3', '123456789012345x', '12345678901234a', 1.5, true, null, []]) {
      const error = decodeError({ columns: [{ name: 'calls', type: 'UInt64' }], rows: [['1'], [bad]] });
      expect(error.code).toBe('INVALID_RESPONSE');
      expect(error.message).toContain('"calls"');
      expect(error.message).toContain('row 1');
    }
  });

  it('decodes small integers and floats as numbers, including ClickHouse spellings of inf and nan', () => {
    expect(decodeColumn('UInt8', 7, '8')).toEqual([7, 8]);
    expect(decodeColumn('Int32', -2147483648)).toEqual([-2147483648]);
    expect(decodeColumn('Float64', 1.5, 'inf', '-inf', 'nan', '2.5e3', null)).toEqual([1.5, Infinity, -Infinity, Number.NaN, 2500, Number.NaN]);
    expect(() => decodeColumn('Float32', 'fast')).toThrow(AnalyticsError);
    expect(() => decodeColumn('Int16', 1.25)).toThrow(AnalyticsError);
  });

  it('keeps decimals exact as strings, and writes unquoted decimals without float noise', () => {
    expect(decodeColumn('Decimal(38, 10)', '0.0423150000', '-12345678901234567890.1234567890', 0.1, 1e-7, 12)).toEqual([
      '0.0423150000',
      '-12345678901234567890.1234567890',
      '0.1',
      '0.0000001',
      '12',
    ]);
    expect(() => decodeColumn('Decimal(38, 10)', '1e3')).toThrow(AnalyticsError);
    expect(() => decodeColumn('Decimal(9, 2)', 'abc')).toThrow(AnalyticsError);
  });

  it('keeps Date as an IsoDate string and rejects impossible days', () => {
    expect(decodeColumn('Date', '2026-11-23', '2024-02-29')).toEqual(['2026-11-23', '2024-02-29']);
    expect(decodeColumn('Date32', 0)).toEqual(['1970-01-01']);
    for (const bad of ['2026-02-29', '2026-13-01', '2026-11-23T00:00:00', 'yesterday']) {
      expect(() => decodeColumn('Date', bad)).toThrow(/row 0/);
    }
  });

  it('reads DateTime wall time in the column zone, else UTC', () => {
    const [utc, kolkata, noZone] = [
      decodeColumn("DateTime('UTC')", '2026-11-23 10:00:00')[0],
      decodeColumn("DateTime('Asia/Kolkata')", '2026-11-23 10:00:00')[0],
      decodeColumn('DateTime', '2026-11-23 10:00:00')[0],
    ] as Date[];
    expect(utc!.toISOString()).toBe('2026-11-23T10:00:00.000Z');
    expect(kolkata!.toISOString()).toBe('2026-11-23T04:30:00.000Z');
    expect(noZone!.toISOString()).toBe('2026-11-23T10:00:00.000Z');
  });

  it('applies daylight saving: the same wall hour maps to different offsets in winter and summer', () => {
    const [winter, summer] = decodeColumn("DateTime64(3, 'America/New_York')", '2026-01-15 12:00:00.250', '2026-07-15 12:00:00.250') as Date[];
    expect(winter!.toISOString()).toBe('2026-01-15T17:00:00.250Z');
    expect(summer!.toISOString()).toBe('2026-07-15T16:00:00.250Z');
  });

  it('resolves the repeated autumn hour to its first occurrence and the skipped spring hour forward', () => {
    const [repeated, skipped, before, after] = decodeColumn(
      "DateTime('America/New_York')",
      '2026-11-01 01:30:00',
      '2026-03-08 02:30:00',
      '2026-03-08 01:59:59',
      '2026-03-08 03:00:00',
    ) as Date[];
    expect(repeated!.toISOString()).toBe('2026-11-01T05:30:00.000Z');
    expect(skipped!.toISOString()).toBe('2026-03-08T07:30:00.000Z');
    expect(after!.getTime() - before!.getTime()).toBe(1000);
  });

  it('accepts ISO text with T and Z or an offset, and Unix timestamps', () => {
    const values = decodeColumn(
      "DateTime64(3, 'Asia/Kolkata')",
      '2026-11-23T10:00:00Z',
      '2026-11-23T10:00:00.5+02:00',
      '2026-11-23T10:00:00',
      1_700_000_000,
      '1700000000.123',
    ) as Date[];
    expect(values.map((d) => d.toISOString())).toEqual([
      '2026-11-23T10:00:00.000Z',
      '2026-11-23T08:00:00.500Z',
      '2026-11-23T04:30:00.000Z',
      '2023-11-14T22:13:20.000Z',
      '2023-11-14T22:13:20.123Z',
    ]);
  });

  it('truncates DateTime64 digits past milliseconds', () => {
    const [value] = decodeColumn("DateTime64(9, 'UTC')", '2026-11-23 10:00:00.123999999') as Date[];
    expect(value!.toISOString()).toBe('2026-11-23T10:00:00.123Z');
  });

  it('rejects invalid date-times', () => {
    for (const bad of ['2026-11-23 25:00:00', '2026-02-30 10:00:00', 'soon', '2026-11-23 10:00:00 UTC', true]) {
      expect(() => decodeColumn("DateTime('UTC')", bad)).toThrow(AnalyticsError);
    }
  });

  it('reports a DateTime column in a zone the host does not know as an invalid response, unless it holds no value', () => {
    const error = decodeError(body("DateTime('Mars/Olympus_Mons')", '2026-11-23 10:00:00'));
    expect(error.code).toBe('INVALID_RESPONSE');
    expect(error.message).toContain('Mars/Olympus_Mons');
    expect(error.message).toContain('row 0');
    expect(decodeColumn("Nullable(DateTime('Mars/Olympus_Mons'))", null)).toEqual([null]);
    expect(decodeColumn("DateTime('Mars/Olympus_Mons')")).toEqual([]);
  });

  it('turns Nullable nulls into null and LowCardinality into its inner type', () => {
    expect(decodeColumn('Nullable(UInt64)', null, '5')).toEqual([null, 5n]);
    expect(decodeColumn('LowCardinality(Nullable(String))', 'a', null)).toEqual(['a', null]);
    expect(() => decodeColumn('UInt64', null)).toThrow(AnalyticsError);
  });

  it('converts the inner values of arrays, maps and tuples', () => {
    expect(decodeColumn('Array(Nullable(UInt64))', ['1', null, '3'])).toEqual([[1n, null, 3n]]);
    expect(decodeColumn('Map(String, Array(Int64))', { a: ['1', '-2'], b: [] })).toEqual([{ a: [1n, -2n], b: [] }]);
    expect(decodeColumn('Tuple(a UInt64, b String)', { a: '5', b: 'x' }, ['6', 'y'])).toEqual([
      { a: 5n, b: 'x' },
      { a: 6n, b: 'y' },
    ]);
    expect(decodeColumn('Tuple(UInt64, Date)', ['7', '2026-11-23'])).toEqual([[7n, '2026-11-23']]);
    expect(() => decodeColumn('Array(UInt64)', ['1', 'x'])).toThrow(/\[1\]/);
    expect(() => decodeColumn('Tuple(UInt64, String)', ['1'])).toThrow(AnalyticsError);
  });

  it('decodes String-like types as strings, Enum by name, and Bool as boolean', () => {
    expect(decodeColumn('UUID', '6f1c0b1e-0000-4000-8000-000000000000')).toEqual(['6f1c0b1e-0000-4000-8000-000000000000']);
    expect(decodeColumn("Enum8('a' = 1, 'b' = 2)", 'b', 1)).toEqual(['b', 'a']);
    expect(decodeColumn('Bool', true, false)).toEqual([true, false]);
    expect(() => decodeColumn('String', 5)).toThrow(AnalyticsError);
  });

  it('parses JSON text, passes JSON objects through, and leaves Dynamic values as they are', () => {
    expect(decodeColumn('JSON', '{"a":{"b":[1,2]}}', { c: 'd' })).toEqual([{ a: { b: [1, 2] } }, { c: 'd' }]);
    expect(decodeColumn("Object('json')", '[1]')).toEqual([[1]]);
    expect(decodeColumn('Dynamic', '123', 5)).toEqual(['123', 5]);
    expect(() => decodeColumn('JSON', '{nope')).toThrow(AnalyticsError);
  });

  it('passes values of unknown or malformed types through unchanged', () => {
    const point = [1.5, 2.5];
    expect(decodeColumn('Point', point)[0]).toBe(point);
    expect(decodeColumn('Array(', 'whatever')).toEqual(['whatever']);
  });

  it('derives meta from the rows when it is missing', () => {
    const result = decodeResult({ columns: [{ name: 'n', type: 'UInt8' }], rows: [[1], [2]] });
    expect(result.meta).toEqual({ rowCount: 2, elapsedMs: 0, truncated: false });
  });

  it('makes a column named __proto__ an own property, not the row prototype', () => {
    const result = decodeResult({ columns: [{ name: '__proto__', type: 'String' }], rows: [['x']] });
    const row = result.rows[0]!;
    expect(Object.getPrototypeOf(row)).toBe(Object.prototype);
    expect(Object.keys(row)).toEqual(['__proto__']);
    expect(Object.getOwnPropertyDescriptor(row, '__proto__')?.value).toBe('x');
  });

  it('rejects bodies that are not the documented shape with INVALID_RESPONSE', () => {
    const cases: [unknown, RegExp][] = [
      [null, /body must be an object/],
      [[], /body must be an object/],
      ['{}', /body must be an object/],
      [{ rows: [] }, /"columns" must be an array/],
      [{ columns: [], rows: {} }, /"rows" must be an array/],
      [{ columns: [{ name: 'a' }], rows: [] }, /column 0/],
      [{ columns: [{ name: 1, type: 'String' }], rows: [] }, /column 0/],
      [{ columns: [{ name: 'a', type: 'String' }], rows: [['x', 'y']] }, /row 0 must be an array of 1/],
      [{ columns: [{ name: 'a', type: 'String' }], rows: [['x'], 'y'] }, /row 1 must be an array of 1/],
      [{ columns: [], rows: [], meta: 'fast' }, /"meta" must be an object/],
      [{ columns: [], rows: [], meta: { rowCount: '1' } }, /meta.rowCount/],
      [{ columns: [], rows: [], meta: { rowCount: 0, elapsedMs: 0, truncated: 'no' } }, /meta.truncated/],
    ];
    for (const [input, message] of cases) {
      const error = decodeError(input);
      expect(error.code).toBe('INVALID_RESPONSE');
      expect(error.message).toMatch(message);
    }
  });
});
