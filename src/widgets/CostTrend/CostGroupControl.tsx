'use client';
import { useRef, type KeyboardEvent } from 'react';
import { COST_TREND_GROUPS, type CostTrendGroup } from '../../core/queries/costTrend';
import { controlStyles, segmentStyle } from '../../ui/controlStyles/controlStyles';

export interface CostGroupControlProps {
  value: CostTrendGroup;
  onChange: (group: CostTrendGroup) => void;
  /** The group's accessible name. */
  label: string;
  optionLabels: Record<CostTrendGroup, string>;
  /** Which groupings to offer, in order. Default vendor, model, product. */
  options?: readonly CostTrendGroup[];
}

/**
 * What a cost series is — vendor, model or product — as a segmented radio group (WAI-ARIA radio
 * group pattern: one tab stop, arrow keys move and select, Home/End jump).
 */
export function CostGroupControl({ value, onChange, label, optionLabels, options = COST_TREND_GROUPS }: CostGroupControlProps) {
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const selectedIndex = Math.max(0, options.indexOf(value));
  const select = (index: number) => {
    const wrapped = ((index % options.length) + options.length) % options.length;
    const next = options[wrapped];
    if (next === undefined) return;
    onChange(next);
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
    <div role="radiogroup" aria-label={label} data-paw-control="cost-group" style={controlStyles.segmentGroup}>
      {options.map((option, index) => {
        const checked = option === value;
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
            onClick={() => onChange(option)}
            onKeyDown={(event) => onKeyDown(event, index)}
            style={segmentStyle(index, options.length, checked)}
          >
            {optionLabels[option]}
          </button>
        );
      })}
    </div>
  );
}
