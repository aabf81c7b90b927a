import { describe, expect, it } from 'vitest';
import { AnalyticsError } from '../../src/core/errors';
import { parseQueryBody } from '../../src/server/parseQueryBody';

function errorOf(body: unknown): AnalyticsError {
  try {
    parseQueryBody(body);
  } catch (error) {
    if (error instanceof AnalyticsError) return error;
    throw error;
  }
  throw new Error('expected parseQueryBody to throw');
}

describe('parseQueryBody', () => {
  it('reads a named query, with or without kind, and ignores SQL the browser compiled', () => {
    expect(parseQueryBody({ name: 'usage-trends', params: { a: 1 } })).toEqual({ kind: 'query', name: 'usage-trends', params: { a: 1 } });
    expect(parseQueryBody({ kind: 'query', name: 'x', params: {}, sql: 'SELECT * FROM fact_signal' })).toEqual({
      kind: 'query',
      name: 'x',
      params: {},
    });
  });

  it('defaults missing params to an empty object', () => {
    expect(parseQueryBody({ name: 'x' })).toEqual({ kind: 'query', name: 'x', params: {} });
  });

  it("reads raw SQL as the API's own { query } body or as { kind: 'sql', sql }", () => {
    expect(parseQueryBody({ query: 'SELECT 1' })).toEqual({ kind: 'sql', sql: 'SELECT 1' });
    expect(parseQueryBody({ kind: 'sql', sql: 'SELECT 2' })).toEqual({ kind: 'sql', sql: 'SELECT 2' });
  });

  it.each([
    [null, 'JSON object'],
    [[1, 2], 'JSON object'],
    ['SELECT 1', 'JSON object'],
    [{}, 'name a query'],
    [{ name: 42 }, 'name a query'],
    [{ name: 'x', query: 'SELECT 1' }, 'not both'],
    [{ kind: 'sql', sql: '' }, '"sql" must be a non-empty string'],
    [{ query: 7 }, '"query" must be a non-empty string'],
    [{ kind: 'sql', sql: 'SELECT 1', name: 'x' }, 'must not also name'],
    [{ kind: 'drop', name: 'x' }, 'Unknown request kind'],
  ])('refuses %j with BAD_REQUEST saying what is wrong', (body, message) => {
    const error = errorOf(body);
    expect(error.code).toBe('BAD_REQUEST');
    expect(error.status).toBe(400);
    expect(error.message).toContain(message);
  });
});
