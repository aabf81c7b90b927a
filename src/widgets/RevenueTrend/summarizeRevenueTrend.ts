/**
 * The chart's text summary (its accessible name): revenue and cash in the window, the number of
 * periods and the period with the most revenue, worded by `labels.chartSummary`.
 */
import type { RevenueTrendLabels, RevenueTrendSummaryParts } from './revenueTrendLabels';
import type { RevenueTrendTable } from './revenueTrendTable';

export interface RevenueTrendSummaryInput {
  table: RevenueTrendTable;
  /** The window in words (`describeWindow`), when known. */
  window: string | undefined;
  formatAmount: (cents: bigint) => string;
  labels: Pick<RevenueTrendLabels, 'chartSummary'>;
}

/** The formatted parts: exact totals, periods, the peak period (first of equals). */
export function revenueTrendSummaryParts({ table, window, formatAmount }: RevenueTrendSummaryInput): RevenueTrendSummaryParts {
  const peak = table.rows.reduce<RevenueTrendTable['rows'][number] | undefined>((best, row) => (row.invoiced > 0n && (best === undefined || row.invoiced > best.invoiced) ? row : best), undefined);
  return {
    invoiced: formatAmount(table.total.invoiced),
    collected: formatAmount(table.total.collected),
    window,
    periods: table.rows.length,
    peak: peak === undefined ? undefined : { period: peak.label, invoiced: formatAmount(peak.invoiced) },
  };
}

/** One sentence of plain text (rendered as text, never HTML). */
export function summarizeRevenueTrend(input: RevenueTrendSummaryInput): string {
  return input.labels.chartSummary(revenueTrendSummaryParts(input));
}
