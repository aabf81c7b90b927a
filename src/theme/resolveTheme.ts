import {
  DARK_COLORS,
  DEFAULT_DENSITY,
  DEFAULT_FONT_FAMILY,
  DEFAULT_FONT_SIZE_PX,
  DEFAULT_RADIUS_PX,
  LIGHT_COLORS,
} from './defaultThemes';
import type { ResolvedTheme, ThemeInput } from './types';

/**
 * Merges two theme inputs: `override` wins field by field, and `colors` merge key by key, so a
 * widget's `theme={{ colors: { primary } }}` keeps the provider's other colours.
 */
export function mergeThemeInputs(base: ThemeInput | undefined, override: ThemeInput | undefined): ThemeInput {
  if (!base) return override ?? {};
  if (!override) return base;
  const merged: ThemeInput = { ...base, ...dropUndefined(override) };
  if (base.colors || override.colors) merged.colors = { ...base.colors, ...dropUndefined(override.colors ?? {}) };
  return merged;
}

/**
 * Turns what a host passed into a complete theme. `mode: 'system'` becomes dark when
 * `systemPrefersDark` (the caller reads `prefers-color-scheme`; this function stays pure).
 * Empty strings and an empty series list count as "not given".
 */
export function resolveTheme(input: ThemeInput | undefined, systemPrefersDark: boolean): ResolvedTheme {
  const requested = input?.mode ?? 'light';
  const mode = requested === 'system' ? (systemPrefersDark ? 'dark' : 'light') : requested === 'dark' ? 'dark' : 'light';
  const defaults = mode === 'dark' ? DARK_COLORS : LIGHT_COLORS;
  const given = input?.colors ?? {};
  const pick = (value: string | undefined, fallback: string): string =>
    typeof value === 'string' && value.trim() !== '' ? value : fallback;
  const series = Array.isArray(given.series) ? given.series.filter((c) => typeof c === 'string' && c.trim() !== '') : [];
  const fontSizePx = toPx(input?.fontSize, DEFAULT_FONT_SIZE_PX);
  return {
    mode,
    colors: {
      primary: pick(given.primary, defaults.primary),
      series: series.length > 0 ? series : [...defaults.series],
      background: pick(given.background, defaults.background),
      surface: pick(given.surface, defaults.surface),
      text: pick(given.text, defaults.text),
      muted: pick(given.muted, defaults.muted),
      border: pick(given.border, defaults.border),
      positive: pick(given.positive, defaults.positive),
      negative: pick(given.negative, defaults.negative),
      warning: pick(given.warning, defaults.warning),
    },
    fontFamily: pick(input?.fontFamily, DEFAULT_FONT_FAMILY),
    fontSize: toCssLength(input?.fontSize, DEFAULT_FONT_SIZE_PX),
    fontSizePx,
    radius: toCssLength(input?.radius, DEFAULT_RADIUS_PX),
    density: input?.density === 'compact' ? 'compact' : DEFAULT_DENSITY,
  };
}

/** A number becomes px; a non-empty string is kept as a CSS length; anything else is the default. */
function toCssLength(value: number | string | undefined, fallbackPx: number): string {
  if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return `${value}px`;
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  return `${fallbackPx}px`;
}

/** px for ECharts: a number, or a `"<n>px"` string; other units (rem, em) fall back to the default. */
function toPx(value: number | string | undefined, fallbackPx: number): number {
  if (typeof value === 'number' && Number.isFinite(value) && value > 0) return value;
  if (typeof value === 'string') {
    const match = /^\s*(\d+(?:\.\d+)?)px\s*$/.exec(value);
    if (match) return Number(match[1]);
  }
  return fallbackPx;
}

function dropUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
