'use client';
import type { BucketGranularity } from '../../core/format/formatDateTime';
import { ChoiceControl } from '../ChoiceControl/ChoiceControl';
import { useControllableState } from '../controllableState/useControllableState';

/** `'hour' | 'day' | 'week' | 'month'`, the same type the formatters use. */
export type Granularity = BucketGranularity;

export const ALL_GRANULARITIES: readonly Granularity[] = ['hour', 'day', 'week', 'month'];

export const DEFAULT_GRANULARITY_LABELS: Readonly<Record<Granularity, string>> = Object.freeze({
  hour: 'Hour',
  day: 'Day',
  week: 'Week',
  month: 'Month',
});

export interface GranularityControlProps {
  /** Which granularities to offer, in order. Default all four. */
  options?: readonly Granularity[];
  value?: Granularity;
  /** Uncontrolled starting value. Default: `'day'` if offered, else the first option. */
  defaultValue?: Granularity;
  onChange?: (granularity: Granularity) => void;
  /** The group's accessible name. Default `'Granularity'`. */
  label?: string;
  optionLabels?: Partial<Record<Granularity, string>>;
  disabled?: boolean;
}

/**
 * A segmented radio group (WAI-ARIA radio group pattern): one tab stop, arrow keys move and
 * select, Home/End jump. Controlled (`value` + `onChange`) or uncontrolled (`defaultValue`).
 */
export function GranularityControl(props: GranularityControlProps) {
  const { options = ALL_GRANULARITIES, label = 'Granularity', disabled } = props;
  const names = { ...DEFAULT_GRANULARITY_LABELS, ...props.optionLabels };
  const fallback = options.includes('day') ? 'day' : (options[0] ?? 'day');
  const [value, setValue] = useControllableState<Granularity>({
    value: props.value,
    defaultValue: props.defaultValue ?? fallback,
    onChange: props.onChange,
  });
  return (
    <ChoiceControl value={value} onChange={setValue} options={options} optionLabels={names} label={label} name="granularity" disabled={disabled} />
  );
}
