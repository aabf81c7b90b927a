'use client';
import { useMemo } from 'react';
import { mergeThemeInputs, resolveTheme } from './resolveTheme';
import type { ResolvedTheme, ThemeInput } from './types';
import { usePrefersDark } from './usePrefersDark';

/**
 * The theme a widget renders with: its own `theme` prop merged over `defaultTheme` (the
 * provider's default), resolved against the user's `prefers-color-scheme` when the mode is
 * `'system'` (live: the widget re-renders when the OS switches). Memoised on the inputs'
 * contents, so an inline `theme={{ … }}` object does not recreate the chart theme each render.
 */
export function useResolvedTheme(themeProp?: ThemeInput, defaultTheme?: ThemeInput): ResolvedTheme {
  const merged = mergeThemeInputs(defaultTheme, themeProp);
  const followsSystem = merged.mode === 'system';
  const prefersDark = usePrefersDark(followsSystem);
  const key = JSON.stringify(merged);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on the serialised content
  return useMemo(() => resolveTheme(merged, prefersDark), [key, prefersDark]);
}
