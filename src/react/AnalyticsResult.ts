import type { AnalyticsFetcher, ResponseMeta } from '../core/contract';
import type { AnalyticsError } from '../core/errors';

/** What every data hook returns: one shape for rows, the schema and signals metadata. */
export interface AnalyticsResult<Data> {
  /** `loading` until there is data or an error; `success` with data; `error` when the last try failed. */
  status: 'loading' | 'success' | 'error';
  data: Data | undefined;
  error: AnalyticsError | undefined;
  /** `meta` of a query response (row count, elapsed time, truncated); `undefined` otherwise. */
  meta: ResponseMeta | undefined;
  /** A request is queued, in flight or waiting to retry (also while stale data is shown). */
  isFetching: boolean;
  /** Sends the request again now; the data on screen stays until the new answer arrives. */
  refetch: () => void;
  /** When the data shown arrived (ms since the epoch, client clock); `undefined` without data. */
  dataUpdatedAt?: number | undefined;
}

/** What a query hook returns: typed rows. */
export interface AnalyticsQueryResult<Row> {
  status: 'loading' | 'success' | 'error';
  data: Row[] | undefined;
  error: AnalyticsError | undefined;
  meta: ResponseMeta | undefined;
  isFetching: boolean;
  refetch: () => void;
  /** When the data shown arrived (ms since the epoch, client clock); `undefined` without data. */
  dataUpdatedAt?: number | undefined;
}

/** Options every data hook accepts. */
export interface AnalyticsHookOptions {
  /** This hook's own fetcher, instead of the provider's (a provider is then optional). Keep it stable. */
  fetcher?: AnalyticsFetcher;
  /** `false` sends nothing (cached data, if any, is still shown). Default `true`. */
  enabled?: boolean;
  /** How long this hook counts cached data as fresh; the client's default (30 s) otherwise. */
  staleTimeMs?: number;
  /**
   * While the data of new params loads, keep showing the previous data (status `success`,
   * `isFetching` true) instead of a loading state: smooth time-range switches.
   */
  keepPreviousData?: boolean;
  /**
   * Refetch every this many milliseconds while the page is visible (paused while the tab is
   * hidden; on return after a full interval it refetches at once). Off by default.
   */
  refetchIntervalMs?: number;
}
