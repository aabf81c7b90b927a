/**
 * Decoded rows against declared columns: a wrong type, a null where none may be, a missing column,
 * an integer out of range or decimal text that is not a number is INVALID_RESPONSE naming the column.
 */
import { describe, expect, it } from 'vitest';
import { decodeResult } from '../../../src/core/decode/decodeResult';
import { AnalyticsError } from '../../../src/core/errors';
import { checkResultColumns } from '../../../src/core/queries/checkResultColumns';
import { column, type ColumnSpecs } from '../../../src/core/queries/resultColumns';

function check(columns: ColumnSpecs, types: Record<string, string>, rows: unknown[][]): Record<string, unknown>[] {
  const body = { columns: Object.entries(types).map(([name, type]) => ({ name, type })), rows };
  return checkResultColumns('q', columns, decodeResult(body));
}

function failure(run: () => unknown): AnalyticsError {
  try {
    run();
  } catch (error) {
    if (error instanceof AnalyticsError) return error;
    throw error;
  }
  throw new Error('did not throw');
}

describe('checkResultColumns', () => {
  it('passes rows that match, unchanged', () => {
    const columns = { name: column.string(), n: column.uint64(), cost: column.decimal(), at: column.datetime(), day: column.date(), ok: column.bool(), avg: column.float(), k: column.int() };
    const types = { name: 'LowCardinality(String)', n: 'UInt64', cost: 'Decimal(38, 10)', at: "DateTime('UTC')", day: 'Date', ok: 'Bool', avg: 'Float64', k: 'UInt32' };
    const rows = check(columns, types, [['a', '18446744073709551615', '0.0000000001', '2026-10-01 00:00:00', '2026-10-01', true, 1.5, 7]]);
    expect(rows).toEqual([{ name: 'a', n: 18446744073709551615n, cost: '0.0000000001', at: new Date('2026-10-01T00:00:00Z'), day: '2026-10-01', ok: true, avg: 1.5, k: 7 }]);
  });

  it('refuses a Float where an integer was declared, naming the column', () => {
    const error = failure(() => check({ signals: column.uint64() }, { signals: 'Float64' }, [[1.5]]));
    expect(error.code).toBe('INVALID_RESPONSE');
    expect(error.message).toMatch(/column "signals" is Float64, but uint64 was declared/);
    expect(() => check({ k: column.int() }, { k: 'Float32' }, [[1]])).toThrow(/"k" is Float32/);
  });

  it('refuses a null where the column is not nullable, and accepts it where it is', () => {
    expect(failure(() => check({ n: column.uint64() }, { n: 'Nullable(UInt64)' }, [['1'], [null]])).message).toMatch(/"n" row 1 is null/);
    expect(check({ n: column.uint64({ nullable: true }) }, { n: 'Nullable(UInt64)' }, [[null]])).toEqual([{ n: null }]);
  });

  it('refuses a missing column', () => {
    expect(failure(() => check({ n: column.uint64(), cost: column.decimal() }, { n: 'UInt64' }, [['1']])).message).toMatch(/"cost" is missing/);
  });

  it('refuses decimal text that is not a number, in a String column declared decimal', () => {
    for (const text of ['', 'nan', '1e3', 'inf', ' 1', '1.', '.5', '12abc']) {
      expect(failure(() => check({ cost: column.decimal() }, { cost: 'String' }, [[text]])).message).toMatch(/"cost" row 0 holds .*not an exact decimal number/);
    }
    expect(check({ cost: column.decimal() }, { cost: 'String' }, [['-12.50']])).toEqual([{ cost: '-12.50' }]);
  });

  it('range-checks integers: a negative value in a uint64 column, an Int64 beyond ±2^53 in an int column', () => {
    expect(failure(() => check({ n: column.uint64() }, { n: 'Int64' }, [['-1']])).message).toMatch(/"n" row 0 holds -1, outside the range of a UInt64/);
    expect(failure(() => check({ k: column.int() }, { k: 'Int64' }, [['9007199254740993']])).message).toMatch(/"k" row 0/);
    expect(check({ k: column.int() }, { k: 'Int64' }, [['42']])).toEqual([{ k: 42 }]);
  });

  it('widens safely within a family: small ints to bigint, integers to exact decimal text', () => {
    const rows = check({ n: column.uint64(), cost: column.decimal() }, { n: 'UInt32', cost: 'Int64' }, [[5, '1234567890123456789']]);
    expect(rows).toEqual([{ n: 5n, cost: '1234567890123456789' }]);
  });

  it('refuses text where a number was declared and a number where text was declared', () => {
    expect(() => check({ n: column.uint64() }, { n: 'String' }, [['1']])).toThrow(/"n" is String/);
    expect(() => check({ name: column.string() }, { name: 'UInt8' }, [[1]])).toThrow(/"name" is UInt8/);
  });

  it('lets undeclared extra columns through', () => {
    expect(check({ n: column.uint64() }, { n: 'UInt64', extra: 'String' }, [['1', 'x']])).toEqual([{ n: 1n, extra: 'x' }]);
  });
});
