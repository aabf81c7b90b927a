/**
 * A four-widget dashboard (plus a second UsageTrends with the same props) rendered in the page,
 * with every request counted at the fetcher: how many are sent, how many distinct, and the most
 * in flight at once. `shared` is the library as used (one provider, one QueryClient: dedupe and
 * the in-flight cap); `separate` gives each widget its own provider and client — what the same
 * widgets would send with no shared cache, the floor the dedupe is measured against.
 */
import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient } from '../../src/core/client/QueryClient';
import type { AnalyticsFetcher } from '../../src/core/contract';
import { AnalyticsProvider } from '../../src/react/AnalyticsProvider';
import { createFixtureFetcher } from '../../src/testing/createFixtureFetcher';
import { requestKey, requestLabel } from '../../src/testing/requestKey';
import { CostPerModel } from '../../src/widgets/CostPerModel/CostPerModel';
import { CreditBurn } from '../../src/widgets/CreditBurn/CreditBurn';
import { RevenueAging } from '../../src/widgets/RevenueAging/RevenueAging';
import { UsageTrends } from '../../src/widgets/UsageTrends/UsageTrends';
import { ALL_FIXTURES, STORY_PROPS } from '../../fixtures';

export type DashboardMode = 'shared' | 'separate';

export interface DashboardFigures {
  mode: DashboardMode;
  /** Widgets rendered (the four plus the duplicate). */
  widgets: number;
  /** Requests that reached the fetcher. */
  requests: number;
  /** Distinct requests among them (by `requestKey`). */
  distinctRequests: number;
  /** Requests per named query (or kind). */
  byName: Record<string, number>;
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

const WIDGETS: readonly (() => ReactNode)[] = [
  () => <UsageTrends {...STORY_PROPS.usageTrends} />,
  () => <CostPerModel {...STORY_PROPS.costPerModel} />,
  () => <RevenueAging {...STORY_PROPS.revenueAging} />,
  () => <CreditBurn {...STORY_PROPS.creditBurn} />,
  // The duplicate: same widget, same props — same requests.
  () => <UsageTrends {...STORY_PROPS.usageTrends} title="Usage trends (again)" />,
];

/** Renders the dashboard in `mode` and counts what reaches the fetcher until it settles. */
export async function runDashboard(mode: DashboardMode): Promise<DashboardFigures> {
  const inner = createFixtureFetcher(ALL_FIXTURES, { latencyMs: FETCH_LATENCY_MS });
  const keys: string[] = [];
  const byName: Record<string, number> = {};
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
      ? provider(WIDGETS.map((widget, index) => <div key={index}>{widget()}</div>))
      : WIDGETS.map((widget, index) => provider(widget(), index));

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
      requests: keys.length,
      distinctRequests: new Set(keys).size,
      byName,
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
