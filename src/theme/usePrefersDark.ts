'use client';
import { useMediaQuery } from './useMediaQuery';

/**
 * Whether the user prefers a dark colour scheme, following changes live; `false` (light) on the
 * server. Pass `enabled: false` to skip subscribing (a fixed light or dark theme needs no listener).
 */
export function usePrefersDark(enabled = true): boolean {
  return useMediaQuery('(prefers-color-scheme: dark)', enabled);
}
