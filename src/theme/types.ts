/**
 * Theme types: what a host passes (`ThemeInput`) and what widgets consume after
 * defaults are applied (`ResolvedTheme`). Stripe-appearance style: a small set of
 * semantic tokens, mapped to scoped `--paw-*` CSS variables and an ECharts theme.
 */

/** Colour mode: a fixed light or dark palette, or follow `prefers-color-scheme`. */
export type ThemeMode = 'light' | 'dark' | 'system';

/** Spacing density of widgets. */
export type ThemeDensity = 'compact' | 'comfortable';

/** Every colour token a theme carries. All values are CSS colour strings. */
export interface ThemeColors {
  /** Accent for controls, focus rings and the first series when no palette is given. */
  primary: string;
  /** Categorical palette for chart series, in order. */
  series: string[];
  /** Page-level background behind the card. */
  background: string;
  /** Card (widget) surface. */
  surface: string;
  /** Main text. */
  text: string;
  /** Secondary text: subtitles, axis labels, captions. */
  muted: string;
  /** Borders, grid and split lines. */
  border: string;
  /** Good change (e.g. growth). */
  positive: string;
  /** Bad change, errors. */
  negative: string;
  /** Warnings, truncation notices. */
  warning: string;
}

/**
 * What a host passes as a widget's `theme` prop or the provider's default theme.
 * Every field is optional; missing fields come from the light or dark defaults.
 */
export interface ThemeInput {
  /** `'system'` follows the user's `prefers-color-scheme`. Default `'light'`. */
  mode?: ThemeMode;
  /** Colour overrides, merged over the mode's default palette. */
  colors?: Partial<ThemeColors>;
  /** CSS `font-family`. Default: the system UI font stack. */
  fontFamily?: string;
  /** Base font size in px (number) or any CSS length (string). Default 14px. */
  fontSize?: number | string;
  /** Corner radius in px (number) or any CSS length (string). Default 8px. */
  radius?: number | string;
  /** Spacing density. Default `'comfortable'`. */
  density?: ThemeDensity;
}

/** A fully resolved theme: no optional fields, `mode` already decided as light or dark. */
export interface ResolvedTheme {
  /** The concrete mode after resolving `'system'`. */
  mode: 'light' | 'dark';
  colors: ThemeColors;
  fontFamily: string;
  /** CSS length, e.g. `'14px'`. */
  fontSize: string;
  /** Base font size in px, for ECharts (which needs numbers). */
  fontSizePx: number;
  /** CSS length, e.g. `'8px'`. */
  radius: string;
  density: ThemeDensity;
}
