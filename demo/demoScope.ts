/**
 * How the demo tells the proxy who is looking: a `paw-demo-customer` header (or cookie) holding a
 * customer id means "show what that customer would see"; none means the internal, unscoped view.
 * A real host resolves this from its own session, never from something the browser chooses.
 */
import type { Scope } from '../src/core/contract';

export const DEMO_CUSTOMER_HEADER = 'paw-demo-customer';

function cookieValue(cookieHeader: string | null, name: string): string | undefined {
  if (!cookieHeader) return undefined;
  for (const part of cookieHeader.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return undefined;
}

/** The customer id the demo request asks to view as, from the header first, then the cookie. */
export function demoCustomerId(headers: Headers): string | undefined {
  const value = headers.get(DEMO_CUSTOMER_HEADER) ?? cookieValue(headers.get('cookie'), DEMO_CUSTOMER_HEADER);
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** `{}` (internal: every customer) or `{ customerIds: [id] }` (one customer's own view). */
export function resolveDemoScope(request: Request): Scope {
  const customerId = demoCustomerId(request.headers);
  return customerId === undefined ? {} : { customerIds: [customerId] };
}

/** Raw SQL (the customer picker's list) is for the internal view only, as a host would do for staff. */
export function demoAllowsSql(_request: Request, scope: Scope): boolean {
  return scope.customerIds === undefined;
}
