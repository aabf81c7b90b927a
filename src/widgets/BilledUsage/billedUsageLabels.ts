/** The formatted pieces of the meters' one-sentence summary, for `labels.chartSummary`. */
export interface BilledUsageSummaryParts {
  /** Signals billed on usage, with a current period. */
  signals: number;
  /** Signals already over their allowance. */
  over: number;
  /** Overage so far and projected to the period end, formatted amounts. */
  overageAmount: string;
  projectedAmount: string;
  /** The signal with the largest projected overage, when any. */
  top: { label: string; used: string; included: string; projected: string } | undefined;
}

/** Every text of BilledUsage, overridable for translation through its `labels` prop. */
export interface BilledUsageLabels {
  title: string;
  signal: string;
  used: string;
  included: string;
  /** Used as a share of included. */
  usedShare: string;
  overage: string;
  overageAmount: string;
  projected: string;
  projectedOverage: string;
  projectedAmount: string;
  total: string;
  /** Headline: overage so far, and what it is. */
  overageSoFar: string;
  overageSoFarNote: (signals: string) => string;
  /** Headline: overage projected to the period end, and how. */
  projectedAtEnd: string;
  projectedAtEndNote: string;
  /** How the projection is computed: shown under the widget, always. */
  projectionMethod: string;
  /** Subtitle for one billing period: `Billing period Nov 3 – Dec 2, 2026 · day 18 of 30`. */
  period: (first: string, last: string, day: number, days: number) => string;
  /** Subtitle for several customers' periods. */
  periods: (first: string, last: string) => string;
  /** A meter's text: `12,340 of 10,000 included · projected 21,000`. */
  meterText: (used: string, included: string, projected: string) => string;
  /** Under the meters when some signals have none: `4 more signals in the table`. */
  moreSignals: (count: string) => string;
  /** A signal whose name is the empty string. */
  unnamedSignal: string;
  headline: string;
  tableCaption: string;
  /** The meters' accessible name from formatted parts. */
  chartSummary: (parts: BilledUsageSummaryParts) => string;
}

function englishChartSummary({ signals, over, overageAmount, projectedAmount, top }: BilledUsageSummaryParts): string {
  let sentence = `${signals} billed ${signals === 1 ? 'signal' : 'signals'}, ${over} over the included allowance; overage so far ${overageAmount}, projected ${projectedAmount} by the end of the billing period`;
  if (top !== undefined) sentence += `; largest: ${top.label} ${top.used} of ${top.included} included, projected ${top.projected}`;
  return `${sentence}.`;
}

export const DEFAULT_BILLED_USAGE_LABELS: Readonly<BilledUsageLabels> = Object.freeze({
  title: 'Billed usage',
  signal: 'Signal',
  used: 'Used',
  included: 'Included',
  usedShare: 'Used %',
  overage: 'Over allowance',
  overageAmount: 'Overage',
  projected: 'Projected use',
  projectedOverage: 'Projected over',
  projectedAmount: 'Projected overage',
  total: 'Total',
  overageSoFar: 'Overage so far',
  overageSoFarNote: (signals: string) => `${signals} signals above the included allowance`,
  projectedAtEnd: 'Projected overage at period end',
  projectedAtEndNote: 'If usage continues at the pace so far',
  projectionMethod:
    'Projection: for each customer, signals so far × (days in the billing period ÷ days elapsed) — the pace so far kept to the period’s end — and the part above the included quantity at the overage price. Overage is counted per customer, above each one’s allowance.',
  period: (first: string, last: string, day: number, days: number) => `Billing period ${first} – ${last} · day ${day} of ${days}`,
  periods: (first: string, last: string) => `Current billing periods (each customer’s own) from ${first} to ${last}`,
  meterText: (used: string, included: string, projected: string) => `${used} of ${included} included · projected ${projected}`,
  moreSignals: (count: string) => `${count} more ${count === '1' ? 'signal' : 'signals'} in the table`,
  unnamedSignal: '(no name)',
  headline: 'Billed usage totals',
  tableCaption: 'Signals used against the included allowance in the current billing period',
  chartSummary: englishChartSummary,
});
