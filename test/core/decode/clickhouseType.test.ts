import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseClickHouseType, unwrapClickHouseType } from '../../../src/core/decode/clickhouseType';

const uint64 = { kind: 'integer', name: 'UInt64', bits: 64, signed: false } as const;
const string = { kind: 'string', name: 'String' } as const;

describe('parseClickHouseType', () => {
  it('parses nested wrappers: Nullable(LowCardinality(String))', () => {
    expect(parseClickHouseType('Nullable(LowCardinality(String))')).toEqual({
      kind: 'nullable',
      inner: { kind: 'lowCardinality', inner: string },
    });
  });

  it('parses Array(Nullable(UInt64))', () => {
    expect(parseClickHouseType('Array(Nullable(UInt64))')).toEqual({ kind: 'array', element: { kind: 'nullable', inner: uint64 } });
  });

  it('parses Map(String, Array(Int64))', () => {
    expect(parseClickHouseType('Map(String, Array(Int64))')).toEqual({
      kind: 'map',
      key: string,
      value: { kind: 'array', element: { kind: 'integer', name: 'Int64', bits: 64, signed: true } },
    });
  });

  it('parses a named tuple and an unnamed one', () => {
    expect(parseClickHouseType('Tuple(a UInt64, b String)')).toEqual({
      kind: 'tuple',
      named: true,
      elements: [
        { name: 'a', type: uint64 },
        { name: 'b', type: string },
      ],
    });
    expect(parseClickHouseType('Tuple(UInt64, String)')).toEqual({
      kind: 'tuple',
      named: false,
      elements: [
        { name: undefined, type: uint64 },
        { name: undefined, type: string },
      ],
    });
  });

  it('parses a back-quoted tuple element name', () => {
    const type = parseClickHouseType('Tuple(`total amount` Decimal(38, 10))');
    expect(type).toEqual({ kind: 'tuple', named: true, elements: [{ name: 'total amount', type: { kind: 'decimal', name: 'Decimal', precision: 38, scale: 10 } }] });
  });

  it('parses DateTime64 with precision and zone, DateTime with and without a zone', () => {
    expect(parseClickHouseType("DateTime64(3, 'Asia/Kolkata')")).toEqual({ kind: 'dateTime', name: 'DateTime64', precision: 3, timeZone: 'Asia/Kolkata' });
    expect(parseClickHouseType("DateTime('UTC')")).toEqual({ kind: 'dateTime', name: 'DateTime', precision: 0, timeZone: 'UTC' });
    expect(parseClickHouseType('DateTime')).toEqual({ kind: 'dateTime', name: 'DateTime', precision: 0, timeZone: undefined });
    expect(parseClickHouseType('DateTime64(6)')).toEqual({ kind: 'dateTime', name: 'DateTime64', precision: 6, timeZone: undefined });
  });

  it('parses Decimal(P, S) and the Decimal32/64/128/256(S) shorthands', () => {
    expect(parseClickHouseType('Decimal(38, 10)')).toEqual({ kind: 'decimal', name: 'Decimal', precision: 38, scale: 10 });
    expect(parseClickHouseType('Decimal64(4)')).toEqual({ kind: 'decimal', name: 'Decimal64', precision: 18, scale: 4 });
  });

  it('parses Enum8 entries, including quotes, escapes and negative values', () => {
    expect(parseClickHouseType("Enum8('a' = 1, 'b' = 2)")).toEqual({
      kind: 'enum',
      name: 'Enum8',
      entries: [
        { name: 'a', value: 1 },
        { name: 'b', value: 2 },
      ],
    });
    expect(parseClickHouseType("Enum16('it\\'s' = -3, 'x''y' = 4, 'a, (b)' = 5)")).toEqual({
      kind: 'enum',
      name: 'Enum16',
      entries: [
        { name: "it's", value: -3 },
        { name: "x'y", value: 4 },
        { name: 'a, (b)', value: 5 },
      ],
    });
  });

  it('recognizes JSON, Object(\'json\'), Dynamic, Variant, Bool and the string-like types', () => {
    expect(parseClickHouseType('JSON')).toEqual({ kind: 'json', name: 'JSON' });
    expect(parseClickHouseType('JSON(max_dynamic_paths = 16, a.b UInt32)')).toEqual({ kind: 'json', name: 'JSON' });
    expect(parseClickHouseType("Object('json')")).toEqual({ kind: 'json', name: 'Object' });
    expect(parseClickHouseType('Dynamic')).toEqual({ kind: 'dynamic', name: 'Dynamic', variants: [] });
    expect(parseClickHouseType('Variant(String, UInt64)')).toEqual({ kind: 'dynamic', name: 'Variant', variants: [string, uint64] });
    expect(parseClickHouseType('Bool')).toEqual({ kind: 'bool' });
    expect(parseClickHouseType('FixedString(16)')).toEqual({ kind: 'string', name: 'FixedString', length: 16 });
    for (const name of ['UUID', 'IPv4', 'IPv6'] as const) expect(parseClickHouseType(name)).toEqual({ kind: 'string', name });
  });

  it('reads SimpleAggregateFunction(f, T) as T', () => {
    expect(parseClickHouseType('SimpleAggregateFunction(sum, UInt64)')).toEqual(uint64);
    expect(parseClickHouseType("SimpleAggregateFunction(quantiles(0.5, 0.9), Array(Float64))")).toEqual({ kind: 'array', element: { kind: 'float', name: 'Float64' } });
    expect(parseClickHouseType('SimpleAggregateFunction(sum)').kind).toBe('unknown');
    const deep = `${'SimpleAggregateFunction(f, '.repeat(50_000)}UInt8${')'.repeat(50_000)}`;
    expect(parseClickHouseType(deep).kind).toBe('unknown');
  });

  it('turns unknown names into unknown nodes that keep their text, also when nested', () => {
    expect(parseClickHouseType('Point')).toEqual({ kind: 'unknown', name: 'Point', text: 'Point' });
    expect(parseClickHouseType('Array(Interval(Day, 3))')).toEqual({
      kind: 'array',
      element: { kind: 'unknown', name: 'Interval', text: 'Interval(Day, 3)' },
    });
  });

  it('turns malformed type strings into an unknown node instead of throwing', () => {
    for (const text of ['Array(', 'Nullable(String', "DateTime('UTC", 'Decimal(x, y)', 'Map(String)', '', ')', 'Tuple(a UInt64,, b String)', 'UInt64 UInt64']) {
      const type = parseClickHouseType(text);
      expect(type.kind, text).toBe('unknown');
    }
  });

  it('treats absurdly deep nesting as malformed instead of overflowing the stack', () => {
    expect(parseClickHouseType(`${'Array('.repeat(100_000)}UInt8${')'.repeat(100_000)}`).kind).toBe('unknown');
    expect(parseClickHouseType(`${'Array('.repeat(10)}UInt8${')'.repeat(10)}`).kind).toBe('array');
  });

  it('never throws, whatever the string', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const type = parseClickHouseType(text);
        expect(typeof type.kind).toBe('string');
      }),
      { numRuns: 2000 },
    );
    const alphabet = fc.constantFrom('Nullable', 'Array', 'Tuple', 'Map', '(', ')', ',', "'", '\\', ' ', 'UInt64', 'a', '=', '1', 'DateTime64');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 20 }), (parts) => {
        expect(() => parseClickHouseType(parts.join(''))).not.toThrow();
      }),
      { numRuns: 2000 },
    );
  });
});

describe('unwrapClickHouseType', () => {
  it('strips Nullable and LowCardinality wrappers', () => {
    expect(unwrapClickHouseType(parseClickHouseType('Nullable(LowCardinality(String))'))).toEqual(string);
  });
});
