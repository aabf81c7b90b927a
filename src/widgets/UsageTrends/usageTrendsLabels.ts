/** Every text of UsageTrends, overridable for translation through its `labels` prop. */
export interface UsageTrendsLabels {
  title: string;
  /** The headline's total. */
  total: string;
  /** After the change in the headline: `+12.5% vs previous period`. */
  versusPrevious: string;
  /** The headline list's accessible name. */
  headline: string;
  /** The table's first column and caption. */
  period: string;
  tableCaption: string;
  /** The per-bucket total column and tooltip line. */
  bucketTotal: string;
  /** A signal whose name is the empty string. */
  unnamedSignal: string;
  /** The unit in sentences: `12,345 signals`. */
  signals: string;
  /** The text of the change in the chart summary: `up 12.5% on the previous period`. */
  up: string;
  down: string;
  unchanged: string;
  onPrevious: string;
  /** Before the top series in the chart summary. */
  top: string;
}

export const DEFAULT_USAGE_TRENDS_LABELS: Readonly<UsageTrendsLabels> = Object.freeze({
  title: 'Usage trends',
  total: 'Signals',
  versusPrevious: 'vs previous period',
  headline: 'Usage totals',
  period: 'Period',
  tableCaption: 'Signals per period by signal name',
  bucketTotal: 'Total',
  unnamedSignal: '(no name)',
  signals: 'signals',
  up: 'up',
  down: 'down',
  unchanged: 'unchanged',
  onPrevious: 'on the previous period',
  top: 'top',
});
