/**
 * Decodes a response produced by the real engine (chDB, ClickHouse 26.7), formatted the way the API
 * formats it: JSONCompact with 64-bit integers quoted.
 */
import { Session } from 'chdb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeResult } from '../../../src/core/decode/decodeResult';

interface JsonCompact {
  meta: { name: string; type: string }[];
  data: unknown[][];
  rows: number;
  statistics: { elapsed: number };
}

let session: Session;

/** Runs `sql` and shapes chDB's JSONCompact output as the API's `{ columns, rows, meta }` body. */
function queryBody(sql: string, settings = 'output_format_json_quote_64bit_integers = 1'): unknown {
  const output = JSON.parse(session.query(`${sql} SETTINGS ${settings}`, 'JSONCompact')) as JsonCompact;
  return {
    columns: output.meta,
    rows: output.data,
    meta: { rowCount: output.rows, elapsedMs: output.statistics.elapsed * 1000, truncated: false },
  };
}

beforeAll(() => {
  session = new Session();
});

afterAll(() => {
  session.close();
});

const ROW_SQL = `
SELECT
  toUInt64('18446744073709551615') AS u64,
  toInt128('-170141183460469231731687303715884105728') AS i128,
  toDecimal128('12345678901234567890.0423150000', 10) AS cost,
  toDate('2026-11-23') AS day,
  toDateTime('2026-11-23 05:30:00', 'Asia/Kolkata') AS kolkata,
  [toDateTime64('2026-03-08 01:59:59.999', 3, 'America/New_York'),
   toDateTime64('2026-03-08 03:00:00.000', 3, 'America/New_York'),
   toDateTime64('2026-11-01 00:59:59.000', 3, 'America/New_York'),
   toDateTime64('2026-11-01 02:00:00.000', 3, 'America/New_York')] AS newYork,
  toUnixTimestamp64Milli(newYork[1]) AS nyMs1,
  toUnixTimestamp64Milli(newYork[2]) AS nyMs2,
  toUnixTimestamp64Milli(newYork[3]) AS nyMs3,
  toUnixTimestamp64Milli(newYork[4]) AS nyMs4,
  toUnixTimestamp(kolkata) AS kolkataSeconds,
  CAST(NULL AS Nullable(UInt64)) AS missing,
  CAST(7 AS Nullable(UInt64)) AS present,
  [toUInt64(1), NULL, toUInt64(3)] AS ids,
  map('gpt', [toInt64(1), -2], 'claude', []) AS calls,
  CAST((toUInt64(5), 'x') AS Tuple(a UInt64, b String)) AS pair,
  (toUInt8(1), toDate('2026-01-01')) AS unnamed,
  true AS flag,
  '{"model": "gpt", "tokens": {"in": 12}}'::JSON AS payload,
  CAST('b' AS Enum8('a' = 1, 'b' = 2)) AS level,
  toLowCardinality('usd') AS currency,
  toFloat64(1.5) AS ratio,
  toUUID('6f1c0b1e-0000-4000-8000-000000000000') AS id
`;

describe('decodeResult on a real chDB response', () => {
  it('decodes every type of the table to the right value and instant', () => {
    const { rows, columns } = decodeResult<Record<string, unknown>>(queryBody(ROW_SQL, 'output_format_json_quote_64bit_integers = 1, output_format_json_quote_decimals = 1'));
    expect(columns.find((c) => c.name === 'kolkata')?.type).toBe("DateTime('Asia/Kolkata')");
    const row = rows[0]!;
    expect(row.u64).toBe(18446744073709551615n);
    expect(row.i128).toBe(-170141183460469231731687303715884105728n);
    // Quoted, every one of the 26 significant digits survives (the engine drops trailing zeros).
    expect(row.cost).toBe('12345678901234567890.042315');
    expect(row.day).toBe('2026-11-23');
    // The engine's own epoch values are the reference for the instants.
    expect((row.kolkata as Date).getTime()).toBe(Number(row.kolkataSeconds) * 1000);
    expect((row.kolkata as Date).toISOString()).toBe('2026-11-23T00:00:00.000Z');
    const newYork = row.newYork as Date[];
    expect(newYork.map((d) => BigInt(d.getTime()))).toEqual([row.nyMs1, row.nyMs2, row.nyMs3, row.nyMs4]);
    // Across the spring change one wall second later is one real millisecond later; in autumn, two hours.
    expect(newYork[1]!.getTime() - newYork[0]!.getTime()).toBe(1);
    expect(newYork[3]!.getTime() - newYork[2]!.getTime()).toBe(2 * 3_600_000 + 1000);
    expect(row.missing).toBeNull();
    expect(row.present).toBe(7n);
    expect(row.ids).toEqual([1n, null, 3n]);
    expect(row.calls).toEqual({ gpt: [1n, -2n], claude: [] });
    expect(row.pair).toEqual({ a: 5n, b: 'x' });
    expect(row.unnamed).toEqual([1, '2026-01-01']);
    expect(row.flag).toBe(true);
    expect(row.payload).toMatchObject({ model: 'gpt', tokens: { in: expect.anything() } });
    expect(String((row.payload as { tokens: { in: unknown } }).tokens.in)).toBe('12');
    expect(row.level).toBe('b');
    expect(row.currency).toBe('usd');
    expect(row.ratio).toBe(1.5);
    expect(row.id).toBe('6f1c0b1e-0000-4000-8000-000000000000');
  });

  it('decodes unquoted decimals (the engine default) to exact short decimal text', () => {
    const { rows } = decodeResult<{ cost: string }>(queryBody("SELECT toDecimal64('0.0423150000', 10) AS cost"));
    expect(rows[0]!.cost).toBe('0.042315');
  });

  it('decodes NaN and infinities however the engine writes them', () => {
    const sql = "SELECT nan AS a, toFloat64('inf') AS b, -toFloat64('inf') AS c";
    const quoted = decodeResult<{ a: number; b: number; c: number }>(queryBody(sql, 'output_format_json_quote_denormals = 1')).rows[0]!;
    expect(quoted).toEqual({ a: Number.NaN, b: Infinity, c: -Infinity });
    const nulls = decodeResult<{ a: number }>(queryBody(sql, 'output_format_json_quote_denormals = 0')).rows[0]!;
    expect(nulls.a).toBeNaN();
  });

  it('decodes many rows of a time series in a daylight-saving zone to the engine instants', () => {
    const body = queryBody(`
      SELECT toDateTime('2026-03-07 00:00:00', 'America/Los_Angeles') + number * 1800 AS at,
             toUnixTimestamp(at) AS seconds
      FROM numbers(200)`);
    const { rows } = decodeResult<{ at: Date; seconds: number }>(body);
    expect(rows).toHaveLength(200);
    for (const row of rows) expect(row.at.getTime() / 1000).toBe(row.seconds);
  });
});
