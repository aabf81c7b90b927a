/**
 * The page the render bench loads in Chromium. It exposes `window.renderBench`:
 * - `measure(kind)`: mounts one thing into a fresh root and resolves with the milliseconds from
 *   `root.render` (data already in hand) to the first paint after it is drawn;
 * - `dashboard(mode)`: renders every exported widget plus duplicates and counts requests at the fetcher.
 */
import { useLayoutEffect, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import ReactEChartsCore from './echartsForReactInterop';
import type { EChartsType } from 'echarts/core';
import { QueryClient } from '../../src/core/client/QueryClient';
import type { AnalyticsFetcher } from '../../src/core/contract';
import { decodeResult } from '../../src/core/decode/decodeResult';
import { createFormatters } from '../../src/core/format/createFormatters';
import type { UsageTrendsRow } from '../../src/core/queries/usageTrends';
import { AnalyticsProvider } from '../../src/react/AnalyticsProvider';
import { resolveTheme } from '../../src/theme/resolveTheme';
import { themeToEchartsTheme } from '../../src/theme/themeToEchartsTheme';
import { DataTable } from '../../src/ui/DataTable/DataTable';
import { listTimeBuckets } from '../../src/widgets/shared/timeBuckets';
import { buildTimeSeriesOption } from '../../src/ui/TimeSeriesChart/buildTimeSeriesOption';
import { pivotTimeSeries } from '../../src/ui/TimeSeriesChart/pivotTimeSeries';
import { registerTimeSeriesChart } from '../../src/ui/TimeSeriesChart/registerTimeSeriesChart';
import type { NumericValue } from '../../src/ui/series/fields';
import { UsageTrends } from '../../src/widgets/UsageTrends/UsageTrends';
import { runDashboard, type DashboardFigures, type DashboardMode } from './dashboardRequests';
import { CHART_NAMED_SERIES, CHART_WINDOW, chartDataFetcher, tableColumns, tableRows, usageTrendsBody } from './renderBenchData';

/**
 * What is timed: mounting nothing (the floor), the same chart option drawn by echarts-for-react
 * directly, the widget, the 10,000-row table; then, on a mounted table, a click on the Cost
 * header (sorting all 10,000 rows) and on Next page.
 */
export type RenderKind = 'empty' | 'echarts-direct' | 'usage-trends' | 'table' | 'table-sort' | 'table-next-page';

export interface RenderBenchApi {
  /** Renders the widget once so its data is in the cache; later mounts read it synchronously. */
  prepare(): Promise<void>;
  measure(kind: RenderKind): Promise<number>;
  dashboard(mode: DashboardMode): Promise<DashboardFigures>;
}

declare global {
  interface Window {
    renderBench: RenderBenchApi;
  }
}

const echarts = registerTimeSeriesChart();
const formatters = createFormatters({ locale: 'en-US', currency: 'USD', timeZone: 'UTC' });
const theme = resolveTheme(undefined, false);
const echartsTheme = themeToEchartsTheme(theme);
// gcTimeMs stays under 2^31 - 1 ms: a longer timer fires at once in browsers (and would drop the cache).
const client = new QueryClient({ staleTimeMs: 1e12, gcTimeMs: 2_000_000_000 });
/** Requests the chart scenes sent: after `prepare`, a timed mount that sends one is not reading cached data. */
let chartRequests = 0;
const fetcher: AnalyticsFetcher = (request, init) => {
  chartRequests += 1;
  return chartDataFetcher(request, init);
};
let prepared = false;
const window90 = { from: new Date(CHART_WINDOW.from), to: new Date(CHART_WINDOW.to) };

// Prepared once, outside every timing: the decoded rows are "the data available".
const rows = tableRows();
const columns = tableColumns(formatters);
const directOption = (() => {
  const decoded = decodeResult<UsageTrendsRow>(usageTrendsBody()).rows;
  const buckets = listTimeBuckets({ ...window90, granularity: 'day', timeZone: 'UTC' });
  const pivot = pivotTimeSeries({
    rows: decoded,
    index: 'bucket',
    series: 'series',
    value: 'signals',
    isOther: (row) => row.is_other,
    windowBuckets: buckets,
    unnamedLabel: '(no name)',
    otherLabel: 'Other',
  });
  const palette = theme.colors.series;
  const colors = new Map(pivot.series.map((series, index) => [series.name, palette[index % palette.length]!]));
  const bucketLabels = pivot.buckets.map((bucket) => formatters.date(bucket));
  const option = buildTimeSeriesOption({
    pivot,
    kind: 'bar',
    stacked: true,
    colors,
    hidden: new Set(),
    axisLabels: bucketLabels,
    tooltipLabels: bucketLabels,
    partial: pivot.buckets.map(() => false),
    formatValue: (value: NumericValue) => formatters.count(value),
    formatAxis: (value: number) => formatters.count(value),
    labels: { total: 'Total', partial: 'Partial period' },
    muted: theme.colors.muted,
    showTotal: true,
  });
  return { ...option, animation: false, aria: { enabled: false } };
})();
const directOpts = { renderer: 'svg' } as const;

/** Calls `onCommit` once its children are in the DOM (a parent's layout effect runs after its children's). */
function Committed(props: { onCommit: () => void; children?: ReactNode }) {
  const { onCommit } = props;
  useLayoutEffect(() => onCommit(), [onCommit]);
  return <>{props.children}</>;
}

/** Resolves just after the next frame is painted: a message posted from a frame callback runs after the paint. */
function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(null);
    });
  });
}

/** The element for `kind` and a promise that resolves when it is drawn (before the paint). */
function scene(kind: Exclude<RenderKind, 'table-sort' | 'table-next-page'>): { element: ReactNode; drawn: Promise<void> } {
  let done!: () => void;
  const drawn = new Promise<void>((resolve) => (done = resolve));
  const onChart = (chart: EChartsType) => chart.on('finished', () => done());
  const content = (() => {
    switch (kind) {
      case 'empty':
        return <Committed onCommit={done} />;
      case 'table':
        return (
          <Committed onCommit={done}>
            <DataTable columns={columns} rows={rows} caption="Model calls" />
          </Committed>
        );
      case 'echarts-direct':
        return (
          <ReactEChartsCore
            echarts={echarts}
            option={directOption}
            theme={echartsTheme}
            opts={directOpts}
            notMerge
            lazyUpdate
            onChartReady={onChart}
            style={{ width: '100%', height: 280 }}
          />
        );
      case 'usage-trends':
        return (
          <UsageTrends
            from={CHART_WINDOW.from}
            to={CHART_WINDOW.to}
            timeZone="UTC"
            defaultGranularity="day"
            topN={CHART_NAMED_SERIES}
            onChartReady={onChart}
          />
        );
    }
  })();
  return {
    element: (
      <AnalyticsProvider fetcher={fetcher} client={client} locale="en-US" currency="USD" timeZone="UTC">
        {content}
      </AnalyticsProvider>
    ),
    drawn,
  };
}

function timeout(ms: number, what: string): Promise<never> {
  return new Promise((_, reject) => setTimeout(() => reject(new Error(`render bench: ${what} took over ${ms} ms`)), ms));
}

/** Clicks `button` and resolves once the table body shows something else. */
function clickUntilBodyChanges(slot: HTMLElement, button: HTMLButtonElement): Promise<void> {
  const body = slot.querySelector('tbody');
  if (body === null) throw new Error('render bench: no table body');
  const before = body.textContent;
  const changed = new Promise<void>((resolve) => {
    const observer = new MutationObserver(() => {
      if (body.textContent !== before) {
        observer.disconnect();
        resolve();
      }
    });
    observer.observe(body, { childList: true, subtree: true, characterData: true });
  });
  button.click();
  return body.textContent !== before ? Promise.resolve() : changed;
}

function findButton(slot: HTMLElement, kind: 'table-sort' | 'table-next-page'): HTMLButtonElement {
  const buttons = [...slot.querySelectorAll('button')];
  const button = kind === 'table-sort' ? buttons.find((b) => b.closest('th')?.textContent?.includes('Cost')) : buttons.find((b) => b.textContent === 'Next');
  if (button === undefined) throw new Error(`render bench: no button for ${kind}`);
  return button;
}

async function measure(kind: RenderKind): Promise<number> {
  const slot = document.createElement('div');
  slot.className = 'bench-slot';
  document.body.append(slot);
  const root = createRoot(slot);
  const interaction = kind === 'table-sort' || kind === 'table-next-page' ? kind : undefined;
  const { element, drawn } = scene(interaction === undefined ? (kind as Exclude<RenderKind, 'table-sort' | 'table-next-page'>) : 'table');
  const requestsBefore = chartRequests;
  try {
    let started = performance.now();
    root.render(element);
    await Promise.race([drawn, timeout(15_000, kind)]);
    await afterNextPaint();
    if (prepared && chartRequests !== requestsBefore) throw new Error(`render bench: ${kind} fetched instead of reading the cache`);
    if (interaction !== undefined) {
      const button = findButton(slot, interaction);
      started = performance.now();
      await Promise.race([clickUntilBodyChanges(slot, button), timeout(15_000, kind)]);
      await afterNextPaint();
    }
    return performance.now() - started;
  } finally {
    root.unmount();
    slot.remove();
  }
}

window.renderBench = {
  async prepare() {
    // The first mount fetches (instantly) and fills the cache; measured mounts then find the data there.
    await measure('usage-trends');
    prepared = true;
  },
  measure,
  dashboard: runDashboard,
};
