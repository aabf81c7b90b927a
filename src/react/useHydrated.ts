import { useSyncExternalStore } from 'react';

const subscribeToNothing = () => () => {};

/**
 * `false` on the server and while React hydrates server markup, `true` after (and from the first render
 * of a client-only root). What depends on the wall clock ("today", "the last 30 days") waits for `true`,
 * so a page prerendered on one day hydrates without a mismatch on a later day.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
}
