import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnalyticsError } from '../../src/core/errors';
import { Engine } from '../../src/emulator/engine';
import { checkAst, guardStatement, parseAstText } from '../../src/emulator/guard';

let engine: Engine;
let dataDir: string;
beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'guard-test-'));
  engine = Engine.open({ dataDir, queryTimeoutMs: 5_000, maxRows: 100, poolSize: 1 });
});
afterAll(async () => {
  await engine.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function refusal(sql: string): Promise<AnalyticsError> {
  const error = await guardStatement(engine, sql).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof AnalyticsError)) throw new Error(`expected a refusal of ${sql}`);
  return error;
}

describe('parseAstText', () => {
  it('builds the tree EXPLAIN AST prints, children under their parent', async () => {
    const { ast } = await engine.explainAst('SELECT a FROM fact_signal WHERE b IN (1, 2)');
    const root = parseAstText(ast);
    expect(root?.kind).toBe('SelectWithUnionQuery');
    const select = root?.children[0]?.children[0];
    expect(select?.kind).toBe('SelectQuery');
    expect(select?.children.map((c) => c.kind)).toEqual(['ExpressionList', 'TablesInSelectQuery', 'Function']);
  });

  it('refuses text where an identifier holding a line break forged extra lines', async () => {
    const { ast } = await engine.explainAst('SELECT 1 FROM `a\nb` AS `x\ny`');
    expect(ast.split('\n').some((line) => line.startsWith('b'))).toBe(true);
    expect(parseAstText(ast)).toBeUndefined();
  });

  it('refuses a tree whose printed child counts do not match its lines', () => {
    expect(parseAstText('SelectWithUnionQuery (children 2)\n ExpressionList\n')).toBeUndefined();
    expect(parseAstText('SelectWithUnionQuery (children 1)\n   ExpressionList\n')).toBeUndefined();
    expect(parseAstText('')).toBeUndefined();
  });
});

describe('checkAst', () => {
  it('accepts a plain select and refuses a qualified table', async () => {
    const accepted = parseAstText((await engine.explainAst('SELECT count() FROM fact_signal')).ast);
    const refused = parseAstText((await engine.explainAst('SELECT count() FROM other.fact_signal')).ast);
    if (accepted === undefined || refused === undefined) throw new Error('unparsed');
    expect(checkAst(accepted)).toBeUndefined();
    expect(checkAst(refused)?.code).toBe('ACCESS_DENIED');
  });
});

describe('guardStatement', () => {
  it('resolves to the statement as ClickHouse printed it, comments and trailing semicolon gone', async () => {
    const statement = await guardStatement(engine, "SELECT 'a;b' AS s -- ; DROP TABLE x\n;");
    expect(statement).toBe("SELECT 'a;b' AS s");
  });

  it('refuses two statements, a write and a table function with the documented codes', async () => {
    expect((await refusal('SELECT 1; SELECT 2')).code).toBe('INVALID_QUERY');
    expect((await refusal('DROP TABLE fact_signal')).code).toBe('INVALID_QUERY');
    expect((await refusal("SELECT * FROM file('/etc/passwd')")).code).toBe('ACCESS_DENIED');
    expect((await refusal('SELECT * FROM t WHERE x IN system.tables')).code).toBe('ACCESS_DENIED');
  });

  it('answers a syntax error with 400 QUERY_ERROR carrying the engine message', async () => {
    const error = await refusal('SELEC 1');
    expect({ code: error.code, status: error.status }).toEqual({ code: 'QUERY_ERROR', status: 400 });
    expect(error.details).toMatch(/Syntax error/);
  });
});

describe('guardStatement and literals', () => {
  const literals = [
    'line\u2028separator',
    'paragraph\u2029separator',
    'carriage\rreturn',
    'new\nline',
    'tab\there',
    'nul\u0000byte',
    'emoji 🧾 and ünïcödé',
    'quote \' and backslash \\',
    '\n  Function file (children 1)\n   ExpressionList',
    ' (children 3)',
    '; DROP TABLE fact_signal',
    'SELECT * FROM system.tables',
  ];

  it(`accepts ${literals.length} valid string literals, whatever characters they hold, and runs them unchanged`, async () => {
    for (const literal of literals) {
      const sql = `SELECT ${quote(literal)} AS text, length(text) AS n`;
      const statement = await guardStatement(engine, sql).catch((error: unknown) => error);
      expect({ literal, refused: statement instanceof Error ? statement.message : undefined }).toEqual({ literal, refused: undefined });
      const result = await engine.runReadOnly('emulator_guard', statement as string);
      expect(JSON.parse(`[${result.rowsJson.join(',')}]`)).toEqual([[literal, String(new TextEncoder().encode(literal).length)]]);
    }
  });
});

/** A ClickHouse string literal for `text`. */
function quote(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\u0000/g, '\\0')}'`;
}
