'use client';
import { useCallback, useSyncExternalStore } from 'react';

function mediaQueryList(query: string): MediaQueryList | null {
  if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return null;
  return window.matchMedia(query);
}

function noopSubscribe(): () => void {
  return () => {};
}

const serverSnapshot = (): boolean => false;

/**
 * Whether a CSS media query (a user preference such as `(prefers-color-scheme: dark)`) matches,
 * following changes live. SSR-safe: `false` on the server and without `matchMedia`, and hydration
 * then switches. `enabled: false` subscribes to nothing and reads `false`.
 */
export function useMediaQuery(query: string, enabled = true): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = mediaQueryList(query);
      if (!list) return () => {};
      // Safari < 14 only has addListener.
      if (typeof list.addEventListener === 'function') {
        list.addEventListener('change', onChange);
        return () => list.removeEventListener('change', onChange);
      }
      list.addListener(onChange);
      return () => list.removeListener(onChange);
    },
    [query],
  );
  const snapshot = useCallback(() => mediaQueryList(query)?.matches ?? false, [query]);
  return useSyncExternalStore(enabled ? subscribe : noopSubscribe, enabled ? snapshot : serverSnapshot, serverSnapshot);
}
