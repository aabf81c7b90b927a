import { describe, expect, it } from 'vitest';
import { canonicalJson, requestKey } from '../../src/testing/requestKey';

describe('canonicalJson', () => {
  it('sorts keys at every depth and drops undefined properties', () => {
    expect(canonicalJson({ b: 1, a: { d: undefined, c: [2, { z: 1, y: 2 }] } })).toBe('{"a":{"c":[2,{"y":2,"z":1}]},"b":1}');
  });

  it('writes dates as ISO strings and bigints as exact decimal strings', () => {
    expect(canonicalJson({ at: new Date(Date.UTC(2026, 10, 23)), n: 2n ** 64n })).toBe(
      '{"at":"2026-11-23T00:00:00.000Z","n":"18446744073709551616"}',
    );
  });
});

describe('requestKey', () => {
  it('keys a named query by name and canonical params, ignoring client-compiled SQL', () => {
    expect(requestKey({ kind: 'query', name: 'q', params: { b: 2, a: 1 }, sql: 'SELECT 1' })).toBe(
      requestKey({ kind: 'query', name: 'q', params: { a: 1, b: 2 } }),
    );
    expect(requestKey({ kind: 'query', name: 'q', params: { a: 1 } })).not.toBe(requestKey({ kind: 'query', name: 'r', params: { a: 1 } }));
  });

  it('keys signals metadata by its filters and SQL by its whitespace-collapsed text', () => {
    expect(requestKey({ kind: 'signalsMetadata', signalName: 'chat' })).toBe('signalsMetadata:{"signalName":"chat"}');
    expect(requestKey({ kind: 'sql', sql: 'SELECT\n  1' })).toBe('sql:SELECT 1');
    expect(requestKey({ kind: 'schema' })).toBe('schema');
  });
});

describe('requestKey for registered named queries', () => {
  it('gives every spelling of the same params one key: Date or ISO text, defaults given or not', () => {
    const byDate = requestKey({
      kind: 'query',
      name: 'usage-trends',
      params: { from: new Date('2026-10-01T00:00:00Z'), to: new Date('2026-11-01T00:00:00Z') },
    });
    const byText = requestKey({
      kind: 'query',
      name: 'usage-trends',
      params: { to: '2026-11-01T00:00:00.000Z', from: '2026-10-01T00:00:00Z', granularity: 'day', timeZone: 'UTC' },
    });
    expect(byText).toBe(byDate);
    expect(byDate).toContain('"from":"2026-10-01T00:00:00.000Z"');
  });

  it('keeps different params apart and keys invalid params as given', () => {
    const day = requestKey({ kind: 'query', name: 'usage-trends', params: { from: '2026-10-01T00:00:00Z', to: '2026-11-01T00:00:00Z' } });
    const week = requestKey({
      kind: 'query',
      name: 'usage-trends',
      params: { from: '2026-10-01T00:00:00Z', to: '2026-11-01T00:00:00Z', granularity: 'week' },
    });
    expect(week).not.toBe(day);
    expect(requestKey({ kind: 'query', name: 'usage-trends', params: { from: 'yesterday' } })).toBe('query:usage-trends:{"from":"yesterday"}');
  });
});
