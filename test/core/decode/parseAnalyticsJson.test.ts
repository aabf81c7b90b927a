import { afterEach, describe, expect, it } from 'vitest';
import { decodeResult } from '../../../src/core/decode/decodeResult';
import { jsonParseHasSourceText, parseAnalyticsJson, setJsonSourceTextPath } from '../../../src/core/decode/parseAnalyticsJson';

/** A query body's text with the rows written as raw JSON text (so numbers keep every digit). */
function bodyText(columns: { name: string; type: string }[], rowsText: string, before = ''): string {
  return `{${before}"columns":${JSON.stringify(columns)},"rows":${rowsText},"meta":{"rowCount":1,"elapsedMs":3.5,"truncated":false}}`;
}

afterEach(() => setJsonSourceTextPath(undefined));

describe('parseAnalyticsJson', () => {
  const columns = [
    { name: 'amount', type: 'Decimal(38, 6)' },
    { name: 'maybe', type: 'Nullable(Decimal(38, 10))' },
    { name: 'ratio', type: 'Float64' },
    { name: 'label', type: 'String' },
    { name: 'count', type: 'UInt64' },
  ];

  it('keeps every digit of Decimal cells sent as JSON numbers: 38 digits, negatives, exponents, nulls', () => {
    const text = bodyText(
      columns,
      `[[12345678901234567890123456789012.123456, null, 0.30000000000000004, "a,]\\"[1.5", "7"],
        [-99999999999999999999999999999999.999999, 1e-10, 1e21, "x", 18446744073709551615],
        [0.10000000000000000001, -1.5E+3, 2.5, "", 9007199254740993]]`,
    );
    const { rows } = decodeResult<Record<string, unknown>>(parseAnalyticsJson(text));
    expect(rows.map((r) => r.amount)).toEqual([
      '12345678901234567890123456789012.123456',
      '-99999999999999999999999999999999.999999',
      '0.10000000000000000001',
    ]);
    expect(rows.map((r) => r.maybe)).toEqual([null, '0.0000000001', '-1500']);
    // Floats stay numbers, as JSON.parse reads them
    expect(rows.map((r) => r.ratio)).toEqual([0.30000000000000004, 1e21, 2.5]);
    expect(rows.map((r) => r.label)).toEqual(['a,]"[1.5', 'x', '']);
    // 64-bit integers sent as numbers beyond 2^53 keep their digits too
    expect(rows.map((r) => r.count)).toEqual([7n, 18446744073709551615n, 9007199254740993n]);
  });

  it('reads the rows whatever the member order and whitespace', () => {
    const text = `{ "meta" : {"rowCount": 1, "elapsedMs": 1.25, "truncated": false},
      "r\\u006fws" : [ [ 1.00000000000000000001 , "\\"]" , true,null ] ,[-0.5,"",false,[1]]] , "columns" : [{"name":"v","type":"Decimal(40, 20)"}] }`;
    const body = parseAnalyticsJson(text) as { rows: unknown[][]; meta: { elapsedMs: number } };
    expect(body.rows).toEqual([['1.00000000000000000001', '"]', true, null], ['-0.5', '', false, [1]]]);
    expect(body.meta.elapsedMs).toBe(1.25);
  });

  it('refuses to guess which of two "rows" members holds a Decimal sent as a number', () => {
    const text = '{"columns":[{"name":"v","type":"Decimal(40, 20)"}],"rows":[[1.5]],"rows":[[1.00000000000000000001]]}';
    expect(() => parseAnalyticsJson(text)).toThrow(expect.objectContaining({ code: 'INVALID_RESPONSE' }));
  });

  it('steps over strings with escapes, surrogate pairs and backslashes before their closing quote', () => {
    const text = bodyText(
      [{ name: 's', type: 'String' }, { name: 'v', type: 'Decimal(40, 20)' }],
      '[["a\\\\", 1.00000000000000000001], ["\\u00e9\\/\\"x", 2.00000000000000000002], ["😀\\ud83d\\ude00", 3.00000000000000000003]]',
    );
    const rows = (parseAnalyticsJson(text) as { rows: unknown[][] }).rows;
    expect(rows).toEqual([['a\\', '1.00000000000000000001'], ['é/"x', '2.00000000000000000002'], ['😀😀', '3.00000000000000000003']]);
  });

  it('leaves a body without Decimal or 64-bit columns exactly as JSON.parse gives it', () => {
    const text = bodyText([{ name: 'v', type: 'Float64' }, { name: 'n', type: 'UInt32' }], '[[0.1000000000000000055511151231257827, 4294967295]]');
    expect(parseAnalyticsJson(text)).toEqual(JSON.parse(text));
  });

  it('finds a 64-bit integer beyond 2^53 in a column sent as numbers, after safe ones and nulls', () => {
    const text = bodyText([{ name: 'n', type: 'Nullable(Int64)' }], '[[null], [5], [-9223372036854775808], [9007199254740993]]');
    expect(decodeResult<Record<string, unknown>>(parseAnalyticsJson(text)).rows.map((r) => r.n)).toEqual([null, 5n, -9223372036854775808n, 9007199254740993n]);
  });

  it('leaves Decimal cells that arrive quoted as they are', () => {
    const text = bodyText([{ name: 'v', type: 'Decimal(38, 6)' }], '[["12345678901234567890.123456"], [null]]');
    expect((parseAnalyticsJson(text) as { rows: unknown[][] }).rows).toEqual([['12345678901234567890.123456'], [null]]);
  });

  it('parses schema and metadata bodies like JSON.parse', () => {
    const text = '{"views":[{"name":"fact_cost","comment":"","columns":[{"name":"cost_amount","type":"Decimal(38, 12)","comment":""}]}]}';
    expect(parseAnalyticsJson(text)).toEqual(JSON.parse(text));
  });

  it('still checks a Decimal column’s text when some of it came quoted from the server', () => {
    const text = bodyText([{ name: 'v', type: 'Decimal(38, 6)' }], '[[1.5], ["not a number"]]');
    expect(() => decodeResult(parseAnalyticsJson(text))).toThrow(expect.objectContaining({ code: 'INVALID_RESPONSE', message: expect.stringContaining('"v"') }));
    const quotedOnly = bodyText([{ name: 'v', type: 'Decimal(38, 6)' }], '[["1e5"]]');
    expect(() => decodeResult(parseAnalyticsJson(quotedOnly))).toThrow(expect.objectContaining({ code: 'INVALID_RESPONSE' }));
  });

  it('gives the same rows whether or not its own check of the digits survives a copy of the body', () => {
    const text = bodyText([{ name: 'v', type: 'Nullable(Decimal(38, 6))' }], '[[12345678901234567890.123456], [null], [-1e-6]]');
    const body = parseAnalyticsJson(text);
    expect(decodeResult(structuredClone(body)).rows).toEqual(decodeResult(body).rows);
    expect(decodeResult(body).rows).toEqual([{ v: '12345678901234567890.123456' }, { v: null }, { v: '-0.000001' }]);
    expect(JSON.parse(JSON.stringify(body))).toEqual({ ...JSON.parse(text), rows: [['12345678901234567890.123456'], [null], ['-0.000001']] });
  });

  it('reads the type text for what needs exact digits: wrappers, spacing, wide integers inside tuples; leaves Enum and DateTime64 alone', () => {
    const text = bodyText(
      [
        { name: 'd', type: ' Nullable( Decimal128(20) ) ' },
        { name: 'pair', type: 'Tuple(id Int64, name String)' },
        { name: 'at', type: "DateTime64(3, 'UTC')" },
        { name: 'e', type: "Enum8('Int64' = 1)" },
      ],
      '[[1.00000000000000000001, [9007199254740993, "x"], "2026-11-20 00:00:00.000", "Int64"]]',
    );
    expect(decodeResult<Record<string, unknown>>(parseAnalyticsJson(text)).rows).toEqual([
      { d: '1.00000000000000000001', pair: { id: 9007199254740993n, name: 'x' }, at: new Date('2026-11-20T00:00:00Z'), e: 'Int64' },
    ]);
  });

  it('throws a SyntaxError for text that is not JSON', () => {
    expect(() => parseAnalyticsJson('{"rows": [1.5')).toThrow(SyntaxError);
  });

  for (const useReviver of [true, false]) {
    if (useReviver && !jsonParseHasSourceText()) {
      it('has no JSON.parse source text on this runtime, so nested cells are quoted first', () => {
        expect(jsonParseHasSourceText()).toBe(false);
      });
      continue;
    }
    it(`keeps every digit of Decimals inside arrays, tuples and maps (${useReviver ? 'reviver with context.source' : 'quoted tokens'})`, () => {
      setJsonSourceTextPath(useReviver);
      const text = bodyText(
        [
          { name: 'list', type: 'Array(Nullable(Decimal(38, 20)))' },
          { name: 'pair', type: 'Tuple(price Decimal(38, 20), weight Float64, name String)' },
          { name: 'byKey', type: 'Map(String, Decimal(38, 20))' },
        ],
        '[[[1.00000000000000000001, null, -2e-20], {"price": 3.00000000000000000003, "weight": 0.5, "name": "1.5"}, {"10": 1e-5, "2": 12345678901234567890.5}]]',
      );
      const { rows } = decodeResult<Record<string, unknown>>(parseAnalyticsJson(text));
      expect(rows[0]!.list).toEqual(['1.00000000000000000001', null, '-0.00000000000000000002']);
      expect(rows[0]!.pair).toEqual({ price: '3.00000000000000000003', weight: 0.5, name: '1.5' });
      expect(rows[0]!.byKey).toEqual({ '10': '0.00001', '2': '12345678901234567890.5' });
    });
  }
});
