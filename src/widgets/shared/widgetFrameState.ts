/**
 * What a widget's frame shows, from the results of the queries the widget reads: the first
 * error (with a retry that re-sends every failed query), loading until every query has data,
 * and the truncation notice when any result was cut short.
 */
import type { AnalyticsError } from '../../core/errors';
import type { AnalyticsResult } from '../../react/AnalyticsResult';

/** The parts of a hook result the frame needs. */
export type FrameQueryResult = Pick<AnalyticsResult<unknown>, 'status' | 'error' | 'meta' | 'isFetching' | 'refetch' | 'dataUpdatedAt'>;

export interface WidgetFrameState {
  /** Some query has neither data nor an error yet. */
  loading: boolean;
  /** The first failed query's error (in the order given). */
  error: AnalyticsError | undefined;
  /** Re-sends every failed query. */
  retry: () => void;
  /** Re-sends every query (Retry after a render error). */
  refetchAll: () => void;
  /** Some result was cut at the API's row cap. */
  truncated: boolean;
  /** Rows received by the first truncated result. */
  truncatedRowCount: number | undefined;
  /** Data is shown while newer data loads (e.g. `keepPreviousData` on a range switch). */
  refreshing: boolean;
  /** When the oldest data shown arrived (for "Updated N min ago"). */
  updatedAt: number | undefined;
}

/** Combines query results, in order of importance, into one frame state. */
export function widgetFrameState(results: readonly FrameQueryResult[]): WidgetFrameState {
  const failed = results.filter((result) => result.status === 'error');
  const truncatedResult = results.find((result) => result.meta?.truncated === true);
  return {
    loading: failed.length === 0 && results.some((result) => result.status === 'loading'),
    error: failed[0]?.error,
    retry: () => {
      for (const result of failed) result.refetch();
    },
    refetchAll: () => {
      for (const result of results) result.refetch();
    },
    truncated: truncatedResult !== undefined,
    truncatedRowCount: truncatedResult?.meta?.rowCount,
    refreshing: results.some((result) => result.status === 'success' && result.isFetching),
    updatedAt: results.reduce<number | undefined>(
      (oldest, result) => (result.dataUpdatedAt === undefined ? oldest : oldest === undefined ? result.dataUpdatedAt : Math.min(oldest, result.dataUpdatedAt)),
      undefined,
    ),
  };
}
