/**
 * The four widgets in a responsive grid. Each takes its named query's params as props; the demo
 * leaves them at their defaults so the widgets' own time-range controls drive them.
 */
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
        <WidgetPlaceholder title="Usage trends" />
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
