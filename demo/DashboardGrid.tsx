/**
 * The internal dashboard: every widget of the library in a responsive grid, each with its own
 * controls (uncontrolled, starting at a sensible default). Theme, locale, currency, time zone and
 * the fetcher come from the `AnalyticsProvider` around the grid; "view as" scopes them all.
 */
import { CostPerModel } from '../src/widgets/CostPerModel/CostPerModel';
import { BilledUsage } from '../src/widgets/BilledUsage/BilledUsage';
import { CostTrend } from '../src/widgets/CostTrend/CostTrend';
import { CreditBurn } from '../src/widgets/CreditBurn/CreditBurn';
import { CreditUsage } from '../src/widgets/CreditUsage/CreditUsage';
import { CustomerLeaderboard } from '../src/widgets/CustomerLeaderboard/CustomerLeaderboard';
import { DeliveredValue } from '../src/widgets/DeliveredValue/DeliveredValue';
import { Margin } from '../src/widgets/Margin/Margin';
import { RevenueAging } from '../src/widgets/RevenueAging/RevenueAging';
import { RevenueByProduct } from '../src/widgets/RevenueByProduct/RevenueByProduct';
import { RevenueTrend } from '../src/widgets/RevenueTrend/RevenueTrend';
import { SignalPayloadBreakdown } from '../src/widgets/SignalPayloadBreakdown/SignalPayloadBreakdown';
import { UsageTrends } from '../src/widgets/UsageTrends/UsageTrends';
import type { DemoCreditsCurrency } from './demoCatalog';
import { DemoCell, WidgetPlaceholder } from './DemoCell';

export interface DashboardGridProps {
  /** The credits currency the credit widgets show; unknown until the catalog loads. */
  creditsCurrency: DemoCreditsCurrency | undefined;
}

export function DashboardGrid({ creditsCurrency }: DashboardGridProps) {
  return (
    <main className="demo-grid" id="dashboard">
      <DemoCell widget="UsageTrends">
        <UsageTrends title="Usage trends" defaultTimeRange="90d" defaultGranularity="week" headingLevel={2} />
      </DemoCell>
      <DemoCell widget="CostPerModel">
        <CostPerModel title="AI cost per model" defaultTimeRange="30d" limit={12} headingLevel={2} />
      </DemoCell>
      <DemoCell widget="RevenueAging">
        <RevenueAging title="Revenue aging" topCustomers={6} headingLevel={2} />
      </DemoCell>
      <DemoCell widget="CreditBurn">
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
      </DemoCell>
      <DemoCell widget="CostTrend" wide>
        <CostTrend title="AI cost trend" defaultTimeRange="90d" defaultGranularity="week" headingLevel={2} />
      </DemoCell>
      <DemoCell widget="RevenueTrend">
        <RevenueTrend title="Revenue and cash collected" defaultTimeRange="12m" headingLevel={2} />
      </DemoCell>
      <DemoCell widget="RevenueByProduct">
        <RevenueByProduct title="Revenue by product" defaultTimeRange="90d" headingLevel={2} />
      </DemoCell>
      <DemoCell widget="CustomerLeaderboard" wide>
        <CustomerLeaderboard title="Customers" defaultTimeRange="30d" headingLevel={2} />
      </DemoCell>
      <DemoCell widget="Margin">
        <Margin title="Margin: revenue − AI cost" defaultTimeRange="90d" headingLevel={2} />
      </DemoCell>
      <DemoCell widget="DeliveredValue">
        <DeliveredValue title="Delivered value" defaultTimeRange="90d" headingLevel={2} />
      </DemoCell>
      <DemoCell widget="BilledUsage" wide>
        <BilledUsage title="Billed usage: allowance and overage" headingLevel={2} />
      </DemoCell>
      <DemoCell widget="CreditUsage">
        <CreditUsage
          title="Credit usage"
          defaultTimeRange="90d"
          headingLevel={2}
          {...(creditsCurrency ? { creditsCurrencyId: creditsCurrency.id } : {})}
        />
      </DemoCell>
      <DemoCell widget="SignalPayloadBreakdown">
        <SignalPayloadBreakdown title="Signals by payload value" defaultTimeRange="30d" headingLevel={2} />
      </DemoCell>
    </main>
  );
}
