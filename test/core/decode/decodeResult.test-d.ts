import { describe, expectTypeOf, it } from 'vitest';
import type { ResponseColumn, ResponseMeta } from '../../../src/core/contract';
import { decodeResult, type DecodedResult } from '../../../src/core/decode/decodeResult';
import { parseClickHouseType, type ClickHouseType } from '../../../src/core/decode/clickhouseType';
import type { IsoDate } from '../../../src/core/decode/calendarDate';

describe('decodeResult types', () => {
  it('types rows with the given row type', () => {
    const result = decodeResult<{ a: bigint }>({});
    expectTypeOf(result).toEqualTypeOf<DecodedResult<{ a: bigint }>>();
    expectTypeOf(result.rows).toEqualTypeOf<{ a: bigint }[]>();
    expectTypeOf(result.rows[0]!.a).toEqualTypeOf<bigint>();
    expectTypeOf(result.columns).toEqualTypeOf<ResponseColumn[]>();
    expectTypeOf(result.meta).toEqualTypeOf<ResponseMeta>();
  });

  it('defaults rows to records of unknown and takes any body', () => {
    expectTypeOf(decodeResult).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(decodeResult({}).rows).toEqualTypeOf<Record<string, unknown>[]>();
  });

  it('IsoDate is a string', () => {
    expectTypeOf<IsoDate>().toEqualTypeOf<string>();
  });

  it('parseClickHouseType returns a union discriminated by kind', () => {
    const type = parseClickHouseType('UInt64');
    expectTypeOf(type).toEqualTypeOf<ClickHouseType>();
    if (type.kind === 'dateTime') expectTypeOf(type.timeZone).toEqualTypeOf<string | undefined>();
    if (type.kind === 'unknown') expectTypeOf(type.text).toEqualTypeOf<string>();
    if (type.kind === 'tuple') expectTypeOf(type.elements[0]!.name).toEqualTypeOf<string | undefined>();
  });
});
