import type { ThemeColors, ThemeDensity } from './types';

/**
 * The built-in palettes. Text, muted text and the status colours reach WCAG AA (4.5:1) on the
 * surface; every series colour reaches 3:1 (WCAG 1.4.11, graphical objects) on the surface.
 * Tested in `test/theme/defaultThemes.test.ts`.
 */
export const LIGHT_COLORS: Readonly<ThemeColors> = Object.freeze({
  primary: '#0a66c2',
  series: ['#2563c9', '#c2571a', '#0f8577', '#b8327a', '#6d4fd1', '#7a7a12', '#c23a3a', '#2b7ea8'],
  background: '#f6f8fa',
  surface: '#ffffff',
  text: '#1f2328',
  muted: '#59636e',
  border: '#d1d9e0',
  positive: '#1a7f37',
  negative: '#c5222d',
  warning: '#8a5a00',
});

/** Dark counterpart of {@link LIGHT_COLORS}, with the same contrast guarantees on its surface. */
export const DARK_COLORS: Readonly<ThemeColors> = Object.freeze({
  primary: '#4c9bff',
  series: ['#5b9cff', '#f08a4b', '#2fc0a8', '#f06aac', '#a48cff', '#c9c94a', '#ff7b72', '#58b7e8'],
  background: '#0d1117',
  surface: '#161b22',
  text: '#e6edf3',
  muted: '#9ea7b3',
  border: '#3d444d',
  positive: '#3fb950',
  negative: '#ff7b72',
  warning: '#d29922',
});

/** The system UI font stack, used when the host gives no `fontFamily`. */
export const DEFAULT_FONT_FAMILY =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif';

/** Base font size in px. */
export const DEFAULT_FONT_SIZE_PX = 14;

/** Corner radius in px. */
export const DEFAULT_RADIUS_PX = 8;

export const DEFAULT_DENSITY: ThemeDensity = 'comfortable';
