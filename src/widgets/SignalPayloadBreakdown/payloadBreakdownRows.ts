/**
 * The bars and table of SignalPayloadBreakdown: the top values the query returned, one "Other
 * values" item for the rest of the signals (the window's total from `usage-summary` minus the top
 * values), and the total — which is the headline, so list, table and CSV add up to it. Pure.
 */

/** One line of the breakdown. */
export interface PayloadBreakdownRow {
  /** The payload value as text; `''` when the signal has no value at the path. */
  value: string;
  signals: bigint;
  kind: 'value' | 'other' | 'total';
}

export interface PayloadBreakdown {
  /** The top values, most signals first (as the query ranks them). */
  values: PayloadBreakdownRow[];
  /** Signals whose value is outside the top ones; absent when there are none. */
  other: PayloadBreakdownRow | undefined;
  /** Every signal of the name in the window: values + other. */
  total: PayloadBreakdownRow;
}

/**
 * Lays out `rows` (top values) against `windowTotal` (every signal of that name in the window).
 * Should the total read lower than the top values (a signal arriving between the two requests),
 * the rest is taken as none rather than negative: what is shown always adds up.
 */
export function payloadBreakdown(rows: readonly { value: string; signals: bigint }[], windowTotal: bigint | undefined): PayloadBreakdown {
  const values = rows.map((row): PayloadBreakdownRow => ({ value: row.value, signals: row.signals, kind: 'value' }));
  const shown = values.reduce((sum, row) => sum + row.signals, 0n);
  const rest = windowTotal === undefined || windowTotal <= shown ? 0n : windowTotal - shown;
  const other = rest > 0n ? { value: '', signals: rest, kind: 'other' as const } : undefined;
  return { values, other, total: { value: '', signals: shown + rest, kind: 'total' } };
}
