/**
 * The window a widget shows, as words: "Oct 1, 2026 to Oct 31, 2026". The window is half-open
 * `[from, to)`, so the last day named is the day of the last instant before `to`.
 */
import type { Formatters } from '../../core/format/createFormatters';

export interface TimeWindow {
  from: Date;
  to: Date;
}

/** Words two formatted days as a range; widgets take it as `labels.window` for translation. */
export type WindowWording = (first: string, last: string) => string;

/** The English wording: `Oct 1, 2026 to Oct 31, 2026`. */
export const englishWindowWording: WindowWording = (first, last) => `${first} to ${last}`;

/** The first and last day in the formatters' locale and zone, worded by `wording`; one day reads as one date. */
export function describeWindow(window: TimeWindow, formatters: Formatters, wording: WindowWording = englishWindowWording): string {
  const first = formatters.date(window.from);
  const last = formatters.date(new Date(window.to.getTime() - 1));
  return first === last ? first : wording(first, last);
}
