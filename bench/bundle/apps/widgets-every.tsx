// Every widget the package exports, in one host app: the full dashboard's weight.
import { createRoot } from 'react-dom/client';
import {
  AnalyticsKpis,
  AnalyticsProvider,
  BilledUsage,
  CostPerModel,
  CostTrend,
  CreditBurn,
  CreditUsage,
  CustomerLeaderboard,
  DeliveredValue,
  Margin,
  RevenueAging,
  RevenueByProduct,
  RevenueTrend,
  SignalPayloadBreakdown,
  UsageTrends,
  createProxyFetcher,
} from '../../../src/index'; // = 'paid-analytics-react' (the package's main entry)

const fetcher = createProxyFetcher({ baseUrl: '/api/analytics' });

createRoot(document.getElementById('root')!).render(
  <AnalyticsProvider fetcher={fetcher}>
    <AnalyticsKpis />
    <UsageTrends />
    <CostPerModel />
    <CostTrend />
    <RevenueAging />
    <RevenueTrend />
    <RevenueByProduct />
    <CreditBurn creditsCurrencyId="credits" />
    <CreditUsage creditsCurrencyId="credits" />
    <BilledUsage />
    <CustomerLeaderboard />
    <Margin />
    <DeliveredValue />
    <SignalPayloadBreakdown signalName="signal" />
  </AnalyticsProvider>,
);
