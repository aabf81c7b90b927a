/** Says whose data the page shows and how: the proxy, not the browser, applies the scope. */
import type { DemoCustomer } from './demoCatalog';
import type { DemoViewId } from './demoSettings';

export interface ScopeBannerProps {
  view: DemoViewId;
  /** The customer the proxy scopes to; `null`: every customer (internal, unscoped). */
  customerId: string | null;
  customers: readonly DemoCustomer[];
}

export function ScopeBanner({ view, customerId, customers }: ScopeBannerProps) {
  const name = customerId === null ? undefined : (customers.find((customer) => customer.id === customerId)?.name ?? customerId);
  if (view === 'portal') {
    return (
      <p className="demo-scope" data-scope="portal">
        <strong>Customer portal{name === undefined ? '' : ` of ${name}`}.</strong> The page a host embeds for its own customers: the
        proxy restricts every query to this customer’s rows and refuses raw SQL; AI cost and margin are not on it.
      </p>
    );
  }
  if (name === undefined) {
    return (
      <p className="demo-scope" data-scope="internal">
        <strong>Internal view.</strong> Every customer’s data. The proxy trusts this view and runs queries unscoped.
      </p>
    );
  }
  return (
    <p className="demo-scope" data-scope="customer">
      <strong>Viewing as {name}.</strong> The proxy restricts every query to this customer’s rows, as a customer-facing
      page would, and refuses raw SQL.
    </p>
  );
}
