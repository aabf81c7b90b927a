import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useParamsOfData } from '../../../src/widgets/shared/useParamsOfData';

type Result = { status: 'loading' | 'success' | 'error'; data: unknown; isFetching: boolean };

describe('useParamsOfData', () => {
  it('lays previous data out with the params it was fetched for while new params load', () => {
    const dayRows = [{ day: 1 }];
    const weekRows = [{ week: 1 }];
    const { result, rerender } = renderHook(({ query, params }: { query: Result; params: string }) => useParamsOfData(query, params), {
      initialProps: { query: { status: 'loading', data: undefined, isFetching: true } as Result, params: 'day' },
    });
    expect(result.current).toBe('day');
    rerender({ query: { status: 'success', data: dayRows, isFetching: false }, params: 'day' });
    expect(result.current).toBe('day');
    // keepPreviousData: the day rows are still shown while week loads.
    rerender({ query: { status: 'success', data: dayRows, isFetching: true }, params: 'week' });
    expect(result.current).toBe('day');
    rerender({ query: { status: 'success', data: weekRows, isFetching: false }, params: 'week' });
    expect(result.current).toBe('week');
  });

  it('takes the current params for cached data revalidating under them', () => {
    const cached = [{ month: 1 }];
    const { result, rerender } = renderHook(({ query, params }: { query: Result; params: string }) => useParamsOfData(query, params), {
      initialProps: { query: { status: 'success', data: [{ day: 1 }], isFetching: false } as Result, params: 'day' },
    });
    rerender({ query: { status: 'success', data: cached, isFetching: true }, params: 'month' });
    expect(result.current).toBe('month');
  });
});
