'use client';
import { useRef } from 'react';

/**
 * The params that produced the data a hook shows. With `keepPreviousData`, a hook keeps showing
 * the last data while new params load; the chart must then lay that data out with the params it
 * came from (its window and granularity), not the new ones. Remembers the params whenever data
 * settles (success, not fetching); for data not seen settling, the current params.
 */
export function useParamsOfData<Params>(
  result: { status: string; data: unknown; isFetching: boolean },
  params: Params,
): Params {
  const settled = useRef<{ data: unknown; params: Params } | null>(null);
  if (result.status === 'success' && !result.isFetching && result.data !== undefined) {
    if (settled.current?.data !== result.data) settled.current = { data: result.data, params };
  }
  return settled.current !== null && settled.current.data === result.data ? settled.current.params : params;
}
