import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeResult } from '../../../src/core/decode/decodeResult';
import { AnalyticsError } from '../../../src/core/errors';

/** Runs decodeResult and reports which of the two allowed outcomes happened; anything else fails the test. */
function outcome(input: unknown): 'rows' | 'error' {
  try {
    const result = decodeResult(input);
    expect(Array.isArray(result.rows)).toBe(true);
    expect(result.rows.length).toBe((input as { rows: unknown[] }).rows.length);
    return 'rows';
  } catch (error) {
    if (!(error instanceof AnalyticsError)) throw error;
    expect(error.code).toBe('INVALID_RESPONSE');
    return 'error';
  }
}

const TYPES = [
  'UInt8', 'Int32', 'UInt64', 'Int128', 'Float64', 'Decimal(38, 10)', 'String', 'Bool', 'Date', 'Date32',
  "DateTime('UTC')", "DateTime64(3, 'Asia/Kolkata')", 'DateTime', 'Nullable(UInt64)', 'LowCardinality(String)',
  'Array(Nullable(UInt64))', 'Map(String, Array(Int64))', 'Tuple(a UInt64, b String)', 'Tuple(UInt8, Date)',
  "Enum8('a' = 1, 'b' = 2)", 'JSON', 'Dynamic', 'UUID', 'Point', 'Array(',
];

/** A cell that a column of `type` accepts. */
function validCell(type: string): fc.Arbitrary<unknown> {
  switch (type) {
    case 'UInt8': return fc.integer({ min: 0, max: 255 });
    case 'Int32': return fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 });
    case 'UInt64': return fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }).map(String);
    case 'Int128': return fc.bigInt({ min: -(2n ** 127n), max: 2n ** 127n - 1n }).map(String);
    case 'Float64': return fc.double();
    case 'Decimal(38, 10)': return fc.tuple(fc.bigInt({ min: -(10n ** 28n), max: 10n ** 28n }), fc.nat(9_999_999)).map(([w, f]) => `${w}.${String(f).padStart(10, '0')}`);
    case 'Bool': return fc.boolean();
    case 'Date': case 'Date32': return fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2149-06-06T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    case "DateTime('UTC')": case "DateTime64(3, 'Asia/Kolkata')": case 'DateTime':
      return fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().replace('T', ' ').slice(0, 23));
    case 'Nullable(UInt64)': return fc.option(fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }).map(String), { nil: null });
    case 'Array(Nullable(UInt64))': return fc.array(fc.option(fc.nat().map(String), { nil: null }));
    case 'Map(String, Array(Int64))': return fc.dictionary(fc.string(), fc.array(fc.integer().map(String)));
    case 'Tuple(a UInt64, b String)': return fc.record({ a: fc.nat().map(String), b: fc.string() });
    case 'Tuple(UInt8, Date)': return fc.tuple(fc.integer({ min: 0, max: 255 }), fc.constant('2026-11-23'));
    case "Enum8('a' = 1, 'b' = 2)": return fc.constantFrom('a', 'b');
    case 'JSON': return fc.jsonValue().map((v) => JSON.stringify(v));
    default: return fc.string();
  }
}

const validBody = fc
  .array(fc.constantFrom(...TYPES), { minLength: 1, maxLength: 6 })
  .chain((types) =>
    fc.record({
      columns: fc.constant(types.map((type, i) => ({ name: `c${i}`, type }))),
      rows: fc.array(fc.tuple(...types.map(validCell)), { maxLength: 8 }),
      meta: fc.constant({ rowCount: 0, elapsedMs: 1, truncated: false }),
    }),
  );

describe('decodeResult on random input', () => {
  it('only ever yields rows or an AnalyticsError for fc.anything()', () => {
    fc.assert(fc.property(fc.anything({ withBigInt: true, withDate: true, withMap: true, withNullPrototype: true }), (input) => {
      outcome(input);
    }), { numRuns: 3000 });
  });

  it('only ever yields rows or an AnalyticsError for random JSON', () => {
    fc.assert(fc.property(fc.jsonValue(), (input) => { outcome(input); }), { numRuns: 3000 });
  });

  it('only ever yields rows or an AnalyticsError for bodies with random cells under real column types', () => {
    const body = fc.array(fc.constantFrom(...TYPES), { minLength: 1, maxLength: 5 }).chain((types) =>
      fc.record({
        columns: fc.constant(types.map((type, i) => ({ name: `c${i}`, type }))),
        rows: fc.array(fc.array(fc.jsonValue(), { minLength: types.length, maxLength: types.length }), { maxLength: 5 }),
      }),
    );
    fc.assert(fc.property(body, (input) => { outcome(input); }), { numRuns: 3000 });
  });

  it('decodes every valid body it is given', () => {
    fc.assert(fc.property(validBody, (input) => {
      expect(outcome(input)).toBe('rows');
    }), { numRuns: 1000 });
  });

  it('gives exact bigints back for UInt64 and Int128 strings', () => {
    fc.assert(fc.property(fc.bigInt({ min: -(2n ** 127n), max: 2n ** 127n - 1n }), (value) => {
      const result = decodeResult<{ v: bigint }>({ columns: [{ name: 'v', type: 'Int128' }], rows: [[String(value)]] });
      expect(result.rows[0]!.v).toBe(value);
    }));
  });

  it('reads UTC wall text back to the instant it was printed from', () => {
    fc.assert(fc.property(fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2299-12-31T00:00:00Z'), noInvalidDate: true }), (date) => {
      const text = date.toISOString().replace('T', ' ').slice(0, 23);
      const result = decodeResult<{ v: Date }>({ columns: [{ name: 'v', type: "DateTime64(3, 'UTC')" }], rows: [[text]] });
      expect(result.rows[0]!.v.getTime()).toBe(date.getTime());
    }));
  });

  it('rejects mutated valid bodies only with AnalyticsError, never partially', () => {
    const mutation = fc.constantFrom('dropColumns', 'dropRows', 'shortRow', 'longRow', 'garbageCell', 'rowNotArray', 'columnNoType', 'bodyArray');
    fc.assert(fc.property(validBody.filter((b) => b.rows.length > 0), mutation, fc.anything(), (valid, kind, garbage) => {
      const body: Record<string, unknown> = structuredClone(valid);
      const rows = body.rows as unknown[][];
      const columns = body.columns as Record<string, unknown>[];
      switch (kind) {
        case 'dropColumns': delete body.columns; break;
        case 'dropRows': delete body.rows; break;
        case 'shortRow': rows[rows.length - 1]!.pop(); break;
        case 'longRow': rows[0]!.push(garbage); break;
        case 'garbageCell': rows[rows.length - 1]![0] = garbage; break;
        case 'rowNotArray': rows[0] = garbage as unknown[]; break;
        case 'columnNoType': delete columns[0]!.type; break;
        case 'bodyArray': outcome([body]); return;
      }
      const result = outcome(body);
      if (kind !== 'garbageCell' && kind !== 'rowNotArray') expect(result).toBe('error');
      if (kind === 'rowNotArray' && !Array.isArray(garbage)) expect(result).toBe('error');
    }), { numRuns: 2000 });
  });
});
