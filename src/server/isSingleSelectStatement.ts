/**
 * A conservative check that raw SQL is one `SELECT` (or `WITH … SELECT`) statement, run by the
 * proxy before it forwards trusted users' SQL. Upstream enforces the same rule; this is a second
 * fence, so where ClickHouse's lexer and this scanner could disagree it errs on refusing.
 *
 * It skips quoted strings and identifiers (`'…'`, `"…"`, `` `…` ``, with backslash and doubled-quote
 * escapes), heredocs (`$tag$…$tag$`) and comments (`--`, `# `, nested `/* … *\/`), then requires
 * the first word to be SELECT or WITH and no `;` except one at the very end.
 */

/** True when `sql` is a single statement whose first keyword is SELECT or WITH. */
export function isSingleSelectStatement(sql: string): boolean {
  const code = codeOutsideLiterals(sql);
  if (code === null) return false;
  const trimmed = code.trim().replace(/;\s*$/, '');
  if (trimmed.includes(';')) return false;
  return /^\(*\s*(SELECT|WITH)\b/i.test(trimmed);
}

/**
 * `sql` with every string, quoted identifier, heredoc and comment replaced by one space;
 * `null` when one of them is left unterminated (ClickHouse would refuse it anyway).
 */
function codeOutsideLiterals(sql: string): string | null {
  let out = '';
  let i = 0;
  while (i < sql.length) {
    const char = sql[i]!;
    const next = sql[i + 1];
    if (char === "'" || char === '"' || char === '`') {
      const end = endOfQuoted(sql, i, char);
      if (end === -1) return null;
      out += ' ';
      i = end;
    } else if (char === '-' && next === '-') {
      i = endOfLine(sql, i);
      out += ' ';
    } else if (char === '#' && (next === ' ' || next === '!')) {
      i = endOfLine(sql, i);
      out += ' ';
    } else if (char === '/' && next === '*') {
      const end = endOfBlockComment(sql, i);
      if (end === -1) return null;
      out += ' ';
      i = end;
    } else if (char === '$') {
      const end = endOfHeredoc(sql, i);
      if (end === -1) return null;
      if (end > i + 1) out += ' ';
      else out += char;
      i = end;
    } else {
      out += char;
      i += 1;
    }
  }
  return out;
}

/** Index after the closing quote of a quoted run starting at `start`, or -1 if unterminated. */
function endOfQuoted(sql: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < sql.length) {
    const char = sql[i];
    if (char === '\\') {
      i += 2;
    } else if (char === quote) {
      if (sql[i + 1] === quote) i += 2;
      else return i + 1;
    } else {
      i += 1;
    }
  }
  return -1;
}

function endOfLine(sql: string, start: number): number {
  const newline = sql.indexOf('\n', start);
  return newline === -1 ? sql.length : newline + 1;
}

/** Index after a (possibly nested) block comment starting at `start`, or -1 if unterminated. */
function endOfBlockComment(sql: string, start: number): number {
  let depth = 0;
  let i = start;
  while (i < sql.length) {
    if (sql[i] === '/' && sql[i + 1] === '*') {
      depth += 1;
      i += 2;
    } else if (sql[i] === '*' && sql[i + 1] === '/') {
      depth -= 1;
      i += 2;
      if (depth === 0) return i;
    } else {
      i += 1;
    }
  }
  return -1;
}

/**
 * For a `$` at `start`: the index after a heredoc `$tag$…$tag$` if one starts here, -1 if it is
 * unterminated, or `start + 1` when this `$` opens no heredoc.
 */
function endOfHeredoc(sql: string, start: number): number {
  const opening = /^\$[A-Za-z0-9_]*\$/.exec(sql.slice(start));
  if (opening === null) return start + 1;
  const tag = opening[0];
  const close = sql.indexOf(tag, start + tag.length);
  return close === -1 ? -1 : close + tag.length;
}
