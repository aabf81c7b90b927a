import {
  AnalyticsProvider,
  CostPerModel,
  CreditBurn,
  createHttpFetcher,
  formatCount,
  RevenueAging,
  UsageTrends,
  useUsageSummary,
  type TimeRange,
} from 'paid-analytics-react';
import { useState } from 'react';

const fetcher = createHttpFetcher({ baseUrl: '/api/analytics' });

/** Settings a host may or may not have for a user: under exactOptionalPropertyTypes, `string | undefined`. */
const userSettings: { locale?: string | undefined; timeZone?: string | undefined } = {
  locale: navigator.language,
  timeZone: undefined,
};

/** A headline from a hook: typed rows (64-bit counts as bigint), formatted exactly. */
function SignalsHeadline({ from, to }: { from: Date; to: Date }) {
  const summary = useUsageSummary({ from, to });
  const row = summary.data?.[0];
  return <p data-headline="">Signals in the last 14 days: {row === undefined ? '…' : formatCount(row.current)}</p>;
}

export function App() {
  const [window] = useState(() => ({ from: new Date(Date.now() - 14 * 864e5), to: new Date() }));
  const [range, setRange] = useState<TimeRange>(window); // a custom range of Dates
  return (
    <AnalyticsProvider fetcher={fetcher} locale={userSettings.locale} timeZone={userSettings.timeZone} currency="USD">
      <main style={{ display: 'grid', gap: 16, gridTemplateColumns: 'repeat(auto-fit, minmax(520px, 1fr))', padding: 24 }}>
        <h1 style={{ gridColumn: '1 / -1', margin: 0 }}>Analytics</h1>
        <SignalsHeadline from={window.from} to={window.to} />
        <div data-widget="usage-trends">
          <UsageTrends timeRange={range} onTimeRangeChange={setRange} defaultGranularity="day" topN={5} timeZone={userSettings.timeZone} />
        </div>
        <div data-widget="cost-per-model">
          <CostPerModel defaultTimeRange="30d" includeCostPerSignal />
        </div>
        <div data-widget="revenue-aging">
          <RevenueAging topCustomers={10} />
        </div>
        <div data-widget="credit-burn">
          <CreditBurn creditsCurrencyId="cc_ai_credits" defaultTimeRange="90d" />
        </div>
      </main>
    </AnalyticsProvider>
  );
}
