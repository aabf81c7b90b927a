/**
 * The locale / currency / time-zone combinations the demo's switcher offers. Amounts are the same
 * cents throughout; only their formatting changes (a real host would show its own currency).
 */
export interface DemoLocaleOption {
  id: string;
  label: string;
  locale: string;
  currency: string;
  timeZone: string;
}

export const DEMO_LOCALES: readonly DemoLocaleOption[] = [
  { id: 'en-US', label: 'English (US) · USD', locale: 'en-US', currency: 'USD', timeZone: 'America/New_York' },
  { id: 'de-DE', label: 'Deutsch · EUR', locale: 'de-DE', currency: 'EUR', timeZone: 'Europe/Berlin' },
  { id: 'ja-JP', label: '日本語 · JPY', locale: 'ja-JP', currency: 'JPY', timeZone: 'Asia/Tokyo' },
  { id: 'en-GB', label: 'English (UK) · GBP', locale: 'en-GB', currency: 'GBP', timeZone: 'Europe/London' },
  { id: 'fr-FR', label: 'Français · EUR', locale: 'fr-FR', currency: 'EUR', timeZone: 'Europe/Paris' },
];
