import { CostPerModel, CreditBurn, RevenueAging, UsageTrends } from 'paid-analytics-react';
import { AnalyticsRoot } from './AnalyticsRoot';

// A static page (prerendered by `next build`): the widgets render their loading state on the
// server and load their data in the browser through /api/analytics.
export default function AnalyticsPage() {
  return (
    <main style={{ display: 'grid', gap: 16, gridTemplateColumns: 'repeat(auto-fit, minmax(520px, 1fr))' }}>
      <h1 style={{ gridColumn: '1 / -1', margin: 0 }}>Analytics</h1>
      <AnalyticsRoot>
        <div data-widget="usage-trends">
          <UsageTrends defaultTimeRange="30d" defaultGranularity="day" topN={5} />
        </div>
        <div data-widget="cost-per-model">
          <CostPerModel defaultTimeRange="30d" includeCostPerSignal />
        </div>
        <div data-widget="revenue-aging">
          <RevenueAging topCustomers={10} />
        </div>
        <div data-widget="credit-burn">
          <CreditBurn creditsCurrencyId="cc_ai_credits" defaultTimeRange="90d" theme={{ mode: 'dark' }} />
        </div>
      </AnalyticsRoot>
    </main>
  );
}
