/**
 * A walk over a query body's JSON text, guided by the rows `JSON.parse` already read from it, that finds in
 * the top-level `rows` array the source text of the cells whose digits `JSON.parse` may round: number
 * tokens in Decimal and 64-bit integer columns, and whole cells of nested columns that hold them.
 *
 * It touches a few characters per cell: knowing each parsed cell, it steps over a string by its parsed
 * length (checked: the character there must be the closing quote), over `null`/`true`/`false` by their
 * length, and reads only number tokens and nested cells character by character. Wherever the text is not
 * what the parsed rows say, it throws `INVALID_RESPONSE`: a wrong digit is never the outcome.
 */
import { AnalyticsError } from '../errors';
import { endOfContainer, endOfString, endOfValue, skipWhitespace } from './jsonTokens';

/** What a column's numbers need: exact decimal text, exact integer text, or a whole nested cell. */
export type ExactCellKind = 'decimal' | 'integer' | 'nested';

/**
 * Called for a cell of a column with a kind that needs more than its slice: its source is
 * `text.slice(start, end)` (a number token with an exponent, a negative zero, a 64-bit integer beyond 2^53,
 * a nested cell).
 */
export type VisitRowNumber = (row: number, column: number, kind: ExactCellKind, start: number, end: number) => void;

/**
 * Walks the cells of the top-level `rows` member whose column's `kinds` entry is set. `rows` is what
 * `JSON.parse(text)` gave for that member, and is changed in place: a Decimal cell sent as a plain JSON
 * number (no exponent, the usual case) becomes its source text right here; every other such cell is passed
 * to `visit`. A body with more than one `rows` member is refused. `textCells[c]` is set when a cell of
 * column `c` arrived as a string (the server's own text, not written here).
 */
export function scanRowNumbers(
  text: string,
  rows: unknown[],
  kinds: readonly (ExactCellKind | undefined)[],
  visit: VisitRowNumber,
  textCells: boolean[] = [],
): void {
  let members = 0;
  let index = skipWhitespace(text, 0);
  if (text.charCodeAt(index) !== 123) throw invalid('the body is not an object');
  index = skipWhitespace(text, index + 1);
  while (index < text.length && text.charCodeAt(index) === 34) {
    const keyEnd = endOfString(text, index);
    const rawKey = text.slice(index, keyEnd);
    const key = rawKey.includes('\\') ? (JSON.parse(rawKey) as string) : rawKey.slice(1, -1);
    index = skipWhitespace(text, skipWhitespace(text, keyEnd) + 1); // past the ':'
    if (key === 'rows') {
      // JSON.parse keeps the last of repeated keys; refuse rather than guess which one the rows came from.
      if (++members > 1) throw invalid('the body has more than one "rows" member');
      index = walkRows(text, index, rows, kinds, visit, textCells);
    } else {
      index = endOfValue(text, index);
    }
    index = skipWhitespace(text, index);
    if (text.charCodeAt(index) !== 44) break;
    index = skipWhitespace(text, index + 1);
  }
}

/** A JSON number up to its exponent, and an exponent: sticky, to be run at an index. */
const PLAIN_NUMBER = /-?\d+(?:\.\d+)?/y;
const EXPONENT = /[eE][+-]?\d+/y;

/** Walks the rows array whose `[` is at `start`; returns the index past its `]`. Kept in one function: it is hot. */
function walkRows(
  text: string,
  start: number,
  rows: unknown[],
  kinds: readonly (ExactCellKind | undefined)[],
  visit: VisitRowNumber,
  textCells: boolean[],
): number {
  if (text.charCodeAt(start) !== 91) throw invalid('"rows" is not an array');
  let index = skipWhitespace(text, start + 1);
  if (text.charCodeAt(index) === 93) return index + 1;
  for (let r = 0; ; r++) {
    const row = rows[r] as unknown[];
    if (text.charCodeAt(index) !== 91 || !Array.isArray(row)) throw invalid(`row ${r} is not an array`);
    index++;
    let code = text.charCodeAt(index);
    if (code <= 32) code = text.charCodeAt((index = skipWhitespace(text, index)));
    if (code === 93) {
      index++;
    } else {
      for (let c = 0; ; c++) {
        const cell: unknown = row[c];
        let end = -1;
        let plain = false;
        // The index past this cell, read as what JSON.parse made of it; -1 where the text disagrees.
        if (typeof cell === 'string') {
          if (code === 34) {
            // Escapes only lengthen a string, and a raw quote inside one is always escaped: so if the
            // character `cell.length` after the opening quote is an unescaped quote, it is the closing one.
            const predicted = index + 1 + cell.length;
            end = text.charCodeAt(predicted) === 34 && text.charCodeAt(predicted - 1) !== 92 ? predicted + 1 : endOfString(text, index);
          }
        } else if (typeof cell === 'number') {
          if (code === 45 || (code >= 48 && code <= 57)) {
            // A sticky regular expression finds the end faster than a character loop does on V8.
            PLAIN_NUMBER.lastIndex = index;
            PLAIN_NUMBER.test(text);
            end = PLAIN_NUMBER.lastIndex;
            const after = text.charCodeAt(end);
            plain = after !== 101 && after !== 69;
            if (!plain) {
              EXPONENT.lastIndex = end;
              EXPONENT.test(text);
              end = EXPONENT.lastIndex;
            }
            // JSON has no leading zeros, so only a negative zero ('-0', '-0.00') needs more than the slice.
            if (code === 45 && cell === 0) plain = false;
          }
        } else if (cell === null) {
          if (code === 110) end = index + 4;
        } else if (typeof cell === 'boolean') {
          if (code === (cell ? 116 : 102)) end = index + (cell ? 4 : 5);
        } else if (code === 91 || code === 123) {
          end = endOfContainer(text, index);
        }
        if (end < 0) throw invalid(`row ${r}, column ${c} is not where the parsed rows put it`);
        const kind = kinds[c];
        if (kind !== undefined && typeof cell === 'string') textCells[c] = true;
        else if (kind !== undefined && cell !== null) {
          if (kind === 'decimal' && plain) row[c] = text.slice(index, end);
          else if (kind !== 'integer' || !Number.isSafeInteger(cell)) visit(r, c, kind, index, end);
        }
        let next = text.charCodeAt(end);
        if (next <= 32) next = text.charCodeAt((end = skipWhitespace(text, end)));
        index = end + 1;
        code = text.charCodeAt(index);
        if (code <= 32) code = text.charCodeAt((index = skipWhitespace(text, index)));
        if (next === 93) break;
        if (next !== 44) throw invalid(`row ${r} is not a JSON array`);
      }
    }
    let next = text.charCodeAt(index);
    if (next <= 32) next = text.charCodeAt((index = skipWhitespace(text, index)));
    index = skipWhitespace(text, index + 1);
    if (next === 93) return index;
    if (next !== 44) throw invalid('"rows" is not a JSON array');
  }
}

function invalid(message: string): AnalyticsError {
  return new AnalyticsError({ code: 'INVALID_RESPONSE', message: `Invalid query response: ${message}.` });
}
