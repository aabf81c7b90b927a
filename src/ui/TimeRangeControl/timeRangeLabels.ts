import type { TimeRangePreset } from '../../core/time/timeRange';

/** Every text of `TimeRangeControl`, overridable for translation. */
export interface TimeRangeLabels {
  /** The select's accessible name. */
  label: string;
  presets: Record<TimeRangePreset, string>;
  custom: string;
  from: string;
  to: string;
  /** Shown when the custom start is after the end or a date is missing. */
  invalidCustom: string;
}

/** What `TimeRangeControl`'s `labels` prop takes: any subset, presets included. */
export type TimeRangeLabelsInput = Partial<Omit<TimeRangeLabels, 'presets'>> & {
  presets?: Partial<Record<TimeRangePreset, string>>;
};

export const DEFAULT_TIME_RANGE_LABELS: Readonly<TimeRangeLabels> = Object.freeze({
  label: 'Time range',
  presets: { '7d': 'Last 7 days', '30d': 'Last 30 days', '90d': 'Last 90 days', '12m': 'Last 12 months' },
  custom: 'Custom range',
  from: 'Start date',
  to: 'End date',
  invalidCustom: 'Choose a start date on or before the end date.',
});
