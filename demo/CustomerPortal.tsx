/**
 * The customer portal: the page a host embeds for its own customers, showing one customer their
 * own usage, plan allowance and overage, credits runway and where they go, and invoices. Every request goes through
 * the proxy with that customer's scope (the demo's `paw-demo-customer` header; a real host takes
 * it from its session), so no query can return another customer's rows and raw SQL is refused.
 * Figures a vendor keeps to itself (AI cost, margin) are simply not put on this page, nor credits
 * for a customer who has none.
 */
import { BilledUsage } from '../src/widgets/BilledUsage/BilledUsage';
import { CreditBurn } from '../src/widgets/CreditBurn/CreditBurn';
import { CreditUsage } from '../src/widgets/CreditUsage/CreditUsage';
import { RevenueAging } from '../src/widgets/RevenueAging/RevenueAging';
import { RevenueTrend } from '../src/widgets/RevenueTrend/RevenueTrend';
import { SignalPayloadBreakdown } from '../src/widgets/SignalPayloadBreakdown/SignalPayloadBreakdown';
import { UsageTrends } from '../src/widgets/UsageTrends/UsageTrends';
import type { DemoCreditsCurrency, DemoCustomer } from './demoCatalog';
import { DemoCell, WidgetPlaceholder } from './DemoCell';
import { KpiStrip } from './KpiStrip';
import { PlanCard } from './PlanCard';

export interface CustomerPortalProps {
  customer: DemoCustomer | undefined;
  creditsCurrency: DemoCreditsCurrency | undefined;
  /** `false` once known that the customer has no credits: the page then leaves credits out. */
  hasCredits: boolean | undefined;
}

export function CustomerPortal({ customer, creditsCurrency, hasCredits }: CustomerPortalProps) {
  if (!customer) {
    return (
      <main className="demo-portal" id="portal">
        <WidgetPlaceholder title="Customer portal" text="Looking up the customers…" />
      </main>
    );
  }
  return (
    <main className="demo-portal" id="portal" data-portal-customer={customer.id}>
      <section className="demo-portal-hero" aria-label="Account">
        <p className="demo-portal-eyebrow">Acme AI · Your account</p>
        <h2 className="demo-portal-title">{customer.name}</h2>
        <p className="demo-portal-lede">Your agents’ usage, your plan and credits, and your invoices — updated as your agents work.</p>
      </section>
      <div className="demo-grid">
        <KpiStrip
          title="Last 30 days at a glance"
          kpis={hasCredits === false ? ['signals', 'outstanding'] : ['signals', 'creditsBalance', 'outstanding']}
          creditsCurrencyId={creditsCurrency?.id}
        />
        <DemoCell widget="PlanCard">
          <PlanCard />
        </DemoCell>
        <DemoCell widget="UsageTrends" wide>
          <UsageTrends title="Your usage" defaultTimeRange="90d" defaultGranularity="week" headingLevel={2} />
        </DemoCell>
        <DemoCell widget="BilledUsage" wide>
          <BilledUsage title="Your plan: included signals and overage" headingLevel={2} />
        </DemoCell>
        {hasCredits === false ? null : (
          <DemoCell widget="CreditBurn">
            {creditsCurrency ? (
              <CreditBurn
                title={`Credits runway: ${creditsCurrency.name}`}
                creditsCurrencyId={creditsCurrency.id}
                defaultTimeRange="90d"
                defaultGranularity="week"
                granularities={['week', 'month']}
                headingLevel={2}
              />
            ) : (
              <WidgetPlaceholder title="Credits runway" text="Looking up your credits…" />
            )}
          </DemoCell>
        )}
        {hasCredits === false ? null : (
          <DemoCell widget="CreditUsage">
            {creditsCurrency ? (
              <CreditUsage title="Where your credits go" creditsCurrencyId={creditsCurrency.id} defaultTimeRange="90d" headingLevel={2} />
            ) : (
              <WidgetPlaceholder title="Where your credits go" text="Looking up your credits…" />
            )}
          </DemoCell>
        )}
        <DemoCell widget="SignalPayloadBreakdown">
          <SignalPayloadBreakdown title="Your usage in detail" defaultTimeRange="30d" headingLevel={2} />
        </DemoCell>
        <DemoCell widget="RevenueTrend">
          <RevenueTrend title="Your invoices and payments" defaultTimeRange="12m" headingLevel={2} />
        </DemoCell>
        <DemoCell widget="RevenueAging" wide>
          <RevenueAging title="Open invoices" topCustomers={1} headingLevel={2} />
        </DemoCell>
      </div>
    </main>
  );
}
