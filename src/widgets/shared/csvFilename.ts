/**
 * The file name of a widget's CSV export: the widget's slug and the window's first and last
 * day in the widget's zone, e.g. `usage-trends-2026-10-01-to-2026-10-31.csv`.
 */
import type { TimeWindow } from './describeWindow';

/** `YYYY-MM-DD` of an instant in a zone (en-CA formats dates as ISO). */
function isoDay(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
}

/** `${slug}-${first day}-to-${last day}.csv`; `to` is exclusive. */
export function csvFilename(slug: string, window: TimeWindow, timeZone: string): string {
  return `${slug}-${isoDay(window.from, timeZone)}-to-${isoDay(new Date(window.to.getTime() - 1), timeZone)}.csv`;
}
