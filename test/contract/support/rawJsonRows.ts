/**
 * Reads the `rows` of a `POST /query` body as the raw text of each cell, so a test can state which
 * JSON token the API sent (a number `0.1234567890123456789`, a string `"42"`, `null`) and with
 * which digits — what `JSON.parse` would already have rounded.
 */

/** The raw JSON text of every cell of `rows`, row by row. Throws on a body that is not JSON. */
export function rawJsonRows(text: string): string[][] {
  const scanner = new Scanner(text);
  const rows: string[][] = [];
  scanner.skipSpace();
  scanner.expect('{');
  for (;;) {
    scanner.skipSpace();
    if (scanner.peek() === '}') break;
    const key = JSON.parse(scanner.value()) as string;
    scanner.skipSpace();
    scanner.expect(':');
    scanner.skipSpace();
    if (key === 'rows') {
      scanner.elements((row) => {
        const cells: string[] = [];
        row.elements((cell) => {
          cells.push(cell.value());
        });
        rows.push(cells);
      });
    } else {
      scanner.value();
    }
    scanner.skipSpace();
    if (scanner.peek() === ',') scanner.expect(',');
  }
  return rows;
}

class Scanner {
  private at = 0;
  constructor(private readonly text: string) {}

  peek(): string {
    return this.text[this.at] ?? '';
  }

  expect(char: string): void {
    if (this.text[this.at] !== char) throw new SyntaxError(`Expected ${char} at ${this.at}, found ${JSON.stringify(this.peek())}`);
    this.at += 1;
  }

  skipSpace(): void {
    while (/\s/.test(this.peek()) && this.at < this.text.length) this.at += 1;
  }

  /** Calls `each` once per element of the array at the cursor, with the cursor on the element. */
  elements(each: (scanner: Scanner) => void): void {
    this.expect('[');
    this.skipSpace();
    if (this.peek() === ']') {
      this.at += 1;
      return;
    }
    for (;;) {
      this.skipSpace();
      each(this);
      this.skipSpace();
      if (this.peek() === ']') {
        this.at += 1;
        return;
      }
      this.expect(',');
    }
  }

  /** Skips one JSON value and returns its raw text. */
  value(): string {
    const start = this.at;
    const first = this.peek();
    if (first === '"') {
      this.at += 1;
      while (this.at < this.text.length && this.text[this.at] !== '"') this.at += this.text[this.at] === '\\' ? 2 : 1;
      this.expect('"');
    } else if (first === '[' || first === '{') {
      const close = first === '[' ? ']' : '}';
      this.at += 1;
      for (;;) {
        this.skipSpace();
        if (this.peek() === close) break;
        this.value();
        this.skipSpace();
        if (this.peek() === ':' || this.peek() === ',') this.at += 1;
      }
      this.at += 1;
    } else {
      const match = /^(?:-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(this.text.slice(this.at, this.at + 400));
      if (match === null) throw new SyntaxError(`No JSON value at ${this.at}`);
      this.at += match[0].length;
    }
    return this.text.slice(start, this.at);
  }
}
