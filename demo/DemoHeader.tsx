/**
 * The demo's header: the product name and the switchers (page, theme, locale and currency, whose
 * view). Every switch only changes props or the proxy's scope header: no widget reloads the page.
 */
import type { DemoCreditsCurrency, DemoCustomer } from './demoCatalog';
import { DEMO_LOCALES } from './demoLocales';
import { DEMO_VIEWS, type DemoSettings } from './demoSettings';
import { DEMO_THEMES } from './demoThemes';
import { SelectControl } from './SelectControl';

export const INTERNAL_VIEW = '__internal__';

export interface DemoHeaderProps {
  settings: DemoSettings;
  customers: readonly DemoCustomer[];
  creditsCurrencies: readonly DemoCreditsCurrency[];
  /** The credits currency the credit widgets show (the chosen one, or the scope's own). */
  creditsCurrencyId: string | null;
  catalogError: string | null;
  onChange(settings: DemoSettings): void;
}

export function DemoHeader({ settings, customers, creditsCurrencies, creditsCurrencyId, catalogError, onChange }: DemoHeaderProps) {
  const portal = settings.viewId === 'portal';
  // The portal is always one customer's: no "all customers" there.
  const customerOptions = [
    ...(portal ? [] : [{ value: INTERNAL_VIEW, label: 'Internal: all customers' }]),
    ...customers.map((customer) => ({ value: customer.id, label: customer.name })),
  ];
  // A customer from the URL that is not in the list still shows as selected.
  if (settings.customerId && !customers.some((customer) => customer.id === settings.customerId)) {
    customerOptions.push({ value: settings.customerId, label: settings.customerId });
  }
  return (
    <header className="demo-header">
      <div className="demo-brand">
        <span className="demo-logo" aria-hidden="true">
          ◆
        </span>
        <div>
          <h1>Acme AI · Analytics</h1>
          <p className="demo-tagline">Usage, AI cost, revenue and credits, built with paid-analytics-react</p>
        </div>
      </div>
      <div className="demo-controls" role="group" aria-label="Dashboard settings">
        <SelectControl
          id="demo-view"
          label="Page"
          value={settings.viewId}
          options={DEMO_VIEWS.map((option) => ({ value: option.id, label: option.label }))}
          onChange={(value) => onChange({ ...settings, viewId: value as DemoSettings['viewId'] })}
        />
        <SelectControl
          id="demo-theme"
          label="Theme"
          value={settings.themeId}
          options={DEMO_THEMES.map((option) => ({ value: option.id, label: option.label }))}
          onChange={(value) => onChange({ ...settings, themeId: value as DemoSettings['themeId'] })}
        />
        <SelectControl
          id="demo-locale"
          label="Locale & currency"
          value={settings.localeId}
          options={DEMO_LOCALES.map((option) => ({ value: option.id, label: option.label }))}
          onChange={(value) => onChange({ ...settings, localeId: value })}
        />
        <SelectControl
          id="demo-customer"
          label={portal ? 'Customer' : 'View as'}
          value={settings.customerId ?? (portal ? (customers[0]?.id ?? INTERNAL_VIEW) : INTERNAL_VIEW)}
          options={customerOptions}
          onChange={(value) => onChange({ ...settings, customerId: value === INTERNAL_VIEW ? null : value })}
        />
        {creditsCurrencies.length > 1 ? (
          <SelectControl
            id="demo-credits"
            label="Credits"
            value={creditsCurrencyId ?? creditsCurrencies[0]!.id}
            options={creditsCurrencies.map((currency) => ({ value: currency.id, label: currency.name }))}
            onChange={(value) => onChange({ ...settings, creditsCurrencyId: value })}
          />
        ) : null}
        {catalogError ? (
          <p className="demo-control-error" role="status">
            Customer list unavailable: {catalogError}
          </p>
        ) : null}
      </div>
    </header>
  );
}
