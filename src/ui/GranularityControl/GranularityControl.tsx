'use client';
import { useRef, type KeyboardEvent } from 'react';
import type { BucketGranularity } from '../../core/format/formatDateTime';
import { useControllableState } from '../controllableState/useControllableState';
import { controlStyles, segmentStyle } from '../controlStyles/controlStyles';

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
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const selectedIndex = Math.max(0, options.indexOf(value));

  const select = (index: number) => {
    const count = options.length;
    const wrapped = ((index % count) + count) % count;
    const next = options[wrapped];
    if (next === undefined) return;
    setValue(next);
    buttons.current[wrapped]?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const moves: Record<string, number> = { ArrowRight: index + 1, ArrowDown: index + 1, ArrowLeft: index - 1, ArrowUp: index - 1, Home: 0, End: options.length - 1 };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    select(target);
  };

  return (
    <div role="radiogroup" aria-label={label} aria-disabled={disabled || undefined} data-paw-control="granularity" style={controlStyles.segmentGroup}>
      {options.map((option, index) => {
        const checked = index === selectedIndex && options[selectedIndex] === value;
        return (
          <button
            key={option}
            ref={(element) => {
              buttons.current[index] = element;
            }}
            type="button"
            role="radio"
            aria-checked={checked}
            tabIndex={index === selectedIndex ? 0 : -1}
            disabled={disabled}
            onClick={() => setValue(option)}
            onKeyDown={(event) => onKeyDown(event, index)}
            style={segmentStyle(index, options.length, checked)}
          >
            {names[option]}
          </button>
        );
      })}
    </div>
  );
}
