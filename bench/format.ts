/** Plain-text tables and number formats for `npm run bench`: aligned columns, no dependencies. */

/** A cell: text, right-aligned when it looks like a number or ratio. */
export type TableCell = string | number;

const NUMERIC = /^[-+≈~<>≤≥]?\s?[\d.,]+\s?(×|%|ms|kB|B|s)?(\s.*)?$/;

/** Lays `rows` out under `headers` with two spaces between columns; numeric cells align right unless `alignNumbers` is false. */
export function formatTable(headers: readonly string[], rows: readonly (readonly TableCell[])[], options: { alignNumbers?: boolean } = {}): string[] {
  const alignNumbers = options.alignNumbers ?? true;
  const text = [headers.map(String), ...rows.map((row) => row.map(String))];
  const widths = headers.map((_, column) => Math.max(...text.map((row) => (row[column] ?? '').length)));
  const line = (row: readonly string[], header: boolean) =>
    row
      .map((cell, column) => {
        const width = widths[column] ?? 0;
        return alignNumbers && !header && column > 0 && NUMERIC.test(cell) ? cell.padStart(width) : cell.padEnd(width);
      })
      .join('  ')
      .trimEnd();
  return [line(text[0]!, true), widths.map((width) => '─'.repeat(width)).join('  '), ...text.slice(1).map((row) => line(row, false))];
}

/** Bytes as kilobytes with one decimal (1 kB = 1000 B, as bundlers report). */
export function kilobytes(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} kB`;
}

/** A ratio as `1.23×`. */
export function times(ratio: number): string {
  return `${ratio.toFixed(2)}×`;
}

/** A fraction as a percentage with one decimal. */
export function percent(fraction: number): string {
  return `${(fraction * 100).toFixed(1)} %`;
}

/** Milliseconds with one decimal (two under 10 ms). */
export function milliseconds(ms: number): string {
  return `${ms.toFixed(ms < 10 ? 2 : 1)} ms`;
}

/** `✓ target` or `✗ target`: whether a figure meets its target, with the target beside it. */
export function verdict(met: boolean, target: string): string {
  return `${met ? '✓' : '✗'} ${target}`;
}

/** The median of samples (NaN for none). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
