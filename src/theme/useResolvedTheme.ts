'use client';
import { useMemo } from 'react';
import { useAnalyticsContext } from '../react/useAnalyticsContext';
import { mergeThemeInputs, resolveTheme } from './resolveTheme';
import type { ResolvedTheme, ThemeInput } from './types';
import { usePrefersDark } from './usePrefersDark';

/**
 * The theme a widget renders with: its own `theme` prop merged over the default theme — the
 * nearest `AnalyticsProvider`'s `theme`, unless `defaultTheme` is passed to replace it — then
 * resolved against the user's `prefers-color-scheme` when the mode is `'system'` (live: the
 * widget re-renders when the OS switches). Memoised on the inputs' contents, so an inline
 * `theme={{ … }}` does not recreate the chart theme on every render.
 *
 * @example const theme = useResolvedTheme(props.theme); // then <WidgetFrame theme={theme} …>
 */
export function useResolvedTheme(themeProp?: ThemeInput, defaultTheme?: ThemeInput): ResolvedTheme {
  const providerTheme = useAnalyticsContext().theme;
  const merged = mergeThemeInputs(defaultTheme ?? providerTheme, themeProp);
  const followsSystem = merged.mode === 'system';
  const prefersDark = usePrefersDark(followsSystem);
  const key = JSON.stringify(merged);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on the serialised content
  return useMemo(() => resolveTheme(merged, prefersDark), [key, prefersDark]);
}
