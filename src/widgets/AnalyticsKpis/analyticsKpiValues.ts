/**
 * The KPIs a strip shows, from the rows of `analytics-kpis`: one entry per KPI asked for (money
 * and credits: one per currency), with margin = revenue − AI cost computed exactly. Pure.
 */
import { subtractDecimals } from '../../core/decimal';
import type { AnalyticsKpisRow } from '../../core/queries/analyticsKpis';

/** The KPIs a strip can show. */
export const ANALYTICS_KPIS = ['signals', 'aiCost', 'revenue', 'margin', 'outstanding', 'creditsBalance'] as const;
export type AnalyticsKpi = (typeof ANALYTICS_KPIS)[number];

/** How a KPI's value reads: a count, money in cents of `unit`, or credits of the `unit` credits currency. */
export type AnalyticsKpiValueKind = 'count' | 'cents' | 'credits';

/** One figure of the strip. */
export interface AnalyticsKpiValue {
  /** Unique in the strip: the KPI, and its unit when there is one per unit (`revenue:USD`). */
  id: string;
  kpi: AnalyticsKpi;
  kind: AnalyticsKpiValueKind;
  /** ISO 4217 code (money) or credits currency id (credits); `''` for signals. */
  unit: string;
  /** The credits currency's name; `''` otherwise. */
  unitLabel: string;
  /** Exact decimal text (cents for money); `null` when it cannot be stated (margin over several currencies). */
  current: string | null;
  /** Exact decimal text of the previous period; `null` when there is none to compare with. */
  previous: string | null;
  /** Whether a rise is good news (AI cost and outstanding: no). */
  increaseIs: 'positive' | 'negative';
}

const KIND_OF: Record<AnalyticsKpi, AnalyticsKpiValueKind> = {
  signals: 'count',
  aiCost: 'cents',
  revenue: 'cents',
  margin: 'cents',
  outstanding: 'cents',
  creditsBalance: 'credits',
};

const ROW_KPI: Partial<Record<AnalyticsKpi, AnalyticsKpisRow['kpi']>> = {
  signals: 'signals',
  aiCost: 'ai_cost',
  revenue: 'revenue',
  outstanding: 'outstanding',
  creditsBalance: 'credits_balance',
};

/**
 * The entries for `kpis`, in that order. Money with no rows (no invoices) is `0` in
 * `fallbackCurrency`. The API gives AI cost no currency: it is taken to be the one the
 * organization bills in (the revenue's, when there is exactly one; else `fallbackCurrency`).
 * Margin is revenue − AI cost in that currency, and `null` when revenue comes in several
 * currencies, which never add up. A credits balance with no transactions is left out.
 */
export function analyticsKpiValues(rows: readonly AnalyticsKpisRow[], kpis: readonly AnalyticsKpi[], fallbackCurrency: string): AnalyticsKpiValue[] {
  const of = (kind: AnalyticsKpisRow['kpi']) => rows.filter((row) => row.kpi === kind);
  const cost = of('ai_cost')[0] ?? { current: '0', previous: '0' };
  const revenueCurrencies = [...new Set(of('revenue').map((row) => row.unit))];
  // AI cost has no currency in the API: it reads in the one currency the organization bills in.
  const costCurrency = revenueCurrencies.length === 1 ? revenueCurrencies[0]! : fallbackCurrency;
  const entries: AnalyticsKpiValue[] = [];
  const push = (kpi: AnalyticsKpi, unit: string, unitLabel: string, current: string | null, previous: string | null, perUnit: boolean) =>
    entries.push({
      id: perUnit ? `${kpi}:${unit}` : kpi,
      kpi,
      kind: KIND_OF[kpi],
      unit,
      unitLabel,
      current,
      previous,
      increaseIs: kpi === 'aiCost' || kpi === 'outstanding' ? 'negative' : 'positive',
    });

  for (const kpi of new Set(kpis)) {
    if (kpi === 'margin') {
      const revenue = of('revenue');
      if (revenue.length > 1) {
        push('margin', '', '', null, null, false);
        continue;
      }
      const only = revenue[0] ?? { unit: costCurrency, current: '0', previous: '0' };
      const previous = only.previous === null || cost.previous === null ? null : subtractDecimals(only.previous, cost.previous);
      push('margin', only.unit, '', subtractDecimals(only.current, cost.current), previous, false);
      continue;
    }
    const found = of(ROW_KPI[kpi]!);
    if (kpi === 'creditsBalance') {
      for (const row of found) push(kpi, row.unit, row.unit_label, row.current, row.previous, found.length > 1);
      continue;
    }
    if (kpi === 'aiCost') {
      push(kpi, costCurrency, '', cost.current, cost.previous, false);
      continue;
    }
    if (found.length === 0) {
      const unit = KIND_OF[kpi] === 'cents' ? fallbackCurrency : '';
      push(kpi, unit, '', '0', kpi === 'outstanding' ? null : '0', false);
      continue;
    }
    for (const row of found) push(kpi, row.unit, row.unit_label, row.current, row.previous, found.length > 1);
  }
  return entries;
}
