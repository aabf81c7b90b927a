import { act, render, renderHook, screen, waitFor } from '@testing-library/react';
import fc from 'fast-check';
import { StrictMode } from 'react';
import { describe, expect, it } from 'vitest';
import type { AnalyticsFetcher } from '../../src/core/contract';
import { AnalyticsError } from '../../src/core/errors';
import { AnalyticsProvider } from '../../src/react/AnalyticsProvider';
import { useAnalyticsQuery } from '../../src/react/useAnalyticsQuery';
import { createControlledFetcher, drainScheduler, flushMicrotasks } from '../core/client/fakeFetcher';
import { providerFor, tagBody } from './hookHarness';

interface TagRow {
  tag: string;
}

function TagList({ sql, fetcher }: { sql: string; fetcher?: AnalyticsFetcher }) {
  const result = useAnalyticsQuery<TagRow>(sql, fetcher === undefined ? undefined : { fetcher });
  if (result.status === 'loading') return <p>loading</p>;
  if (result.status === 'error') return <p role="alert">{result.error?.code}</p>;
  return <p>{result.data?.map((row) => row.tag).join(',')}</p>;
}

describe('useAnalyticsQuery', () => {
  it('goes from loading to typed rows with meta', async () => {
    const { fetcher, calls } = createControlledFetcher();
    const { wrapper } = providerFor(fetcher);
    const { result } = renderHook(() => useAnalyticsQuery<TagRow>('SELECT 1'), { wrapper });
    expect(result.current).toMatchObject({ status: 'loading', data: undefined, error: undefined, isFetching: true });
    expect(calls[0]!.request).toEqual({ kind: 'sql', sql: 'SELECT 1' });

    act(() => calls[0]!.resolve(tagBody('a')));
    await waitFor(() => expect(result.current.status).toBe('success'));
    expect(result.current).toMatchObject({
      data: [{ tag: 'a' }],
      meta: { rowCount: 1, elapsedMs: 3, truncated: false },
      error: undefined,
      isFetching: false,
    });
  });

  it('costs one request when several components ask for the same rows', async () => {
    const { fetcher, calls } = createControlledFetcher();
    const { wrapper: Wrapper } = providerFor(fetcher);
    render(
      <Wrapper>
        <TagList sql="SELECT tag" />
        <TagList sql="SELECT tag" />
        <TagList sql="SELECT tag" />
      </Wrapper>,
    );
    expect(calls).toHaveLength(1);
    act(() => calls[0]!.resolve(tagBody('shared')));
    expect(await screen.findAllByText('shared')).toHaveLength(3);
    expect(calls).toHaveLength(1);
  });

  it('keeps at most maxInFlight requests in flight and drains the rest in order', async () => {
    const { fetcher, calls, pending } = createControlledFetcher();
    const { wrapper: Wrapper, client } = providerFor(fetcher, { maxInFlight: 2 });
    render(
      <Wrapper>
        {['a', 'b', 'c', 'd', 'e'].map((tag) => (
          <TagList key={tag} sql={`SELECT '${tag}'`} />
        ))}
      </Wrapper>,
    );
    for (let answered = 0; answered < 5; answered += 1) {
      expect(pending().length).toBeLessThanOrEqual(2);
      const next = pending()[0]!;
      act(() => next.resolve(tagBody((next.request as { sql: string }).sql.slice(8, 9))));
      await act(() => flushMicrotasks());
    }
    expect(calls.map((call) => (call.request as { sql: string }).sql)).toEqual(["SELECT 'a'", "SELECT 'b'", "SELECT 'c'", "SELECT 'd'", "SELECT 'e'"]);
    for (const tag of ['a', 'b', 'c', 'd', 'e']) expect(screen.getByText(tag)).toBeInTheDocument();
    expect(client.getActivity()).toMatchObject({ inFlight: 0, queued: 0 });
  });

  it('aborts the request when the component unmounts, and shows nor retries anything', async () => {
    const { fetcher, calls } = createControlledFetcher();
    const { wrapper: Wrapper, client } = providerFor(fetcher, { random: () => 0 });
    const { unmount } = render(
      <Wrapper>
        <TagList sql="SELECT slow" />
      </Wrapper>,
    );
    expect(calls[0]!.signal.aborted).toBe(false);
    unmount();
    await flushMicrotasks();
    expect(calls[0]!.signal.aborted).toBe(true);
    calls[0]!.reject(new AnalyticsError({ code: 'ABORTED', message: 'aborted' }));
    await flushMicrotasks();
    expect(calls).toHaveLength(1);
    expect(client.getState({ kind: 'sql', sql: 'SELECT slow' }).status).toBe('loading');
  });

  it('never retries a 4xx and shows its error', async () => {
    const { fetcher, calls } = createControlledFetcher();
    const { wrapper: Wrapper } = providerFor(fetcher, { random: () => 0 });
    render(
      <Wrapper>
        <TagList sql="SELECT nope" />
      </Wrapper>,
    );
    act(() => calls[0]!.reject(new AnalyticsError({ code: 'QUERY_ERROR', status: 400, message: 'Unknown column nope' })));
    expect(await screen.findByRole('alert')).toHaveTextContent('QUERY_ERROR');
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(calls).toHaveLength(1);
  });

  it('retries a 429 behind the loading state, without flashing an error', async () => {
    const { fetcher, calls } = createControlledFetcher();
    const { wrapper } = providerFor(fetcher, { random: () => 0 });
    const statuses: string[] = [];
    const { result } = renderHook(
      () => {
        const state = useAnalyticsQuery<TagRow>('SELECT busy');
        statuses.push(state.status);
        return state;
      },
      { wrapper },
    );
    act(() => calls[0]!.reject(new AnalyticsError({ code: 'CONCURRENCY_LIMIT_EXCEEDED', status: 429, message: 'busy' })));
    await waitFor(() => expect(calls).toHaveLength(2));
    act(() => calls[1]!.resolve(tagBody('done')));
    await waitFor(() => expect(result.current.data).toEqual([{ tag: 'done' }]));
    expect(statuses).not.toContain('error');
  });

  it('refetch sends again and keeps the rows on screen until the new answer', async () => {
    const { fetcher, calls } = createControlledFetcher();
    const { wrapper } = providerFor(fetcher);
    const { result } = renderHook(() => useAnalyticsQuery<TagRow>('SELECT now'), { wrapper });
    act(() => calls[0]!.resolve(tagBody('first')));
    await waitFor(() => expect(result.current.status).toBe('success'));
    act(() => result.current.refetch());
    expect(calls).toHaveLength(2);
    expect(result.current).toMatchObject({ status: 'success', data: [{ tag: 'first' }], isFetching: true });
    act(() => calls[1]!.resolve(tagBody('second')));
    await waitFor(() => expect(result.current.data).toEqual([{ tag: 'second' }]));
  });

  it('aborts the request for the old SQL when the SQL changes before its answer', async () => {
    const { fetcher, calls } = createControlledFetcher();
    const { wrapper } = providerFor(fetcher);
    const { result, rerender } = renderHook(({ sql }) => useAnalyticsQuery<TagRow>(sql), { wrapper, initialProps: { sql: 'SELECT old' } });
    rerender({ sql: 'SELECT new' });
    await act(() => flushMicrotasks());
    expect(calls.map((call) => call.signal.aborted)).toEqual([true, false]);
    act(() => {
      calls[1]!.resolve(tagBody('new'));
      calls[0]!.resolve(tagBody('old')); // a fetcher that ignored the abort answers last
    });
    await waitFor(() => expect(result.current.data).toEqual([{ tag: 'new' }]));
    await act(() => flushMicrotasks());
    expect(result.current.data).toEqual([{ tag: 'new' }]);
  });

  it('keepPreviousData shows the previous rows while new SQL loads', async () => {
    const { fetcher, calls } = createControlledFetcher();
    const { wrapper } = providerFor(fetcher);
    const { result, rerender } = renderHook(({ sql }) => useAnalyticsQuery<TagRow>(sql, { keepPreviousData: true }), {
      wrapper,
      initialProps: { sql: 'SELECT 7 days' },
    });
    act(() => calls[0]!.resolve(tagBody('week')));
    await waitFor(() => expect(result.current.status).toBe('success'));
    rerender({ sql: 'SELECT 30 days' });
    expect(result.current).toMatchObject({ status: 'success', data: [{ tag: 'week' }], isFetching: true });
    act(() => calls[1]!.resolve(tagBody('month')));
    await waitFor(() => expect(result.current).toMatchObject({ data: [{ tag: 'month' }], isFetching: false }));
  });

  it('without keepPreviousData, shows loading for new SQL', async () => {
    const { fetcher, calls } = createControlledFetcher();
    const { wrapper } = providerFor(fetcher);
    const { result, rerender } = renderHook(({ sql }) => useAnalyticsQuery<TagRow>(sql), { wrapper, initialProps: { sql: 'SELECT 1' } });
    act(() => calls[0]!.resolve(tagBody('one')));
    await waitFor(() => expect(result.current.status).toBe('success'));
    rerender({ sql: 'SELECT 2' });
    expect(result.current).toMatchObject({ status: 'loading', data: undefined, isFetching: true });
  });

  it('never shows the answer to older SQL after newer SQL (fast-check scheduler)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.scheduler(),
        fc.integer({ min: 2, max: 6 }),
        fc.boolean(),
        async (scheduler, steps, keepPreviousData) => {
          // A fetcher that ignores its signal: answers to old SQL really do arrive, in any order.
          const fetcher: AnalyticsFetcher = (request) =>
            scheduler.schedule(Promise.resolve(tagBody((request as { sql: string }).sql)), (request as { sql: string }).sql);
          const { wrapper } = providerFor(fetcher);
          const shown: number[] = [];
          const { result, rerender, unmount } = renderHook(
            ({ step }) => {
              const state = useAnalyticsQuery<TagRow>(`SELECT ${step}`, { keepPreviousData });
              const tag = state.data?.[0]?.tag;
              if (tag !== undefined) shown.push(Number(tag.slice(7)));
              return state;
            },
            { wrapper, initialProps: { step: 0 } },
          );
          await act(async () => {
            const sequence = scheduler.scheduleSequence(
              Array.from({ length: steps - 1 }, (_, index) => ({
                label: `params ${index + 1}`,
                builder: async () => rerender({ step: index + 1 }),
              })),
            );
            await drainScheduler(scheduler);
            await sequence.task;
            await drainScheduler(scheduler);
          });

          expect(result.current.data).toEqual([{ tag: `SELECT ${steps - 1}` }]);
          for (let index = 1; index < shown.length; index += 1) expect(shown[index]).toBeGreaterThanOrEqual(shown[index - 1]!);
          unmount();
        },
      ),
      { numRuns: 40 },
    );
  });

  it('a remount within staleTimeMs reads the cache and sends nothing; staleTimeMs 0 refetches', async () => {
    const { fetcher, calls } = createControlledFetcher();
    const { wrapper } = providerFor(fetcher);
    const first = renderHook(() => useAnalyticsQuery<TagRow>('SELECT cached', { staleTimeMs: 60_000 }), { wrapper });
    act(() => calls[0]!.resolve(tagBody('cached')));
    await waitFor(() => expect(first.result.current.status).toBe('success'));
    first.unmount();

    const again = renderHook(() => useAnalyticsQuery<TagRow>('SELECT cached', { staleTimeMs: 60_000 }), { wrapper });
    expect(again.result.current).toMatchObject({ status: 'success', data: [{ tag: 'cached' }], isFetching: false });
    expect(calls).toHaveLength(1);
    again.unmount();

    const eager = renderHook(() => useAnalyticsQuery<TagRow>('SELECT cached', { staleTimeMs: 0 }), { wrapper });
    expect(eager.result.current).toMatchObject({ status: 'success', data: [{ tag: 'cached' }], isFetching: true });
    expect(calls).toHaveLength(2);
  });

  it('refetches what is on screen when the client invalidates it', async () => {
    const { fetcher, calls } = createControlledFetcher();
    const { wrapper, client } = providerFor(fetcher);
    const { result } = renderHook(() => useAnalyticsQuery<TagRow>('SELECT fresh'), { wrapper });
    act(() => calls[0]!.resolve(tagBody('before')));
    await waitFor(() => expect(result.current.status).toBe('success'));
    act(() => client.invalidate((request) => request.kind === 'sql'));
    expect(calls).toHaveLength(2);
    act(() => calls[1]!.resolve(tagBody('after')));
    await waitFor(() => expect(result.current.data).toEqual([{ tag: 'after' }]));
  });

  it('sends nothing while enabled is false', () => {
    const { fetcher, calls } = createControlledFetcher();
    const { wrapper } = providerFor(fetcher);
    const { result } = renderHook(() => useAnalyticsQuery('SELECT 1', { enabled: false }), { wrapper });
    expect(calls).toHaveLength(0);
    expect(result.current).toMatchObject({ status: 'loading', isFetching: false });
  });

  it('gives INVALID_PARAMS for empty SQL and sends nothing', () => {
    const { fetcher, calls } = createControlledFetcher();
    const { wrapper } = providerFor(fetcher);
    const { result } = renderHook(() => useAnalyticsQuery('  '), { wrapper });
    expect(result.current.status).toBe('error');
    expect(result.current.error?.code).toBe('INVALID_PARAMS');
    expect(calls).toHaveLength(0);
  });

  it('works without a provider when given a fetcher of its own', async () => {
    const { fetcher, calls } = createControlledFetcher();
    render(<TagList sql="SELECT standalone" fetcher={fetcher} />);
    expect(calls).toHaveLength(1);
    act(() => calls[0]!.resolve(tagBody('alone')));
    expect(await screen.findByText('alone')).toBeInTheDocument();
  });

  it('without a provider and without a fetcher, shows a clear error instead of crashing', () => {
    render(<TagList sql="SELECT orphan" />);
    expect(screen.getByRole('alert')).toHaveTextContent('BAD_REQUEST');
  });

  it('in Strict Mode sends once, is not aborted, and shows the rows', async () => {
    const { fetcher, calls } = createControlledFetcher();
    const { wrapper: Wrapper } = providerFor(fetcher);
    render(
      <StrictMode>
        <Wrapper>
          <TagList sql="SELECT strict" />
        </Wrapper>
      </StrictMode>,
    );
    await act(() => flushMicrotasks());
    expect(calls).toHaveLength(1);
    expect(calls[0]!.signal.aborted).toBe(false);
    act(() => calls[0]!.resolve(tagBody('strict')));
    expect(await screen.findByText('strict')).toBeInTheDocument();
    expect(calls).toHaveLength(1);
  });

  it("in Strict Mode keeps the provider's own client (and its cache) alive", async () => {
    const { fetcher, calls } = createControlledFetcher();
    render(
      <StrictMode>
        <AnalyticsProvider fetcher={fetcher}>
          <TagList sql="SELECT own" />
        </AnalyticsProvider>
      </StrictMode>,
    );
    await act(() => flushMicrotasks());
    act(() => calls[0]!.resolve(tagBody('kept')));
    expect(await screen.findByText('kept')).toBeInTheDocument();
    expect(calls).toHaveLength(1);
  });
});
