// The same one-widget app through a namespace import that is then destructured: what the README's
// smallest-bundle advice warns about (bundlers keep every export the namespace could reach).
import { createRoot } from 'react-dom/client';
import * as analytics from '../../../src/index'; // = 'paid-analytics-react' (the package's main entry)

const { AnalyticsProvider, UsageTrends, createProxyFetcher } = analytics;
const fetcher = createProxyFetcher({ baseUrl: '/api/analytics' });

createRoot(document.getElementById('root')!).render(
  <AnalyticsProvider fetcher={fetcher}>
    <UsageTrends />
  </AnalyticsProvider>,
);
