import type { Formatters } from '../../core/format/createFormatters';
import type { WidgetFrameState } from './widgetFrameState';

/** A widget's own cap on the rows it asks for: `reached` when it got that many (there may be more). */
export interface FetchCap {
  reached: boolean;
  /** The rows it got. */
  rows: number;
}

/**
 * The `WidgetFrame` truncation notice: shown when a result was cut at the API's row cap, or at the
 * widget's own `cap`; the row count in the provider's number format (the API's count first).
 */
export function truncationProps(frame: WidgetFrameState, formatters: Formatters, cap?: FetchCap): { truncated: boolean; truncatedRowCount: string | undefined } {
  const rows = frame.truncatedRowCount ?? cap?.rows;
  return { truncated: frame.truncated || (cap?.reached ?? false), truncatedRowCount: rows === undefined ? undefined : formatters.count(rows) };
}
