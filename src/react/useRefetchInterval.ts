import { useEffect, useRef } from 'react';

/**
 * Calls `refetch` every `intervalMs` while `enabled` and the page is visible. While the tab is
 * hidden nothing is sent; when it becomes visible again after a full interval or more, `refetch`
 * runs at once and the interval starts over. `undefined`, 0 or a negative interval: off.
 */
export function useRefetchInterval(refetch: () => void, intervalMs: number | undefined, enabled: boolean): void {
  const latest = useRef(refetch);
  latest.current = refetch;
  useEffect(() => {
    if (!enabled || intervalMs === undefined || !(intervalMs > 0) || typeof document === 'undefined') return;
    const period = Math.min(intervalMs, 2_147_483_647);
    let timer: ReturnType<typeof setInterval> | undefined;
    let last = Date.now();
    const tick = () => {
      last = Date.now();
      latest.current();
    };
    const start = () => {
      if (timer === undefined) timer = setInterval(tick, period);
    };
    const stop = () => {
      if (timer !== undefined) clearInterval(timer);
      timer = undefined;
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') {
        stop();
        return;
      }
      if (Date.now() - last >= period) tick();
      start();
    };
    if (document.visibilityState !== 'hidden') start();
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      stop();
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [intervalMs, enabled]);
}
