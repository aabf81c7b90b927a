/**
 * The bucket sizes of a time series, apart from the SQL that truncates to them (`timeBucket.ts`),
 * so the browser can validate a granularity without shipping SQL builders.
 */

/** The bucket sizes a time series may use. */
export type Granularity = 'hour' | 'day' | 'week' | 'month';

/** Every granularity, finest first. */
export const GRANULARITIES: readonly Granularity[] = ['hour', 'day', 'week', 'month'];
