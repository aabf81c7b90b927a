/**
 * The themes the demo's switcher offers: the library's light and dark defaults and a brand theme
 * showing what a host can change with a few tokens (colours, font, radius, density).
 */
import type { ThemeInput } from '../src/theme/types';

export interface DemoThemeOption {
  id: 'light' | 'dark' | 'brand';
  label: string;
  theme: ThemeInput;
}

/** A violet brand on a warm off-white page, rounder corners, a compact layout. */
export const BRAND_THEME: ThemeInput = {
  mode: 'light',
  colors: {
    primary: '#6d28d9',
    series: ['#6d28d9', '#0e7490', '#b45309', '#be185d', '#15803d', '#4338ca', '#9f1239', '#3f6212'],
    background: '#faf7f2',
    surface: '#ffffff',
    text: '#1c1917',
    muted: '#57534e',
    border: '#e7e0d6',
  },
  fontFamily: '"Iowan Old Style", "Palatino Linotype", Palatino, Georgia, serif',
  radius: 14,
  density: 'compact',
};

export const DEMO_THEMES: readonly DemoThemeOption[] = [
  { id: 'light', label: 'Light', theme: { mode: 'light' } },
  { id: 'dark', label: 'Dark', theme: { mode: 'dark' } },
  { id: 'brand', label: 'Brand (violet)', theme: BRAND_THEME },
];
