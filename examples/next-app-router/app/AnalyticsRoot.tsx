'use client';
import { AnalyticsProvider, createHttpFetcher } from 'paid-analytics-react';

const fetcher = createHttpFetcher({ baseUrl: '/api/analytics' });

export function AnalyticsRoot({ children }: { children: React.ReactNode }) {
  return (
    <AnalyticsProvider fetcher={fetcher} locale="de-DE" currency="EUR" timeZone="Europe/Berlin">
      {children}
    </AnalyticsProvider>
  );
}
