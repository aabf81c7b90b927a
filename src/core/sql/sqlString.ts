/**
 * The one escaper of string literals. Every value that enters generated SQL as text goes
 * through `sqlString`; identifiers never come from input, so there is no identifier escaper.
 */
import { AnalyticsError } from '../errors';

/** A lone UTF-16 surrogate: a JS string that has no UTF-8 form, so no SQL literal can hold it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Backslash, single quote and every C0 control character plus DEL. */
const NEEDS_ESCAPE = /[\\'\u0000-\u001f\u007f]/g;

function escapeCharacter(character: string): string {
  if (character === '\\') return '\\\\';
  if (character === "'") return "\\'";
  // Control characters (NUL above all: the engine's C API would cut the query at a raw NUL)
  // are written as \xHH so the SQL text stays printable and single-line.
  return `\\x${character.charCodeAt(0).toString(16).padStart(2, '0').toUpperCase()}`;
}

/**
 * Renders `value` as a ClickHouse single-quoted string literal that the engine reads back as
 * exactly `value` (property-tested against chDB). Backslashes and quotes are escaped; control
 * characters become `\xHH`; everything else, including astral Unicode, stays as UTF-8 text.
 *
 * Throws `AnalyticsError` `INVALID_PARAMS` for a non-string or a string with a lone surrogate,
 * which no UTF-8 query text can carry.
 */
export function sqlString(value: string): string {
  if (typeof value !== 'string') {
    throw new AnalyticsError({
      code: 'INVALID_PARAMS',
      message: `sqlString expects a string, got ${value === null ? 'null' : typeof value}`,
    });
  }
  if (LONE_SURROGATE.test(value)) {
    throw new AnalyticsError({
      code: 'INVALID_PARAMS',
      message: 'A text value holds a lone UTF-16 surrogate, which is not valid Unicode text',
    });
  }
  return `'${value.replace(NEEDS_ESCAPE, escapeCharacter)}'`;
}

/** Whether `value` is well-formed Unicode text (no lone surrogates), i.e. `sqlString` accepts it. */
export function isWellFormedText(value: string): boolean {
  return !LONE_SURROGATE.test(value);
}

/**
 * Renders a comma-separated list of string literals for `IN (…)`. An empty list renders as
 * nothing, so callers must handle it (an empty `IN ()` is a syntax error, never "match all").
 */
export function sqlStringList(values: readonly string[]): string {
  return values.map(sqlString).join(', ');
}
