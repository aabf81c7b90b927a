import { englishWindowWording, type WindowWording } from '../shared/describeWindow';
import type { AnalyticsKpi } from './analyticsKpiValues';

/** Every text of AnalyticsKpis, overridable for translation through its `labels` prop. */
export interface AnalyticsKpisLabels {
  title: string;
  /** The name of each KPI. */
  kpis: Record<AnalyticsKpi, string>;
  /** After the change: `+12.5% vs previous period`. */
  versusPrevious: string;
  /** Under outstanding, which has no history to compare with. */
  outstandingHint: string;
  /** Under margin, when revenue comes in several currencies (they never add up). */
  severalCurrencies: string;
  /** The list's accessible name. */
  headline: string;
  /** Table caption and columns. */
  tableCaption: string;
  figure: string;
  current: string;
  previous: string;
  change: string;
  /** The table's currency / credits currency column. */
  unit: string;
  /** Shown for a value that cannot be stated. */
  notAvailable: string;
  /** Words the window's first and last day (subtitle). */
  window: WindowWording;
}

export const DEFAULT_ANALYTICS_KPIS_LABELS: Readonly<AnalyticsKpisLabels> = Object.freeze({
  title: 'Key figures',
  kpis: Object.freeze({
    signals: 'Signals',
    aiCost: 'AI cost',
    revenue: 'Revenue',
    margin: 'Margin',
    outstanding: 'Outstanding',
    creditsBalance: 'Credits balance',
  }),
  versusPrevious: 'vs previous period',
  outstandingHint: 'owed now on posted invoices',
  severalCurrencies: 'revenue in several currencies',
  headline: 'Key figures',
  tableCaption: 'Key figures against the previous period',
  figure: 'Figure',
  current: 'This period',
  previous: 'Previous period',
  change: 'Change',
  unit: 'Unit',
  notAvailable: '—',
  window: englishWindowWording,
});
