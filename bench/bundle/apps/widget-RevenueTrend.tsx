// One widget, as a host would embed it: provider, HTTP fetcher, and the component.
import { createRoot } from 'react-dom/client';
import { AnalyticsProvider, RevenueTrend, createProxyFetcher } from '../../../src/index'; // = 'paid-analytics-react' (the package's main entry)

const fetcher = createProxyFetcher({ baseUrl: '/api/analytics' });

createRoot(document.getElementById('root')!).render(
  <AnalyticsProvider fetcher={fetcher}>
    <RevenueTrend  />
  </AnalyticsProvider>,
);
