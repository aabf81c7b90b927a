import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stableSerialize } from '../../../src/core/client/stableSerialize';

/** The same object with its keys inserted in reverse order, all the way down. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).reverse().map(([key, member]) => [key, reverseKeys(member)]));
}

describe('stableSerialize', () => {
  it('gives the same key whatever order object keys were written in', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => stableSerialize(value) === stableSerialize(reverseKeys(value))));
  });

  it('gives different keys to different JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (left, right) => {
        const sameValue = stableSerialize(left) === stableSerialize(right);
        // Equal keys only for deeply equal values.
        if (sameValue) expect(right).toEqual(left);
      }),
    );
  });

  it('drops undefined members, as the wire does', () => {
    expect(stableSerialize({ kind: 'sql', sql: 'SELECT 1', extra: undefined })).toBe(stableSerialize({ sql: 'SELECT 1', kind: 'sql' }));
  });

  it('keeps bigints exact and tells them apart from numbers and strings', () => {
    expect(stableSerialize({ n: 9007199254740993n })).not.toBe(stableSerialize({ n: 9007199254740992n }));
    expect(stableSerialize({ n: 1n })).not.toBe(stableSerialize({ n: 1 }));
    expect(stableSerialize({ n: 1n })).not.toBe(stableSerialize({ n: '1' }));
  });

  it('keys Dates by their instant', () => {
    expect(stableSerialize({ from: new Date('2026-01-01T00:00:00Z') })).toBe(stableSerialize({ from: new Date(Date.UTC(2026, 0, 1)) }));
    expect(stableSerialize({ from: new Date('2026-01-01T00:00:00Z') })).not.toBe(stableSerialize({ from: new Date('2026-01-02T00:00:00Z') }));
  });

  it('does not loop forever on a circular value', () => {
    const circular: Record<string, unknown> = { a: 1 };
    circular.self = circular;
    expect(typeof stableSerialize(circular)).toBe('string');
  });
});
