import type { ResolvedTheme } from './types';

/** A map of `--paw-*` custom properties, ready to spread into a React `style` object. */
export type ThemeCssVariables = Record<`--paw-${string}`, string>;

/** Spacing steps (px) per density: `--paw-space-1` … `--paw-space-4`. */
const SPACE_PX = { compact: [2, 4, 8, 12], comfortable: [4, 8, 12, 16] } as const;

/**
 * The theme as CSS custom properties for the widget root's `style`. Custom properties inherit,
 * so every element inside the widget reads them, and nothing outside does: no global CSS, no
 * change to `document.documentElement`. Also sets `color-scheme` so native controls (date
 * inputs, selects, scrollbars) follow the widget's mode. Read them with {@link themeVar}.
 */
export function themeToCssVariables(theme: ResolvedTheme): ThemeCssVariables {
  const c = theme.colors;
  const space = SPACE_PX[theme.density];
  const variables: ThemeCssVariables = {
    '--paw-color-primary': c.primary,
    '--paw-color-background': c.background,
    '--paw-color-surface': c.surface,
    '--paw-color-text': c.text,
    '--paw-color-muted': c.muted,
    '--paw-color-border': c.border,
    '--paw-color-positive': c.positive,
    '--paw-color-negative': c.negative,
    '--paw-color-warning': c.warning,
    '--paw-font-family': theme.fontFamily,
    '--paw-font-size': theme.fontSize,
    '--paw-radius': theme.radius,
    '--paw-space-1': `${space[0]}px`,
    '--paw-space-2': `${space[1]}px`,
    '--paw-space-3': `${space[2]}px`,
    '--paw-space-4': `${space[3]}px`,
  };
  c.series.forEach((color, index) => {
    variables[`--paw-color-series-${index + 1}`] = color;
  });
  return variables;
}

/**
 * `var(--paw-…)` references for inline styles inside a themed root, e.g.
 * `style={{ color: themeVar.muted, padding: themeVar.space2 }}`.
 */
export const themeVar = Object.freeze({
  primary: 'var(--paw-color-primary)',
  background: 'var(--paw-color-background)',
  surface: 'var(--paw-color-surface)',
  text: 'var(--paw-color-text)',
  muted: 'var(--paw-color-muted)',
  border: 'var(--paw-color-border)',
  positive: 'var(--paw-color-positive)',
  negative: 'var(--paw-color-negative)',
  warning: 'var(--paw-color-warning)',
  fontFamily: 'var(--paw-font-family)',
  fontSize: 'var(--paw-font-size)',
  radius: 'var(--paw-radius)',
  space1: 'var(--paw-space-1)',
  space2: 'var(--paw-space-2)',
  space3: 'var(--paw-space-3)',
  space4: 'var(--paw-space-4)',
});

/** The `color-scheme` value that goes with a theme (put it on the root next to the variables). */
export function themeColorScheme(theme: ResolvedTheme): 'light' | 'dark' {
  return theme.mode;
}
