// All four widgets in one host app.
import { createRoot } from 'react-dom/client';
import {
  AnalyticsProvider,
  CostPerModel,
  CreditBurn,
  RevenueAging,
  UsageTrends,
  createProxyFetcher,
} from '../../../src/index'; // = 'paid-analytics-react' (the package's main entry)

const fetcher = createProxyFetcher({ baseUrl: '/api/analytics' });

createRoot(document.getElementById('root')!).render(
  <AnalyticsProvider fetcher={fetcher}>
    <UsageTrends />
    <CostPerModel />
    <RevenueAging />
    <CreditBurn creditsCurrencyId="credits" />
  </AnalyticsProvider>,
);
