'use client';
import { createContext, useContext } from 'react';
import type { ResolvedTheme } from '../../theme/types';

/** The resolved theme of the nearest `WidgetFrame`; `null` outside one. */
export const FrameThemeContext = createContext<ResolvedTheme | null>(null);

/** The nearest `WidgetFrame`'s resolved theme (`AnalyticsChart` uses it when given no `theme`). */
export function useFrameTheme(): ResolvedTheme | null {
  return useContext(FrameThemeContext);
}
