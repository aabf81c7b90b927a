import type { TimeSeriesModel } from './useTimeSeries';

/**
 * The chart's one-sentence text summary (its accessible name): the total, the periods covered,
 * and the three largest series with their exact totals, e.g. `Total 4,210 over 13 periods, Aug
 * 27 – 30, 2026 to Nov 16, 2026. email-triage 1,850; addin-chat 1,200; Other 410.` (English; pass
 * `summary` to translate)
 */
export function summarizeTimeSeries(model: TimeSeriesModel): string {
  const { pivot, tooltipLabels, formatValue, labels } = model;
  if (pivot.buckets.length === 0) return `${labels.total} ${formatValue(pivot.total)}.`;
  const span = pivot.buckets.length === 1 ? tooltipLabels[0] : `${tooltipLabels[0]} to ${tooltipLabels[tooltipLabels.length - 1]}`;
  const top = pivot.series
    .slice(0, 3)
    .map((series) => `${series.label} ${formatValue(series.total)}`)
    .join('; ');
  return `${labels.total} ${formatValue(pivot.total)} over ${pivot.buckets.length} periods, ${span}.${top && pivot.series.length > 1 ? ` ${top}.` : ''}`;
}
