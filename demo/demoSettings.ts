/**
 * The dashboard's switchable settings, kept in the URL (`?theme=dark&locale=de-DE&customer=…`) so
 * a view can be linked, reloaded and opened directly by the browser tests.
 */
import { DEMO_LOCALES, type DemoLocaleOption } from './demoLocales';
import { DEMO_THEMES, type DemoThemeOption } from './demoThemes';

export interface DemoSettings {
  themeId: DemoThemeOption['id'];
  localeId: string;
  /** `null`: the internal view (every customer). */
  customerId: string | null;
  /** The credit burn widget's currency; `null`: the most used one. */
  creditsCurrencyId: string | null;
}

export const DEFAULT_SETTINGS: DemoSettings = { themeId: 'light', localeId: 'en-US', customerId: null, creditsCurrencyId: null };

/** Reads settings from a query string, ignoring unknown values. */
export function settingsFromSearch(search: string): DemoSettings {
  const params = new URLSearchParams(search);
  const theme = DEMO_THEMES.find((option) => option.id === params.get('theme'));
  const locale = DEMO_LOCALES.find((option) => option.id === params.get('locale'));
  const customer = params.get('customer')?.trim();
  const credits = params.get('credits')?.trim();
  return {
    themeId: theme?.id ?? DEFAULT_SETTINGS.themeId,
    localeId: locale?.id ?? DEFAULT_SETTINGS.localeId,
    customerId: customer ? customer : null,
    creditsCurrencyId: credits ? credits : null,
  };
}

/** The query string for settings, leaving defaults out. */
export function settingsToSearch(settings: DemoSettings): string {
  const params = new URLSearchParams();
  if (settings.themeId !== DEFAULT_SETTINGS.themeId) params.set('theme', settings.themeId);
  if (settings.localeId !== DEFAULT_SETTINGS.localeId) params.set('locale', settings.localeId);
  if (settings.customerId) params.set('customer', settings.customerId);
  if (settings.creditsCurrencyId) params.set('credits', settings.creditsCurrencyId);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function themeOption(settings: DemoSettings): DemoThemeOption {
  return DEMO_THEMES.find((option) => option.id === settings.themeId) ?? DEMO_THEMES[0]!;
}

export function localeOption(settings: DemoSettings): DemoLocaleOption {
  return DEMO_LOCALES.find((option) => option.id === settings.localeId) ?? DEMO_LOCALES[0]!;
}
