import { renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useRefetchInterval } from '../../src/react/useRefetchInterval';

let visibility: DocumentVisibilityState = 'visible';
function setVisibility(state: DocumentVisibilityState) {
  visibility = state;
  document.dispatchEvent(new Event('visibilitychange'));
}

beforeEach(() => {
  vi.useFakeTimers();
  visibility = 'visible';
  vi.spyOn(document, 'visibilityState', 'get').mockImplementation(() => visibility);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('useRefetchInterval', () => {
  it('refetches every interval while visible, never while hidden, and at once on return after a full interval', () => {
    const refetch = vi.fn();
    renderHook(() => useRefetchInterval(refetch, 60_000, true));
    vi.advanceTimersByTime(120_000);
    expect(refetch).toHaveBeenCalledTimes(2);
    setVisibility('hidden');
    vi.advanceTimersByTime(600_000);
    expect(refetch).toHaveBeenCalledTimes(2);
    setVisibility('visible');
    expect(refetch).toHaveBeenCalledTimes(3);
    vi.advanceTimersByTime(60_000);
    expect(refetch).toHaveBeenCalledTimes(4);
  });

  it('is off without an interval or while disabled, and stops on unmount', () => {
    const refetch = vi.fn();
    renderHook(() => useRefetchInterval(refetch, undefined, true));
    renderHook(() => useRefetchInterval(refetch, 1_000, false));
    const { unmount } = renderHook(() => useRefetchInterval(refetch, 0, true));
    vi.advanceTimersByTime(10_000);
    expect(refetch).not.toHaveBeenCalled();
    unmount();
    const live = renderHook(() => useRefetchInterval(refetch, 1_000, true));
    live.unmount();
    vi.advanceTimersByTime(10_000);
    expect(refetch).not.toHaveBeenCalled();
  });
});
