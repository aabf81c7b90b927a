/**
 * A stand-in for your own session store. The cookie `session=staff` is an internal user (every
 * customer's rows), `session=customer:<id>` a customer who sees only their own rows, and no
 * session is nobody (the proxy answers 401).
 */
export const sessions = {
  scopeFor(cookieHeader) {
    const session = /(?:^|;\s*)session=([^;]+)/.exec(cookieHeader ?? '')?.[1];
    if (session === 'staff') return {};
    if (session?.startsWith('customer:')) return { customerIds: [decodeURIComponent(session.slice('customer:'.length))] };
    return null;
  },
};
