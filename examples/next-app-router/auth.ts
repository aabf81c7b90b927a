/**
 * A stand-in for your own session lookup (NextAuth's `auth()`, Clerk, your cookie…). The cookie
 * `session=staff` is an internal user, `session=customer:<paid customer id>` a customer, no
 * cookie nobody.
 */
import { cookies } from 'next/headers';

export interface Session {
  user: { role: 'staff' | 'customer'; paidCustomerId: string };
}

export async function auth(): Promise<Session | null> {
  const session = (await cookies()).get('session')?.value;
  if (session === 'staff') return { user: { role: 'staff', paidCustomerId: '' } };
  if (session?.startsWith('customer:')) return { user: { role: 'customer', paidCustomerId: session.slice('customer:'.length) } };
  return null;
}
