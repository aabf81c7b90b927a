/**
 * The Storybook toolbar's globals: the theme mode and the locale (with its currency and time
 * zone) every story renders in, through the global decorator's `AnalyticsProvider`.
 */
import type { ThemeInput } from '../../src/theme/types';

export interface StoryLocale {
  locale: string;
  currency: string;
  timeZone: string;
  title: string;
}

/** Toolbar locales; the time zone stays UTC so the fixtures' buckets match exactly. */
export const STORY_LOCALES: Readonly<Record<string, StoryLocale>> = {
  'en-US': { locale: 'en-US', currency: 'USD', timeZone: 'UTC', title: 'English (US) · USD' },
  'de-DE': { locale: 'de-DE', currency: 'EUR', timeZone: 'UTC', title: 'Deutsch · EUR' },
  'ja-JP': { locale: 'ja-JP', currency: 'JPY', timeZone: 'UTC', title: '日本語 · JPY' },
  'en-GB': { locale: 'en-GB', currency: 'GBP', timeZone: 'UTC', title: 'English (UK) · GBP' },
};

export type StoryThemeMode = 'light' | 'dark' | 'system';

/** The provider's default theme for a toolbar mode; a story's own `theme` arg overrides it. */
export function themeForMode(mode: StoryThemeMode): ThemeInput {
  return { mode };
}

export const globalTypes = {
  themeMode: {
    description: 'Theme mode of the widgets (the provider default)',
    toolbar: {
      title: 'Theme',
      icon: 'contrast',
      items: [
        { value: 'light', title: 'Light', icon: 'sun' },
        { value: 'dark', title: 'Dark', icon: 'moon' },
        { value: 'system', title: 'Follow the system', icon: 'browser' },
      ],
      dynamicTitle: true,
    },
  },
  locale: {
    description: 'Locale and currency of every number and date',
    toolbar: {
      title: 'Locale',
      icon: 'globe',
      items: Object.entries(STORY_LOCALES).map(([value, option]) => ({ value, title: option.title })),
      dynamicTitle: true,
    },
  },
};

export const initialGlobals = { themeMode: 'light', locale: 'en-US' };
