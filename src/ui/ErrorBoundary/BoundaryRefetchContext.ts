'use client';
import { createContext, useContext } from 'react';

/** A slot a widget fills with "refetch everything I read", so its boundary's Retry can refetch. */
export interface BoundaryRefetchSlot {
  current: (() => void) | undefined;
}

export const BoundaryRefetchContext = createContext<BoundaryRefetchSlot | null>(null);

/**
 * Tells the enclosing `WidgetBoundary` how to refetch this widget's data when the person presses
 * Retry after a render error. Set during render (before anything that may throw), so it is there
 * even when the first render fails.
 */
export function useBoundaryRefetch(refetch: () => void): void {
  const slot = useContext(BoundaryRefetchContext);
  if (slot) slot.current = refetch;
}
