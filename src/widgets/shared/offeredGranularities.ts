/**
 * Which bucket sizes a window allows: hourly buckets only up to the API's hourly limit (31
 * days), so the control never offers a choice the query would refuse.
 */
import { MAX_HOURLY_WINDOW_DAYS } from '../../core/queries/params';
import type { Granularity } from '../../core/queries/timeBucket';
import type { TimeWindow } from './describeWindow';

const DAY_MS = 86_400_000;

/** `candidates` minus `'hour'` when the window is longer than the hourly limit (or unknown). */
export function offeredGranularities<G extends Granularity>(candidates: readonly G[], window: TimeWindow | undefined): G[] {
  const hourlyAllowed = window !== undefined && window.to.getTime() - window.from.getTime() <= MAX_HOURLY_WINDOW_DAYS * DAY_MS;
  return candidates.filter((granularity) => granularity !== 'hour' || hourlyAllowed);
}

/** The chosen granularity when offered, else `fallback` (e.g. hour → day after widening the window). */
export function effectiveGranularity<G extends Granularity>(chosen: G, offered: readonly G[], fallback: G): G {
  return offered.includes(chosen) ? chosen : offered.includes(fallback) ? fallback : (offered[0] ?? fallback);
}
