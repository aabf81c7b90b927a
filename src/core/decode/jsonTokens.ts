/** Token boundaries in JSON text that is known to be valid (`JSON.parse` accepted it). */

/** The index just past the JSON string starting at `start` (a `"`). */
export function endOfString(text: string, start: number): number {
  let index = start + 1;
  for (;;) {
    const quote = text.indexOf('"', index);
    if (quote < 0) return text.length;
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === 92) backslashes++;
    index = quote + 1;
    if ((backslashes & 1) === 0) return index;
  }
}

/** The index just past the JSON number starting at `start`. */
export function endOfNumber(text: string, start: number): number {
  let index = start + 1;
  const length = text.length;
  while (index < length) {
    const code = text.charCodeAt(index);
    if ((code >= 48 && code <= 57) || code === 46 || code === 101 || code === 69 || code === 43 || code === 45) index++;
    else break;
  }
  return index;
}

/** The index just past the JSON array or object starting at `start` (a `[` or `{`). */
export function endOfContainer(text: string, start: number): number {
  let depth = 0;
  let index = start;
  const length = text.length;
  while (index < length) {
    const code = text.charCodeAt(index);
    if (code === 34) {
      index = endOfString(text, index);
      continue;
    }
    if (code === 91 || code === 123) depth++;
    else if (code === 93 || code === 125) {
      depth--;
      if (depth === 0) return index + 1;
    }
    index++;
  }
  return length;
}

/** The index just past the JSON value starting at `start` (after any whitespace). */
export function endOfValue(text: string, start: number): number {
  const code = text.charCodeAt(start);
  if (code === 34) return endOfString(text, start);
  if (code === 91 || code === 123) return endOfContainer(text, start);
  let index = start;
  while (index < text.length && !isStructural(text.charCodeAt(index))) index++;
  return index;
}

/** The index of the first non-whitespace character at or after `start`. */
export function skipWhitespace(text: string, start: number): number {
  let index = start;
  for (;;) {
    const code = text.charCodeAt(index);
    if (code === 32 || code === 10 || code === 13 || code === 9) index++;
    else return index;
  }
}

function isStructural(code: number): boolean {
  return code === 44 || code === 93 || code === 125 || code === 32 || code === 10 || code === 13 || code === 9;
}
