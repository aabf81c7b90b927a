'use client';
import { useRef, type KeyboardEvent } from 'react';
import { controlStyles, segmentStyle } from '../controlStyles/controlStyles';
import { useControllableState } from '../controllableState/useControllableState';

export interface ChoiceControlProps<T extends string> {
  /** Controlled: the selected option; the group shows it and only reports changes through `onChange`. */
  value?: T | undefined;
  /** Uncontrolled starting value. Default: the first option. */
  defaultValue?: T | undefined;
  /** Called with the option chosen (click, arrow keys, Home/End), only when it changes. */
  onChange?: ((value: T) => void) | undefined;
  /** The options, in order. */
  options: readonly T[];
  /** Text of each option. */
  optionLabels: Readonly<Record<T, string>>;
  /** The group's accessible name. */
  label: string;
  /** `data-paw-control` of the group (tests, host styling). */
  name: string;
  disabled?: boolean | undefined;
}

/**
 * One of a few options (a metric, a dimension, a granularity) as a segmented radio group, the
 * WAI-ARIA radio group pattern: one tab stop, arrow keys move and select, Home/End jump.
 * Controlled (`value` + `onChange`) or uncontrolled (`defaultValue`); the one implementation behind
 * `GranularityControl` and the widgets' choice groups.
 */
export function ChoiceControl<T extends string>(props: ChoiceControlProps<T>) {
  const { options, optionLabels, label, name, disabled } = props;
  const [value, onChange] = useControllableState<T | undefined>({
    value: props.value,
    defaultValue: props.defaultValue ?? options[0],
    onChange: props.onChange as ((next: T | undefined) => void) | undefined,
  });
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const selectedIndex = value === undefined ? 0 : Math.max(0, options.indexOf(value));
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const moves: Record<string, number> = { ArrowRight: index + 1, ArrowDown: index + 1, ArrowLeft: index - 1, ArrowUp: index - 1, Home: 0, End: options.length - 1 };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const wrapped = ((target % options.length) + options.length) % options.length;
    const next = options[wrapped];
    if (next === undefined) return;
    onChange(next);
    buttons.current[wrapped]?.focus();
  };
  return (
    <div role="radiogroup" aria-label={label} aria-disabled={disabled || undefined} data-paw-control={name} style={controlStyles.segmentGroup}>
      {options.map((option, index) => (
        <button
          key={option}
          ref={(element) => {
            buttons.current[index] = element;
          }}
          type="button"
          role="radio"
          aria-checked={option === value}
          tabIndex={index === selectedIndex ? 0 : -1}
          disabled={disabled}
          onClick={() => onChange(option)}
          onKeyDown={(event) => onKeyDown(event, index)}
          style={segmentStyle(index, options.length, option === value)}
        >
          {optionLabels[option]}
        </button>
      ))}
    </div>
  );
}
