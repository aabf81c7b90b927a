/**
 * The few rules inline styles cannot express (pseudo-classes), scoped to widget roots by the
 * `data-paw-widget` attribute so nothing reaches the host page: one branded focus ring for every
 * control, disabled controls that look disabled.
 */
export const FRAME_STYLE_SHEET = [
  '[data-paw-widget] :focus-visible{outline:2px solid var(--paw-color-primary);outline-offset:2px}',
  '[data-paw-widget] :focus:not(:focus-visible){outline:none}',
  '[data-paw-widget] button:disabled,[data-paw-widget] select:disabled{opacity:.45;cursor:not-allowed}',
].join('\n');
