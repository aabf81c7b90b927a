import type { CSSProperties } from 'react';
import { themeVar } from '../../theme/themeToCssVariables';

/**
 * Inline styles for the frame's controls. They read the `--paw-*` variables set on the widget
 * root, so they only work inside a `WidgetFrame` (or another element carrying the variables).
 * Inline styles need no stylesheet and cannot leak into the host page; browsers keep their
 * default focus rings (nothing here removes `outline`).
 */
/** Text fields, selects and buttons share one look; buttons pad wider. */
const field = {
  font: 'inherit',
  fontSize: '0.9em',
  color: themeVar.text,
  background: themeVar.surface,
  border: `1px solid ${themeVar.border}`,
  borderRadius: themeVar.radius,
  padding: `${themeVar.space1} ${themeVar.space2}`,
  minHeight: 28,
} satisfies CSSProperties;

export const controlStyles = Object.freeze({
  select: field,
  input: field,
  button: {
    ...field,
    padding: `${themeVar.space1} ${themeVar.space3}`,
    cursor: 'pointer',
  } satisfies CSSProperties,
  /** A pressed / selected segment: primary background, surface text. */
  buttonActive: {
    background: themeVar.primary,
    // The whole shorthand, as `button` sets it: mixing `border` and `borderColor` makes React
    // warn on every toggle (it cannot tell which wins when one is removed).
    border: `1px solid ${themeVar.primary}`,
    color: themeVar.surface,
  } satisfies CSSProperties,
  label: {
    fontSize: '0.85em',
    color: themeVar.muted,
  } satisfies CSSProperties,
  segmentGroup: {
    display: 'inline-flex',
    gap: 0,
  } satisfies CSSProperties,
});

/** Style of segment `index` of `count` in a segmented group: inner corners squared. */
export function segmentStyle(index: number, count: number, active: boolean): CSSProperties {
  const { borderRadius: _shorthand, ...button } = controlStyles.button;
  const first = index === 0;
  const last = index === count - 1;
  // Every corner longhand, never the `borderRadius` shorthand beside them: React warns when a
  // rerender removes one of a shorthand/longhand pair (a segment's position can change).
  return {
    ...button,
    ...(active ? controlStyles.buttonActive : null),
    marginLeft: first ? 0 : -1,
    borderTopLeftRadius: first ? themeVar.radius : 0,
    borderBottomLeftRadius: first ? themeVar.radius : 0,
    borderTopRightRadius: last ? themeVar.radius : 0,
    borderBottomRightRadius: last ? themeVar.radius : 0,
  };
}
