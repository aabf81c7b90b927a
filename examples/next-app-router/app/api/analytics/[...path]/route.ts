import { createAnalyticsProxy } from 'paid-analytics-react/server';
import { auth } from '@/auth'; // your session lookup

const proxy = createAnalyticsProxy({
  upstream: { apiKey: process.env.PAID_API_KEY, baseUrl: process.env.PAID_API_URL },
  async resolveScope() {
    const session = await auth();
    if (!session) return null;                                   // → 401
    if (session.user.role === 'staff') return {};                // every customer
    return { customerIds: [session.user.paidCustomerId] };       // only their own rows
  },
  allowSql: (_request, scope) => scope.customerIds === undefined, // raw SQL for staff only
});

export const GET = proxy;
export const POST = proxy;
