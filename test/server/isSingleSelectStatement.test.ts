import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWellFormedText, sqlString } from '../../src/core/sql/sqlString';
import { isSingleSelectStatement } from '../../src/server/isSingleSelectStatement';

describe('isSingleSelectStatement', () => {
  it.each([
    'SELECT 1',
    'select count() from fact_signal',
    '  \n SELECT 1;',
    'SELECT 1 ;  \n',
    'WITH t AS (SELECT 1 AS x) SELECT x FROM t',
    '(SELECT 1) UNION ALL (SELECT 2)',
    "SELECT ';' AS semicolon",
    "SELECT 'it''s; fine'",
    "SELECT 'a\\'; DROP TABLE t; --'", // the backslash escapes the quote: all of it is one string
    'SELECT "a;b" FROM t',
    'SELECT `a;b` FROM t',
    '-- a comment; with a semicolon\nSELECT 1',
    '/* lead; /* nested; */ still comment; */ SELECT 1',
    'SELECT $$;$$',
    'SELECT $tag$ ; $tag$',
    '# comment; here\nSELECT 1',
  ])('accepts one read-only statement: %s', (sql) => {
    expect(isSingleSelectStatement(sql)).toBe(true);
  });

  it.each([
    'SELECT 1; SELECT 2',
    'SELECT 1;; ',
    'INSERT INTO t VALUES (1)',
    'DROP TABLE fact_signal',
    'SYSTEM SHUTDOWN',
    'SET readonly = 0; SELECT 1',
    "SELECT 'unterminated",
    'SELECT 1 /* unterminated',
    'SELECT $x$ unterminated',
    "SELECT 'back\\\\'; DROP TABLE t", // an escaped backslash: the string closes before the ;
    'SELECT 1 -- comment\n; DROP TABLE t',
    "SELECT $$'$$; DROP TABLE t; SELECT '",
    'SELECTED 1',
    'EXPLAIN SELECT 1',
    '',
    '   ',
  ])('refuses anything else: %s', (sql) => {
    expect(isSingleSelectStatement(sql)).toBe(false);
  });

  it('reads every literal sqlString writes as one string, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 64 }), (text) => {
        fc.pre(isWellFormedText(text));
        expect(isSingleSelectStatement(`SELECT ${sqlString(text)} AS value`)).toBe(true);
        expect(isSingleSelectStatement(`SELECT ${sqlString(text)}; SELECT 1`)).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});
