/**
 * A mark `parseAnalyticsJson` leaves on a body it parsed (a non-enumerable symbol-keyed property, so JSON,
 * `structuredClone` and spreading drop it): the indices of Decimal columns whose every string cell it wrote
 * itself from a JSON number token it had checked to be plain decimal text. `decodeResult` then keeps those
 * strings without checking them again. A body without the mark (any other source) is checked in full.
 */
export const EXACT_TEXT_COLUMNS: unique symbol = Symbol('paid-analytics.exactTextColumns');

/** Marks `body` with the columns whose string cells are known-good decimal text. */
export function markExactTextColumns(body: object, columns: readonly number[]): void {
  if (columns.length === 0) return;
  Object.defineProperty(body, EXACT_TEXT_COLUMNS, { value: new Set(columns), enumerable: false, configurable: true });
}

/** The marked columns of a body, if `parseAnalyticsJson` marked it. */
export function exactTextColumnsOf(body: object): ReadonlySet<number> | undefined {
  const mark = (body as { [EXACT_TEXT_COLUMNS]?: unknown })[EXACT_TEXT_COLUMNS];
  return mark instanceof Set ? (mark as ReadonlySet<number>) : undefined;
}
