'use client';
import { useMediaQuery } from '../../theme/useMediaQuery';

/** Whether the user asked for reduced motion (live). `false` on the server and without `matchMedia`. */
export function usePrefersReducedMotion(): boolean {
  return useMediaQuery('(prefers-reduced-motion: reduce)');
}
