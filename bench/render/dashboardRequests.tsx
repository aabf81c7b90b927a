/**
 * A dashboard of every widget the package exports (14), with their stories' props, plus duplicates
 * (a second UsageTrends, CostTrend and AnalyticsKpis with the same props), rendered in the page with
 * every request counted at the fetcher: how many are sent, how many distinct, and the most in flight
 * at once. `shared` is the library as used (one provider, one QueryClient: dedupe and the in-flight
 * cap); `separate` gives each widget its own provider and client — what the same widgets would send
 * with no shared cache, the floor the dedupe is measured against.
 */
import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient } from '../../src/core/client/QueryClient';
import type { AnalyticsFetcher } from '../../src/core/contract';
import { AnalyticsProvider } from '../../src/react/AnalyticsProvider';
import { createFixtureFetcher } from '../../src/testing/createFixtureFetcher';
import { requestKey, requestLabel } from '../../src/testing/requestKey';
import { AnalyticsKpis } from '../../src/widgets/AnalyticsKpis/AnalyticsKpis';
import { BilledUsage } from '../../src/widgets/BilledUsage/BilledUsage';
import { CostPerModel } from '../../src/widgets/CostPerModel/CostPerModel';
import { CostTrend } from '../../src/widgets/CostTrend/CostTrend';
import { CreditBurn } from '../../src/widgets/CreditBurn/CreditBurn';
import { CreditUsage } from '../../src/widgets/CreditUsage/CreditUsage';
import { CustomerLeaderboard } from '../../src/widgets/CustomerLeaderboard/CustomerLeaderboard';
import { DeliveredValue } from '../../src/widgets/DeliveredValue/DeliveredValue';
import { Margin } from '../../src/widgets/Margin/Margin';
import { RevenueAging } from '../../src/widgets/RevenueAging/RevenueAging';
import { RevenueByProduct } from '../../src/widgets/RevenueByProduct/RevenueByProduct';
import { RevenueTrend } from '../../src/widgets/RevenueTrend/RevenueTrend';
import { SignalPayloadBreakdown } from '../../src/widgets/SignalPayloadBreakdown/SignalPayloadBreakdown';
import { UsageTrends } from '../../src/widgets/UsageTrends/UsageTrends';
import { ALL_FIXTURES, STORY_PROPS } from '../../fixtures';

export type DashboardMode = 'shared' | 'separate';

export interface DashboardFigures {
  mode: DashboardMode;
  /** Widgets rendered (every exported widget plus the duplicates). */
  widgets: number;
  /** Distinct widget components among them. */
  distinctWidgets: number;
  /** The duplicates' names (same widget, same props). */
  duplicates: string[];
  /** Requests that reached the fetcher. */
  requests: number;
  /** Distinct requests among them (by `requestKey`). */
  distinctRequests: number;
  /** Requests per named query (or kind). */
  byName: Record<string, number>;
  /** Requests the fetcher answered with an error (a fixture missing): 0, or the counts are not the dashboard's. */
  failed: number;
  /** Widget frames on the page once settled (`[data-paw-widget]`): every widget rendered, none took the page down. */
  framesShown: number;
  /** Of them, frames in their error state once settled: 0, or a widget shows no data. */
  errorStates: number;
  /** Most requests in flight at the fetcher at once. */
  peakInFlight: number;
  /** The QueryClient's `maxInFlight` (per client). */
  cap: number;
  /** Milliseconds from mount until every request settled. */
  settledMs: number;
}

/** Each fixture answer waits this long, so requests overlap the way they do over a network. */
const FETCH_LATENCY_MS = 40;
/** The dashboard has settled when nothing is in flight and nothing new started for this long. */
const QUIET_MS = 300;

interface DashboardWidget {
  name: string;
  render: () => ReactNode;
  /** A second copy of a widget already on the dashboard, with the same props (so the same requests). */
  duplicate?: true;
}

/** Every widget `paid-analytics-react` exports, with its stories' props (their requests are recorded fixtures). */
const WIDGETS: readonly DashboardWidget[] = [
  { name: 'AnalyticsKpis', render: () => <AnalyticsKpis {...STORY_PROPS.analyticsKpis} /> },
  { name: 'UsageTrends', render: () => <UsageTrends {...STORY_PROPS.usageTrends} /> },
  { name: 'CostPerModel', render: () => <CostPerModel {...STORY_PROPS.costPerModel} /> },
  { name: 'CostTrend', render: () => <CostTrend {...STORY_PROPS.costTrend} /> },
  { name: 'RevenueAging', render: () => <RevenueAging {...STORY_PROPS.revenueAging} /> },
  { name: 'RevenueTrend', render: () => <RevenueTrend {...STORY_PROPS.revenueTrend} /> },
  { name: 'RevenueByProduct', render: () => <RevenueByProduct {...STORY_PROPS.revenueByProduct} /> },
  { name: 'CreditBurn', render: () => <CreditBurn {...STORY_PROPS.creditBurn} /> },
  { name: 'CreditUsage', render: () => <CreditUsage {...STORY_PROPS.creditUsage} /> },
  { name: 'BilledUsage', render: () => <BilledUsage {...STORY_PROPS.billedUsage} /> },
  { name: 'CustomerLeaderboard', render: () => <CustomerLeaderboard {...STORY_PROPS.customerLeaderboard} /> },
  { name: 'Margin', render: () => <Margin {...STORY_PROPS.margin} /> },
  { name: 'DeliveredValue', render: () => <DeliveredValue {...STORY_PROPS.deliveredValue} /> },
  { name: 'SignalPayloadBreakdown', render: () => <SignalPayloadBreakdown {...STORY_PROPS.signalPayloadBreakdown} /> },
  // The duplicates: same widget, same props — same requests.
  { name: 'UsageTrends', render: () => <UsageTrends {...STORY_PROPS.usageTrends} title="Usage trends (again)" />, duplicate: true },
  { name: 'CostTrend', render: () => <CostTrend {...STORY_PROPS.costTrend} title="Cost trend (again)" />, duplicate: true },
  { name: 'AnalyticsKpis', render: () => <AnalyticsKpis {...STORY_PROPS.analyticsKpis} title="KPIs (again)" />, duplicate: true },
];

/** Renders the dashboard in `mode` and counts what reaches the fetcher until it settles. */
export async function runDashboard(mode: DashboardMode): Promise<DashboardFigures> {
  const inner = createFixtureFetcher(ALL_FIXTURES, { latencyMs: FETCH_LATENCY_MS });
  const keys: string[] = [];
  const byName: Record<string, number> = {};
  let failed = 0;
  let inFlight = 0;
  let peakInFlight = 0;
  let lastActivity = performance.now();
  const counting: AnalyticsFetcher = async (request, init) => {
    keys.push(requestKey(request));
    const label = requestLabel(request);
    byName[label] = (byName[label] ?? 0) + 1;
    inFlight += 1;
    peakInFlight = Math.max(peakInFlight, inFlight);
    lastActivity = performance.now();
    try {
      return await inner(request, init);
    } catch (error) {
      failed += 1;
      throw error;
    } finally {
      inFlight -= 1;
      lastActivity = performance.now();
    }
  };

  const clients: QueryClient[] = [];
  const provider = (children: ReactNode, key?: number) => {
    const client = new QueryClient({ fetcher: counting });
    clients.push(client);
    return (
      <AnalyticsProvider key={key} fetcher={counting} client={client} timeZone="UTC">
        {children}
      </AnalyticsProvider>
    );
  };
  const tree =
    mode === 'shared'
      ? provider(WIDGETS.map((widget, index) => <div key={index}>{widget.render()}</div>))
      : WIDGETS.map((widget, index) => provider(widget.render(), index));

  const slot = document.createElement('div');
  slot.className = 'bench-slot';
  document.body.append(slot);
  const root = createRoot(slot);
  const started = performance.now();
  root.render(<>{tree}</>);
  try {
    const deadline = started + 20_000;
    while (keys.length === 0 || inFlight > 0 || performance.now() - lastActivity < QUIET_MS) {
      if (performance.now() > deadline) throw new Error(`dashboard (${mode}) did not settle: ${inFlight} in flight, ${keys.length} sent`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return {
      mode,
      widgets: WIDGETS.length,
      distinctWidgets: new Set(WIDGETS.map((widget) => widget.name)).size,
      duplicates: WIDGETS.filter((widget) => widget.duplicate).map((widget) => widget.name),
      requests: keys.length,
      distinctRequests: new Set(keys).size,
      byName,
      failed,
      framesShown: slot.querySelectorAll('[data-paw-widget]').length,
      errorStates: slot.querySelectorAll('[data-paw-state="error"]').length,
      peakInFlight,
      cap: clients[0]!.maxInFlight,
      settledMs: lastActivity - started,
    };
  } finally {
    root.unmount();
    slot.remove();
    for (const client of clients) client.clear();
  }
}
