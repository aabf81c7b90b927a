/** Says whose data the dashboard shows and how: the proxy, not the browser, applies the scope. */
import type { DemoCustomer } from './demoCatalog';

export function ScopeBanner({ customerId, customers }: { customerId: string | null; customers: readonly DemoCustomer[] }) {
  if (customerId === null) {
    return (
      <p className="demo-scope" data-scope="internal">
        <strong>Internal view.</strong> Every customer’s data. The proxy trusts this view and runs queries unscoped.
      </p>
    );
  }
  const name = customers.find((customer) => customer.id === customerId)?.name ?? customerId;
  return (
    <p className="demo-scope" data-scope="customer">
      <strong>Viewing as {name}.</strong> The proxy restricts every query to this customer’s rows, as a customer-facing
      page would, and refuses raw SQL.
    </p>
  );
}
