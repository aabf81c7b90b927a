/**
 * The failure of one cell's conversion, thrown by column converters and caught by `decodeResult`, which
 * turns it into an `AnalyticsError` naming the column and row. Internal to decoding.
 */
export class CellDecodeError extends Error {
  override readonly name = 'CellDecodeError';
}

/** A short, safe rendering of an unexpected value for an error message (never throws). */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  if (Array.isArray(value)) return `an array of ${value.length}`;
  return typeof value === 'object' ? 'an object' : typeof value;
}
