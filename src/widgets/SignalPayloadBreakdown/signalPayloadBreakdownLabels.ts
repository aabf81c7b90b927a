import { englishWindowWording, type WindowWording } from '../shared/describeWindow';

/** The formatted pieces of the one-sentence summary, for `labels.summary`. */
export interface PayloadBreakdownSummaryParts {
  signalName: string;
  path: string;
  /** The window's total, formatted exactly. */
  total: string;
  /** The top values with their formatted counts. */
  top: { label: string; value: string }[];
}

/** Every text of SignalPayloadBreakdown, overridable for translation through its `labels` prop. */
export interface SignalPayloadBreakdownLabels {
  title: string;
  /** The signal picker's label. */
  signal: string;
  /** The payload path picker's label. */
  path: string;
  /** The headline's total. */
  total: string;
  /** After the change: `+12.5% vs previous period`. */
  versusPrevious: string;
  /** The headline list's accessible name. */
  headline: string;
  /** The item summing every value outside the top ones. */
  otherValues: string;
  /** A signal without a value at the path (or an empty one). */
  noValue: string;
  /** The total row. */
  totalRow: string;
  /** Table columns. */
  value: string;
  signals: string;
  share: string;
  /** The list's and the table's caption: `email-triage by priority`. */
  caption: (signalName: string, path: string) => string;
  /** The empty state when no signal in the window carries a payload path. */
  noPayloads: string;
  /** Beside the pickers when the chosen signal has no payload fields in the window. */
  unknownSignal: (signalName: string) => string;
  /** Beside the pickers when a chosen path is not in the signal's metadata (nothing is queried). */
  unknownPath: (path: string, signalName: string) => string;
  /** Words the window's first and last day (subtitle). */
  window: WindowWording;
  /** The one-sentence text summary (screen readers). */
  summary: (parts: PayloadBreakdownSummaryParts) => string;
}

function englishSummary({ signalName, path, total, top }: PayloadBreakdownSummaryParts): string {
  const lead = `${total} ${signalName} signals by ${path}`;
  return top.length === 0 ? `${lead}.` : `${lead}; most: ${top.map((item) => `${item.label} ${item.value}`).join(', ')}.`;
}

export const DEFAULT_SIGNAL_PAYLOAD_BREAKDOWN_LABELS: Readonly<SignalPayloadBreakdownLabels> = Object.freeze({
  title: 'Signals by payload value',
  signal: 'Signal',
  path: 'Payload field',
  total: 'Signals',
  versusPrevious: 'vs previous period',
  headline: 'Payload breakdown totals',
  otherValues: 'Other values',
  noValue: '(no value)',
  totalRow: 'Total',
  value: 'Value',
  signals: 'Signals',
  share: 'Share',
  caption: (signalName: string, path: string) => `${signalName} by ${path}`,
  noPayloads: 'No signal in this window carries a payload field.',
  unknownSignal: (signalName: string) => `No ${signalName} signal in this window carries a payload field; pick another signal or a longer range.`,
  unknownPath: (path: string, signalName: string) => `${signalName} signals in this window have no payload field ${path}; pick one of the fields listed.`,
  window: englishWindowWording,
  summary: englishSummary,
});
