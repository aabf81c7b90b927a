/**
 * The demo dashboard: a product team's analytics page built from the library. Header switchers
 * change the theme, the locale and currency, and whose data the proxy serves; the widgets sit in
 * a responsive grid under one `AnalyticsProvider` whose fetcher talks to the proxy.
 */
import { useEffect, useMemo, useState, type CSSProperties } from 'react';
import { AnalyticsProvider } from '../src/react/AnalyticsProvider';
import { resolveTheme } from '../src/theme/resolveTheme';
import { DashboardGrid } from './DashboardGrid';
import { DemoHeader } from './DemoHeader';
import { KpiStrip } from './KpiStrip';
import { localeOption, settingsFromSearch, settingsToSearch, themeOption, type DemoSettings } from './demoSettings';
import { ScopeBanner } from './ScopeBanner';
import { useDemoCatalog } from './useDemoCatalog';
import { useScopedFetcher } from './useScopedFetcher';

export const ANALYTICS_BASE_URL = '/api/analytics';

export function DemoApp() {
  const [settings, setSettings] = useState<DemoSettings>(() => settingsFromSearch(window.location.search));
  const catalog = useDemoCatalog(ANALYTICS_BASE_URL);
  const fetcher = useScopedFetcher(ANALYTICS_BASE_URL, settings.customerId);
  const locale = localeOption(settings);
  const creditsCurrency =
    catalog.creditsCurrencies.find((currency) => currency.id === settings.creditsCurrencyId) ?? catalog.creditsCurrencies[0];

  useEffect(() => {
    const search = settingsToSearch(settings);
    if (search !== window.location.search) window.history.replaceState(null, '', `${window.location.pathname}${search}`);
  }, [settings]);

  const theme = themeOption(settings).theme;
  const resolved = useMemo(() => resolveTheme(theme, false), [theme]);
  const pageStyle = {
    '--demo-bg': resolved.colors.background,
    '--demo-surface': resolved.colors.surface,
    '--demo-text': resolved.colors.text,
    '--demo-muted': resolved.colors.muted,
    '--demo-border': resolved.colors.border,
    '--demo-primary': resolved.colors.primary,
    '--demo-radius': resolved.radius,
    '--demo-font': resolved.fontFamily,
    colorScheme: resolved.mode,
  } as CSSProperties;

  useEffect(() => {
    // The page behind the dashboard follows the theme too (overscroll, scrollbars).
    document.documentElement.style.colorScheme = resolved.mode;
    document.documentElement.style.backgroundColor = resolved.colors.background;
  }, [resolved]);

  return (
    <div className="demo-page" data-theme={settings.themeId} style={pageStyle}>
      <DemoHeader
        settings={settings}
        customers={catalog.customers}
        creditsCurrencies={catalog.creditsCurrencies}
        catalogError={catalog.error}
        onChange={setSettings}
      />
      <ScopeBanner customerId={settings.customerId} customers={catalog.customers} />
      <AnalyticsProvider fetcher={fetcher} locale={locale.locale} currency={locale.currency} timeZone={locale.timeZone} theme={theme}>
        <KpiStrip />
        <DashboardGrid creditsCurrency={creditsCurrency} />
      </AnalyticsProvider>
      <footer className="demo-footer">
        Every widget reads through the proxy at <code>{ANALYTICS_BASE_URL}</code>, which holds the API key: it never
        reaches this page.
      </footer>
    </div>
  );
}
