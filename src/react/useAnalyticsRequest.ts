import { useCallback, useMemo, useRef, useSyncExternalStore } from 'react';
import type { DecodedResponse } from '../core/client/decodeResponse';
import { initialQueryState, type QueryState } from '../core/client/QueryClient';
import type { AnalyticsRequest, ResponseMeta } from '../core/contract';
import type { AnalyticsError } from '../core/errors';
import type { AnalyticsHookOptions, AnalyticsResult } from './AnalyticsResult';
import { requestInputKey } from './requestInputKey';
import { useAnalyticsContext } from './useAnalyticsContext';
import { useHydrated } from './useHydrated';
import { useRefetchInterval } from './useRefetchInterval';

/** What a hook shows of a decoded value: its data and, for query rows, the response `meta`. */
export interface SelectedData<Data> {
  data: Data;
  meta: ResponseMeta | undefined;
}

const noop = () => {};
const serverSnapshot = (): QueryState<never> => initialQueryState();

/**
 * The one hook under every data hook: watches `request` in the QueryClient through
 * `useSyncExternalStore` and shapes the state as an `AnalyticsResult`.
 * - `request` `undefined` sends nothing; `blockingError` (e.g. invalid params) is shown instead.
 * - Server rendering sees `loading` and sends nothing; Strict Mode's double effects send once. A
 *   `blockingError` shows only after hydration (the server and the hydrating browser render `loading`),
 *   and not at all while `enabled` is false: nothing is being asked.
 * - Requests are compared by value with instants to the minute (`requestInputKey`), so an input that
 *   computes `new Date()` at each render is one request, not a new one per render.
 * - `select` runs once per decoded value (keep it pure; it may be an inline function).
 */
export function useAnalyticsRequest<Request extends AnalyticsRequest, Data>(
  request: Request | undefined,
  options: AnalyticsHookOptions | undefined,
  select: (value: DecodedResponse<Request>) => SelectedData<Data>,
  blockingError?: AnalyticsError,
): AnalyticsResult<Data> {
  const context = useAnalyticsContext();
  const { client } = context;
  const fetcher = options?.fetcher ?? context.fetcher;
  const staleTimeMs = options?.staleTimeMs;
  const hydrated = useHydrated();
  const requestKey = request === undefined ? '' : requestInputKey(request);
  // One request object per key, so a new-but-equal object each render changes nothing.
  const stableRequest = useMemo(() => request, [requestKey]);
  const wanted = options?.enabled ?? true;
  const enabled = wanted && stableRequest !== undefined && blockingError === undefined;
  // Not shown on the server, while hydrating, or when nothing is asked: the markup then is `loading`.
  const shownError = hydrated && wanted ? blockingError : undefined;
  const callOptions = useMemo(
    () => ({ ...(fetcher === undefined ? {} : { fetcher }), ...(staleTimeMs === undefined ? {} : { staleTimeMs }) }),
    [fetcher, staleTimeMs],
  );

  const subscribe = useCallback(
    (onChange: () => void) => (enabled && stableRequest !== undefined ? client.watch(stableRequest, onChange, callOptions) : noop),
    [client, stableRequest, callOptions, enabled],
  );
  const getSnapshot = useCallback(
    (): QueryState<DecodedResponse<Request>> =>
      stableRequest === undefined || blockingError !== undefined ? initialQueryState() : client.getState(stableRequest, callOptions),
    [client, stableRequest, callOptions, blockingError],
  );
  const state = useSyncExternalStore(subscribe, getSnapshot, serverSnapshot);

  const selectRef = useRef(select);
  selectRef.current = select;
  const selected = useMemo(() => (state.data === undefined ? undefined : selectRef.current(state.data)), [state.data]);

  // The last data shown for any params: what keepPreviousData shows while new params load.
  const previous = useRef<SelectedData<Data> | undefined>(undefined);
  if (selected !== undefined && state.status === 'success') previous.current = selected;

  const refetch = useCallback(() => {
    if (stableRequest !== undefined && blockingError === undefined) client.refetch(stableRequest, callOptions);
  }, [client, stableRequest, callOptions, blockingError]);

  useRefetchInterval(refetch, options?.refetchIntervalMs, enabled);

  const keepPrevious = options?.keepPreviousData === true;
  const previousShown = keepPrevious && selected === undefined && state.status === 'loading' ? previous.current : undefined;

  return useMemo((): AnalyticsResult<Data> => {
    if (shownError !== undefined) {
      return { status: 'error', data: undefined, error: shownError, meta: undefined, isFetching: false, refetch };
    }
    if (blockingError !== undefined) {
      return { status: 'loading', data: undefined, error: undefined, meta: undefined, isFetching: false, refetch };
    }
    if (previousShown !== undefined) {
      return { status: 'success', data: previousShown.data, error: undefined, meta: previousShown.meta, isFetching: enabled, refetch };
    }
    return {
      status: state.status,
      data: selected?.data,
      error: state.error,
      meta: selected?.meta,
      isFetching: state.isFetching,
      refetch,
      dataUpdatedAt: state.dataUpdatedAt,
    };
  }, [shownError, blockingError, previousShown, enabled, state, selected, refetch]);
}
