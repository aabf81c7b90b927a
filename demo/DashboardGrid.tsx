/**
 * The four widgets in a responsive grid, each with its own time range control (uncontrolled,
 * starting at a sensible default). Theme, locale, currency, time zone and the fetcher come from
 * the `AnalyticsProvider` around the grid.
 */
import { UsageTrends } from '../src/widgets/UsageTrends/UsageTrends';

export interface DashboardGridProps {
  /** The credits currency the credit burn widget shows; unknown until the catalog loads. */
  creditsCurrencyId: string | undefined;
  catalogLoaded: boolean;
}

function WidgetPlaceholder({ title }: { title: string }) {
  return (
    <section className="demo-placeholder" aria-label={title}>
      <h2>{title}</h2>
      <p>This widget is on its way.</p>
    </section>
  );
}

export function DashboardGrid(_props: DashboardGridProps) {
  return (
    <main className="demo-grid" id="dashboard">
      <div className="demo-cell demo-cell-wide" data-widget="UsageTrends">
        <UsageTrends title="Usage trends" defaultTimeRange="90d" defaultGranularity="week" headingLevel={2} />
      </div>
      <div className="demo-cell" data-widget="CostPerModel">
        <WidgetPlaceholder title="AI cost per model" />
      </div>
      <div className="demo-cell" data-widget="RevenueAging">
        <WidgetPlaceholder title="Revenue aging" />
      </div>
      <div className="demo-cell demo-cell-wide" data-widget="CreditBurn">
        <WidgetPlaceholder title="Credit burn" />
      </div>
    </main>
  );
}
