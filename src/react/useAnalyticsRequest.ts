import { useCallback, useMemo, useRef, useSyncExternalStore } from 'react';
import type { DecodedResponse } from '../core/client/decodeResponse';
import { initialQueryState, type QueryState } from '../core/client/QueryClient';
import { stableSerialize } from '../core/client/stableSerialize';
import type { AnalyticsRequest, ResponseMeta } from '../core/contract';
import type { AnalyticsError } from '../core/errors';
import type { AnalyticsHookOptions, AnalyticsResult } from './AnalyticsResult';
import { useAnalyticsContext } from './useAnalyticsContext';

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
 * - Server rendering sees `loading` and sends nothing; Strict Mode's double effects send once.
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
  const requestKey = request === undefined ? '' : stableSerialize(request);
  // One request object per key, so a new-but-equal object each render changes nothing.
  const stableRequest = useMemo(() => request, [requestKey]);
  const enabled = (options?.enabled ?? true) && stableRequest !== undefined && blockingError === undefined;
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

  const keepPrevious = options?.keepPreviousData === true;
  const previousShown = keepPrevious && selected === undefined && state.status === 'loading' ? previous.current : undefined;

  return useMemo((): AnalyticsResult<Data> => {
    if (blockingError !== undefined) {
      return { status: 'error', data: undefined, error: blockingError, meta: undefined, isFetching: false, refetch };
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
    };
  }, [blockingError, previousShown, enabled, state, selected, refetch]);
}
