/**
 * The four widgets in a responsive grid, each with its own time range control (uncontrolled,
 * starting at a sensible default). Theme, locale, currency, time zone and the fetcher come from
 * the `AnalyticsProvider` around the grid.
 */
import { CostPerModel } from '../src/widgets/CostPerModel/CostPerModel';
import { CreditBurn } from '../src/widgets/CreditBurn/CreditBurn';
import { RevenueAging } from '../src/widgets/RevenueAging/RevenueAging';
import { UsageTrends } from '../src/widgets/UsageTrends/UsageTrends';
import type { DemoCreditsCurrency } from './demoCatalog';


export interface DashboardGridProps {
  /** The credits currency the credit burn widget shows; unknown until the catalog loads. */
  creditsCurrency: DemoCreditsCurrency | undefined;
}

function WidgetPlaceholder({ title, text }: { title: string; text: string }) {
  return (
    <section className="demo-placeholder" aria-label={title}>
      <h2>{title}</h2>
      <p>{text}</p>
    </section>
  );
}

export function DashboardGrid({ creditsCurrency }: DashboardGridProps) {
  return (
    <main className="demo-grid" id="dashboard">
      <div className="demo-cell" data-widget="UsageTrends">
        <UsageTrends title="Usage trends" defaultTimeRange="90d" defaultGranularity="week" headingLevel={2} />
      </div>
      <div className="demo-cell" data-widget="CostPerModel">
        <CostPerModel title="AI cost per model" defaultTimeRange="30d" limit={12} headingLevel={2} />
      </div>
      <div className="demo-cell" data-widget="RevenueAging">
        <RevenueAging title="Revenue aging" topCustomers={6} headingLevel={2} />
      </div>
      <div className="demo-cell" data-widget="CreditBurn">
        {creditsCurrency ? (
          <CreditBurn
            title={`Credit burn: ${creditsCurrency.name}`}
            creditsCurrencyId={creditsCurrency.id}
            defaultTimeRange="90d"
            defaultGranularity="week"
            headingLevel={2}
          />
        ) : (
          <WidgetPlaceholder title="Credit burn" text="Looking up your credits currencies…" />
        )}
      </div>
    </main>
  );
}
