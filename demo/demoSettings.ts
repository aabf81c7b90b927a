/**
 * The dashboard's switchable settings, kept in the URL (`?view=portal&theme=dark&locale=de-DE&customer=…`) so
 * a view can be linked, reloaded and opened directly by the browser tests.
 */
import { DEMO_LOCALES, type DemoLocaleOption } from './demoLocales';
import { DEMO_THEMES, type DemoThemeOption } from './demoThemes';

/** The two pages of the demo: everything a product team sees, or what one of its customers sees. */
export const DEMO_VIEWS = [
  { id: 'internal', label: 'Internal dashboard' },
  { id: 'portal', label: 'Customer portal' },
] as const;
export type DemoViewId = (typeof DEMO_VIEWS)[number]['id'];

export interface DemoSettings {
  /** Which page: the internal dashboard or the customer portal. */
  viewId: DemoViewId;
  themeId: DemoThemeOption['id'];
  localeId: string;
  /** `null`: the internal view (every customer). */
  customerId: string | null;
  /** The credit burn widget's currency; `null`: the most used one. */
  creditsCurrencyId: string | null;
}

export const DEFAULT_SETTINGS: DemoSettings = { viewId: 'internal', themeId: 'light', localeId: 'en-US', customerId: null, creditsCurrencyId: null };

/** Reads settings from a query string, ignoring unknown values. */
export function settingsFromSearch(search: string): DemoSettings {
  const params = new URLSearchParams(search);
  const view = DEMO_VIEWS.find((option) => option.id === params.get('view'));
  const theme = DEMO_THEMES.find((option) => option.id === params.get('theme'));
  const locale = DEMO_LOCALES.find((option) => option.id === params.get('locale'));
  const customer = params.get('customer')?.trim();
  const credits = params.get('credits')?.trim();
  return {
    viewId: view?.id ?? DEFAULT_SETTINGS.viewId,
    themeId: theme?.id ?? DEFAULT_SETTINGS.themeId,
    localeId: locale?.id ?? DEFAULT_SETTINGS.localeId,
    customerId: customer ? customer : null,
    creditsCurrencyId: credits ? credits : null,
  };
}

/** The query string for settings, leaving defaults out. */
export function settingsToSearch(settings: DemoSettings): string {
  const params = new URLSearchParams();
  if (settings.viewId !== DEFAULT_SETTINGS.viewId) params.set('view', settings.viewId);
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
