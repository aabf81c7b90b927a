/**
 * The demo: a product team's analytics built from the library, on two pages — the internal
 * dashboard (every widget, every customer or "view as" one) and the customer portal (what one
 * customer sees of their own account). Header switchers change the page, the theme, the locale
 * and currency, and whose data the proxy serves; the widgets sit under one `AnalyticsProvider`
 * whose fetcher talks to the proxy.
 */
import { useEffect, useMemo, useState, type CSSProperties } from 'react';
import type { AnalyticsFetcher } from '../src/core/contract';
import { AnalyticsProvider } from '../src/react/AnalyticsProvider';
import { resolveTheme } from '../src/theme/resolveTheme';
import { CustomerPortal } from './CustomerPortal';
import type { DemoCustomer } from './demoCatalog';
import { DashboardGrid } from './DashboardGrid';
import { DemoHeader } from './DemoHeader';
import { KpiStrip } from './KpiStrip';
import { localeOption, settingsFromSearch, settingsToSearch, themeOption, type DemoSettings } from './demoSettings';
import { ScopeBanner } from './ScopeBanner';
import { useDemoCatalog, type DemoCatalogState } from './useDemoCatalog';
import { useScopeCreditsCurrencies } from './useScopeCreditsCurrencies';
import { useScopedFetcher } from './useScopedFetcher';

export const ANALYTICS_BASE_URL = '/api/analytics';

/**
 * At most this many requests in flight for the whole page: below the API's (and the emulator's)
 * per-organization concurrency, so a scope switch — whose aborted queries may still hold the
 * server's slots a moment — queues instead of meeting 429s.
 */
const MAX_IN_FLIGHT = 3;

export function DemoApp() {
  const [settings, setSettings] = useState<DemoSettings>(() => settingsFromSearch(window.location.search));
  const catalog = useDemoCatalog(ANALYTICS_BASE_URL);
  // The portal always shows one customer: the one chosen, else the first of the list.
  const portal = settings.viewId === 'portal';
  const portalCustomer = portal
    ? (catalog.customers.find((customer) => customer.id === settings.customerId) ??
      (settings.customerId ? { id: settings.customerId, name: settings.customerId } : catalog.customers[0]))
    : undefined;
  const scopeCustomerId = portal ? (portalCustomer?.id ?? null) : settings.customerId;
  const fetcher = useScopedFetcher(ANALYTICS_BASE_URL, scopeCustomerId);
  const locale = localeOption(settings);

  useEffect(() => {
    const search = settingsToSearch(settings);
    if (search !== window.location.search) window.history.replaceState(null, '', `${window.location.pathname}${search}`);
  }, [settings]);

  const theme = themeOption(settings).theme;
  return (
    <AnalyticsProvider
      fetcher={fetcher}
      locale={locale.locale}
      currency={locale.currency}
      timeZone={locale.timeZone}
      theme={theme}
      clientOptions={{ maxInFlight: MAX_IN_FLIGHT }}
    >
      <DemoPage
        settings={settings}
        onChange={setSettings}
        catalog={catalog}
        portalCustomer={portalCustomer}
        scopeCustomerId={scopeCustomerId}
        fetcher={fetcher}
        timeZone={locale.timeZone}
      />
    </AnalyticsProvider>
  );
}

interface DemoPageProps {
  settings: DemoSettings;
  onChange(settings: DemoSettings): void;
  catalog: DemoCatalogState;
  portalCustomer: DemoCustomer | undefined;
  scopeCustomerId: string | null;
  fetcher: AnalyticsFetcher;
  timeZone: string;
}

/** The page inside the provider: header, scope banner and the chosen page's widgets. */
function DemoPage({ settings, onChange, catalog, portalCustomer, scopeCustomerId, fetcher, timeZone }: DemoPageProps) {
  const portal = settings.viewId === 'portal';
  // Credits: the one chosen; else, for one customer, the currency they use most; else the first.
  const used = useScopeCreditsCurrencies(fetcher, timeZone, scopeCustomerId !== null);
  const chosenCredits = catalog.creditsCurrencies.find((currency) => currency.id === settings.creditsCurrencyId);
  const creditsCurrency =
    chosenCredits ?? (scopeCustomerId === null ? catalog.creditsCurrencies[0] : used && (used[0] ?? catalog.creditsCurrencies[0]));

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
        creditsCurrencyId={creditsCurrency?.id ?? null}
        catalogError={catalog.error}
        onChange={onChange}
      />
      <ScopeBanner view={settings.viewId} customerId={scopeCustomerId} customers={catalog.customers} />
      {/*
        Keyed by page and scope: a switch remounts the widgets, so no widget keeps showing the
        previous scope's numbers while the new ones load (each scope's fetcher keeps its own
        cache, so going back is instant).
      */}
      <div key={`${settings.viewId}:${scopeCustomerId ?? ''}`} className="demo-view" data-view={settings.viewId}>
        {portal ? (
          <CustomerPortal customer={portalCustomer} creditsCurrency={creditsCurrency} hasCredits={used === undefined ? undefined : used.length > 0} />
        ) : (
          <>
            <KpiStrip title="Last 30 days at a glance" creditsCurrencyId={creditsCurrency?.id} />
            <DashboardGrid creditsCurrency={creditsCurrency} />
          </>
        )}
      </div>
      <footer className="demo-footer">
        Every widget reads through the proxy at <code>{ANALYTICS_BASE_URL}</code>, which holds the API key: it never
        reaches this page.
      </footer>
    </div>
  );
}
