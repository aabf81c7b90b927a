/**
 * The statement guard: decides from ClickHouse's own parse (`formatQuery` for "exactly one
 * statement", `EXPLAIN AST` for the tree) whether a client's SQL may run. Nothing here looks at
 * the SQL text itself, so a semicolon or `system.tables` inside a string literal or a comment is
 * just text. The engine then runs the statement read-only, in the caller's database, as a second wall.
 */
import { AnalyticsError } from '../core/errors';
import { CLICKHOUSE_CODES, EngineQueryError } from './engine';

/** One node of `EXPLAIN AST`'s printed tree. */
export interface AstNode {
  /** The node kind, e.g. `SelectQuery`, `Function`, `TableIdentifier`. */
  kind: string;
  /** The rest of the line: a function or table name, a literal, an alias. */
  text: string;
  /** Children as printed in "(children N)", or 0. */
  declaredChildren: number;
  children: AstNode[];
  line: number;
}

/**
 * Scalar functions that reach outside the caller's views: the disk, dictionaries, other tables,
 * server configuration. Table functions (`file`, `url`, `s3`, `remote`, `numbers`, …) are refused
 * by position instead: any function in a FROM clause.
 */
const DENIED_FUNCTION_PREFIXES = [
  'file', 'dictget', 'dicthas', 'dictisin', 'joinget', 'hascolumnintable', 'getserversetting', 'getmacro',
  'filesystem', 'catboost', 'naivebayes', 'getclienthttpheader', 'zookeeper',
];

/** Table functions, refused by name too should one ever appear outside a FROM clause. */
const DENIED_FUNCTION_NAMES = new Set([
  'url', 'urlcluster', 's3', 's3cluster', 'gcs', 'oss', 'cosn', 'hdfs', 'hdfscluster', 'azureblobstorage', 'remote',
  'remotesecure', 'cluster', 'clusterallreplicas', 'mysql', 'postgresql', 'mongodb', 'redis', 'sqlite', 'jdbc', 'odbc',
  'executable', 'input', 'merge', 'numbers', 'numbers_mt', 'zeros', 'generaterandom', 'view', 'viewexplain', 'loop',
  'values', 'iceberg', 'deltalake', 'hudi', 'dictionary', 'mergetreeindex', 'timeseriesdata',
]);

/** Functions whose second argument may name a table (`x IN some_table`). */
const IN_FUNCTIONS = new Set(['in', 'notin', 'globalin', 'globalnotin', 'nullin', 'notnullin', 'globalnullin', 'globalnotnullin']);

/**
 * One printed node. Lines are split on `\n` only, so the rest of a line may hold any other
 * character a literal can carry — `\r`, U+2028, U+2029 (the `s` flag lets `.` match them).
 */
const LINE = /^( *)([A-Za-z][A-Za-z0-9_]*)(?: (.*))?$/s;
const CHILDREN = /(?:^| )\(children (\d+)\)$/;

/**
 * Parses the indented text `EXPLAIN AST` prints into a tree. Any line that is not a well-formed
 * node, an indentation jump, a second root, or a child count that does not match what was printed
 * makes the statement unanalysable (an identifier holding a line break can forge lines): refused.
 */
export function parseAstText(text: string): AstNode | undefined {
  const lines = text.split('\n').filter((l) => l.length > 0);
  const stack: AstNode[] = [];
  let root: AstNode | undefined;
  for (let i = 0; i < lines.length; i += 1) {
    const match = LINE.exec(lines[i] ?? '');
    if (match === null) return undefined;
    const depth = (match[1] ?? '').length;
    let rest = match[3] ?? '';
    const declared = CHILDREN.exec(rest);
    if (declared !== null) rest = rest.slice(0, declared.index);
    const node: AstNode = { kind: match[2] ?? '', text: rest, declaredChildren: declared ? Number(declared[1]) : 0, children: [], line: i };
    if (depth === 0) {
      if (root !== undefined) return undefined;
      root = node;
      stack.length = 0;
      stack.push(node);
      continue;
    }
    if (depth > stack.length) return undefined;
    stack.length = depth;
    const parent = stack[depth - 1];
    if (parent === undefined) return undefined;
    parent.children.push(node);
    stack.push(node);
  }
  if (root === undefined) return undefined;
  const consistent = (node: AstNode): boolean =>
    node.children.length === node.declaredChildren && node.children.every(consistent);
  return consistent(root) ? root : undefined;
}

/** The name a `Function` or `TableIdentifier` line carries, without its alias. */
function nameOf(node: AstNode): string {
  const alias = node.text.indexOf(' (alias ');
  return (alias === -1 ? node.text : node.text.slice(0, alias)).trim();
}

function invalid(message: string, details?: string): AnalyticsError {
  return new AnalyticsError({ code: 'INVALID_QUERY', status: 400, message, ...(details === undefined ? {} : { details }) });
}

function denied(message: string, details?: string): AnalyticsError {
  return new AnalyticsError({ code: 'ACCESS_DENIED', status: 403, message, ...(details === undefined ? {} : { details }) });
}

function isDeniedFunction(name: string): boolean {
  const lower = name.toLowerCase();
  return DENIED_FUNCTION_NAMES.has(lower) || DENIED_FUNCTION_PREFIXES.some((prefix) => lower.startsWith(prefix));
}

/** A table reference is allowed only unqualified: the caller's database holds only the 15 views. */
function checkTableName(name: string): AnalyticsError | undefined {
  if (name.includes('.') || name.length === 0) {
    return denied('Only the analytics views may be queried, by their unqualified names.', `Refused table reference: ${name}`);
  }
  return undefined;
}

/**
 * The verdict on a parsed statement: `undefined` when it may run, else the error to answer with.
 * Rules: the root is a SELECT (or WITH … SELECT, UNION, INTERSECT, EXCEPT); no INTO OUTFILE, FORMAT
 * or SETTINGS anywhere; no table functions; tables only unqualified; no function that reads files,
 * the network, dictionaries or other tables.
 */
export function checkAst(root: AstNode): AnalyticsError | undefined {
  if (root.kind !== 'SelectWithUnionQuery' && root.kind !== 'SelectIntersectExceptQuery') {
    return invalid('Only a single read-only SELECT (or WITH … SELECT) statement is accepted.', `Statement kind: ${root.kind}`);
  }
  // A SELECT's own clauses are children of the union node: INTO OUTFILE (a Literal), FORMAT (an
  // Identifier), SETTINGS (a Set). Only the list of selects may be there.
  for (const clause of root.children.slice(1)) {
    return invalid('INTO OUTFILE, FORMAT and SETTINGS clauses are not accepted.', `Refused clause: ${clause.kind} ${clause.text}`.trim());
  }
  let verdict: AnalyticsError | undefined;
  const visit = (node: AstNode, parent: AstNode | undefined): void => {
    if (verdict !== undefined) return;
    switch (node.kind) {
      case 'Set':
      case 'SetQuery':
        verdict = invalid('SETTINGS clauses are not accepted: the API fixes the query limits.');
        return;
      case 'TableIdentifier':
        verdict = checkTableName(nameOf(node));
        break;
      case 'Function': {
        const name = nameOf(node);
        if (parent?.kind === 'TableExpression') {
          verdict = denied('Table functions are not accepted; query the analytics views.', `Refused table function: ${name}`);
          return;
        }
        if (isDeniedFunction(name)) {
          verdict = denied('This function reads outside the analytics views.', `Refused function: ${name}`);
          return;
        }
        if (IN_FUNCTIONS.has(name.toLowerCase())) {
          const rightHand = node.children[0]?.children[1];
          if (rightHand?.kind === 'Identifier') verdict = checkTableName(nameOf(rightHand));
        }
        break;
      }
      case 'SelectWithUnionQuery':
      case 'SelectIntersectExceptQuery':
        if (node !== root && parent?.kind !== 'Subquery' && parent?.kind !== 'ExpressionList' && parent?.kind !== 'SelectWithUnionQuery' && parent?.kind !== 'SelectIntersectExceptQuery') {
          verdict = invalid('Unexpected statement structure.');
          return;
        }
        if (node !== root && node.children.length > 1 && node.kind === 'SelectWithUnionQuery') {
          verdict = invalid('INTO OUTFILE, FORMAT and SETTINGS clauses are not accepted.');
          return;
        }
        break;
      default:
        break;
    }
    for (const child of node.children) visit(child, node);
  };
  visit(root, undefined);
  return verdict;
}

/** What the guard needs from the engine. */
export interface StatementParser {
  explainAst(sql: string): Promise<{ formatted: string; ast: string }>;
}

/** Engine errors from parsing that mean "more than one statement". */
function isMultiStatement(error: EngineQueryError): boolean {
  return /Multi-statements are not allowed/i.test(error.message);
}

/**
 * Decides whether `sql` may run; resolves when it may, rejects with the `AnalyticsError` to answer
 * with otherwise (400 INVALID_QUERY, 400 QUERY_ERROR for a syntax error, 403 ACCESS_DENIED).
 * Resolves to the statement as ClickHouse printed it: the exact text that was checked, which is
 * what runs (comments and a trailing semicolon gone).
 */
export async function guardStatement(parser: StatementParser, sql: string): Promise<string> {
  if (sql.trim().length === 0) throw invalid('The query is empty.');
  let parsed: { formatted: string; ast: string };
  try {
    parsed = await parser.explainAst(sql);
  } catch (error) {
    if (error instanceof EngineQueryError) {
      if (isMultiStatement(error)) throw invalid('Only one statement per request is accepted.', error.message);
      if (error.clickhouseCode === CLICKHOUSE_CODES.SYNTAX_ERROR) {
        throw new AnalyticsError({ code: 'QUERY_ERROR', status: 400, message: 'The query could not be parsed.', details: error.message });
      }
      throw invalid('The statement could not be analysed.', error.message);
    }
    throw error;
  }
  const root = parseAstText(parsed.ast);
  if (root === undefined) throw invalid('The statement could not be analysed (unusual identifiers?).');
  const verdict = checkAst(root);
  if (verdict !== undefined) throw verdict;
  return parsed.formatted;
}
