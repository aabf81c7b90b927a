import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createValueConverter } from '../../../src/core/decode/columnDecoder';
import { parseClickHouseType } from '../../../src/core/decode/clickhouseType';
import { decodeResult } from '../../../src/core/decode/decodeResult';
import { createRowFactory, setRowCodeGenerationAllowed } from '../../../src/core/decode/rowFactory';

const identity = createValueConverter(parseClickHouseType('Dynamic'));

afterEach(() => setRowCodeGenerationAllowed(true));

describe('createRowFactory', () => {
  it('keys a row by any column name, however hostile, as plain data', () => {
    const names = ['a"b', "c'd", 'e\nf', '\u2028', '"}; throw new Error("injected"); ({"', '`${x}`', 'constructor', '__proto__', ''];
    const build = createRowFactory(names, names.map(() => identity));
    const row = build(names.map((_, i) => i));
    expect(Object.keys(row)).toEqual(names);
    names.forEach((name, i) => expect(Object.getOwnPropertyDescriptor(row, name)?.value).toBe(i));
    expect(Object.getPrototypeOf(row)).toBe(Object.prototype);
  });

  it('builds the same rows with and without code generation, for random names', () => {
    fc.assert(fc.property(fc.uniqueArray(fc.string(), { minLength: 1, maxLength: 8 }), fc.array(fc.jsonValue()), (names, values) => {
      const cells = names.map((_, i) => values[i] ?? null);
      const compiled = createRowFactory(names, names.map(() => identity))(cells);
      setRowCodeGenerationAllowed(false);
      const looped = createRowFactory(names, names.map(() => identity))(cells);
      setRowCodeGenerationAllowed(true);
      expect(Object.entries(compiled)).toEqual(Object.entries(looped));
    }));
  });
});

describe('decodeResult, responses with the same column names', () => {
  it('decodes each response with its own column types (the compiled row builder is shared, the converters are not)', () => {
    const names = ['when', 'n'];
    const first = decodeResult({ columns: [{ name: 'when', type: "DateTime('UTC')" }, { name: 'n', type: 'UInt64' }], rows: [['2026-01-02 03:04:05', '7']] });
    const second = decodeResult({ columns: [{ name: 'when', type: 'String' }, { name: 'n', type: 'Float64' }], rows: [['2026-01-02 03:04:05', 7.5]] });
    const third = decodeResult({ columns: [{ name: 'when', type: "DateTime('America/New_York')" }, { name: 'n', type: 'Int64' }], rows: [['2026-01-02 03:04:05', '-7']] });
    expect(Object.keys(first.rows[0]!)).toEqual(names);
    expect(first.rows[0]).toEqual({ when: new Date('2026-01-02T03:04:05Z'), n: 7n });
    expect(second.rows[0]).toEqual({ when: '2026-01-02 03:04:05', n: 7.5 });
    expect(third.rows[0]).toEqual({ when: new Date('2026-01-02T08:04:05Z'), n: -7n });
  });
});

describe('decodeResult without code generation (a strict Content-Security-Policy)', () => {
  it('decodes the same rows and reports the same errors', () => {
    const body = {
      columns: [
        { name: 'n', type: 'UInt64' },
        { name: '__proto__', type: 'String' },
      ],
      rows: [['1', 'x']],
    };
    const withCodeGeneration = decodeResult(body);
    setRowCodeGenerationAllowed(false);
    const withoutCodeGeneration = decodeResult(body);
    expect(Object.entries(withoutCodeGeneration.rows[0]!)).toEqual(Object.entries(withCodeGeneration.rows[0]!));
    expect(() => decodeResult({ ...body, rows: [['1', 'x'], ['y', 'z']] })).toThrow(/column "n" \(UInt64\), row 1/);
  });

  it('keeps the last value for duplicate column names', () => {
    const result = decodeResult({ columns: [{ name: 'a', type: 'UInt8' }, { name: 'a', type: 'UInt8' }], rows: [[1, 2]] });
    expect(result.rows[0]).toEqual({ a: 2 });
  });
});
