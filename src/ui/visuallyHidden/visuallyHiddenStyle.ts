import type { CSSProperties } from 'react';

/** Hides an element visually while keeping it in the accessibility tree (the "sr-only" pattern). */
export const visuallyHiddenStyle: CSSProperties = Object.freeze({
  position: 'absolute',
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  clipPath: 'inset(50%)',
  whiteSpace: 'nowrap',
  border: 0,
});
