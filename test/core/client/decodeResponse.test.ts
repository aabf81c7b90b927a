import { describe, expect, it } from 'vitest';
import { decodeResponse } from '../../../src/core/client/decodeResponse';
import { parseSchemaBody } from '../../../src/core/client/parseSchemaBody';
import { parseSignalsMetadataBody } from '../../../src/core/client/parseSignalsMetadataBody';
import { AnalyticsError } from '../../../src/core/errors';

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AnalyticsError);
    return (error as AnalyticsError).code;
  }
  return undefined;
}

const SCHEMA = {
  views: [
    {
      name: 'fact_signal',
      comment: 'One row per signal',
      columns: [{ name: 'signal_id', type: 'String', comment: 'Id' }],
    },
  ],
};

const METADATA = {
  signals: [{ signalName: 'email-triage', paths: [{ path: 'tool_name', types: ['String'] }] }],
  meta: { fromDate: '2026-10-24T00:00:00.000Z', toDate: '2026-11-23T00:00:00.000Z' },
};

describe('parseSchemaBody', () => {
  it('returns a documented schema body as it is', () => {
    expect(parseSchemaBody(SCHEMA)).toEqual(SCHEMA);
  });

  it('reads a missing comment as an empty string', () => {
    expect(parseSchemaBody({ views: [{ name: 'v', columns: [{ name: 'c', type: 'String' }] }] })).toEqual({
      views: [{ name: 'v', comment: '', columns: [{ name: 'c', type: 'String', comment: '' }] }],
    });
  });

  it.each([
    ['null', null],
    ['an array', []],
    ['no views', {}],
    ['a view without columns', { views: [{ name: 'v' }] }],
    ['a column type that is not a string', { views: [{ name: 'v', columns: [{ name: 'c', type: 7 }] }] }],
  ])('refuses %s with INVALID_RESPONSE', (_label, body) => {
    expect(codeOf(() => parseSchemaBody(body))).toBe('INVALID_RESPONSE');
  });
});

describe('parseSignalsMetadataBody', () => {
  it('returns a documented signals metadata body as it is', () => {
    expect(parseSignalsMetadataBody(METADATA)).toEqual(METADATA);
  });

  it.each([
    ['no signals', { meta: METADATA.meta }],
    ['no meta', { signals: [] }],
    ['types that are not strings', { ...METADATA, signals: [{ signalName: 's', paths: [{ path: 'p', types: [1] }] }] }],
    ['a signal without a name', { ...METADATA, signals: [{ paths: [] }] }],
  ])('refuses %s with INVALID_RESPONSE', (_label, body) => {
    expect(codeOf(() => parseSignalsMetadataBody(body))).toBe('INVALID_RESPONSE');
  });
});

describe('decodeResponse', () => {
  it('decodes query and SQL bodies into typed rows', () => {
    const body = { columns: [{ name: 'n', type: 'UInt64' }], rows: [['18446744073709551615']], meta: { rowCount: 1, elapsedMs: 2, truncated: false } };
    expect(decodeResponse({ kind: 'sql', sql: 'SELECT n' }, body).rows).toEqual([{ n: 18446744073709551615n }]);
    expect(decodeResponse({ kind: 'query', name: 'usage-trends', params: {} }, body).meta).toEqual(body.meta);
  });

  it('checks schema and metadata bodies by the request kind', () => {
    expect(decodeResponse({ kind: 'schema' }, SCHEMA)).toEqual(SCHEMA);
    expect(decodeResponse({ kind: 'signalsMetadata' }, METADATA)).toEqual(METADATA);
    expect(codeOf(() => decodeResponse({ kind: 'schema' }, METADATA))).toBe('INVALID_RESPONSE');
    expect(codeOf(() => decodeResponse({ kind: 'sql', sql: 'SELECT 1' }, SCHEMA))).toBe('INVALID_RESPONSE');
  });
});
