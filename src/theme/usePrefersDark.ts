'use client';
import { useSyncExternalStore } from 'react';

const QUERY = '(prefers-color-scheme: dark)';

function mediaQueryList(): MediaQueryList | null {
  if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return null;
  return window.matchMedia(QUERY);
}

function subscribe(onChange: () => void): () => void {
  const list = mediaQueryList();
  if (!list) return () => {};
  // Safari < 14 only has addListener.
  if (typeof list.addEventListener === 'function') {
    list.addEventListener('change', onChange);
    return () => list.removeEventListener('change', onChange);
  }
  list.addListener(onChange);
  return () => list.removeListener(onChange);
}

const getSnapshot = (): boolean => mediaQueryList()?.matches ?? false;
const getServerSnapshot = (): boolean => false;

/**
 * Whether the user prefers a dark colour scheme, following changes live. SSR-safe: on the
 * server and without `matchMedia` it is `false` (light), and hydration then switches.
 * Pass `enabled: false` to skip subscribing (a fixed light or dark theme needs no listener).
 */
export function usePrefersDark(enabled = true): boolean {
  return useSyncExternalStore(enabled ? subscribe : noopSubscribe, enabled ? getSnapshot : getServerSnapshot, getServerSnapshot);
}

function noopSubscribe(): () => void {
  return () => {};
}
