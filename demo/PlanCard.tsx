/**
 * "Your plan" on the customer portal: a card composed from the library's building blocks
 * (`WidgetFrame`, `StatList`, `Stat`) over the demo's own host query `demo-customer-plans` —
 * what a host writes for an analysis the library does not ship.
 */
import { useNamedQuery } from '../src/react/useNamedQuery';
import { useAnalyticsContext } from '../src/react/useAnalyticsContext';
import { useResolvedTheme } from '../src/theme/useResolvedTheme';
import { Stat, StatList } from '../src/ui/Stat/Stat';
import { WidgetFrame } from '../src/ui/WidgetFrame/WidgetFrame';
import { demoCustomerPlans } from './queries/demoCustomerPlans';

export function PlanCard() {
  const theme = useResolvedTheme();
  const { formatters } = useAnalyticsContext();
  const plans = useNamedQuery(demoCustomerPlans, {});
  return (
    <WidgetFrame
      title="Your plan"
      subtitle="What you are subscribed to now"
      theme={theme}
      headingLevel={2}
      loading={plans.status === 'loading'}
      error={plans.error}
      onRetry={plans.refetch}
      empty={plans.data?.length === 0}
      loadingHeight={72}
    >
      {plans.data?.map((plan) => (
        <StatList key={plan.order_id} label={`Plan ${plan.plan_name}`}>
          <Stat id="plan" label="Plan" value={plan.plan_name} hint={plan.upgrade_available ? 'An upgrade is available' : 'Top tier'} />
          <Stat
            id="price"
            label={plan.billing_frequency === 'annual' ? 'Base price per year' : 'Base price per month'}
            value={formatters.cents(plan.base_price, { currency: plan.currency })}
            hint="Before usage above your allowance"
          />
          <Stat id="since" label="Since" value={formatters.date(plan.start_date)} hint={plan.end_date ? `Until ${formatters.date(plan.end_date)}` : 'Renews automatically'} />
        </StatList>
      ))}
    </WidgetFrame>
  );
}
