/**
 * The headline figures above the internal dashboard: the library's `AnalyticsKpis` widget (signals,
 * AI cost, revenue, margin, outstanding, credits balance, each against the previous period). Its
 * days are the provider's zone, like every widget's; it changes with "view as" because the proxy
 * scopes every named query.
 */
import type { AnalyticsKpi } from '../src/widgets/AnalyticsKpis/analyticsKpiValues';
import { AnalyticsKpis } from '../src/widgets/AnalyticsKpis/AnalyticsKpis';

export interface KpiStripProps {
  title: string;
  kpis?: readonly AnalyticsKpi[];
  creditsCurrencyId?: string | undefined;
}

export function KpiStrip({ title, kpis, creditsCurrencyId }: KpiStripProps) {
  return (
    <div className="demo-kpis" data-kpi-strip="">
      <AnalyticsKpis
        title={title}
        defaultTimeRange="30d"
        headingLevel={2}
        {...(kpis ? { kpis } : {})}
        {...(creditsCurrencyId ? { creditsCurrencyId } : {})}
      />
    </div>
  );
}
