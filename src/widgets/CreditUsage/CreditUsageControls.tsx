'use client';
import { useId } from 'react';
import { controlStyles, segmentStyle } from '../../ui/controlStyles/controlStyles';
import { visuallyHiddenStyle } from '../../ui/visuallyHidden/visuallyHiddenStyle';
import type { CreditUsageDimension } from './creditUsageLabels';

const DIMENSIONS: readonly CreditUsageDimension[] = ['signal', 'product'];

/** By signal / by product: two toggle buttons with `aria-pressed` in a labelled group. */
export function CreditUsageDimensionControl(props: { value: CreditUsageDimension; onChange: (value: CreditUsageDimension) => void; label: string; names: Record<CreditUsageDimension, string> }) {
  return (
    <div role="group" aria-label={props.label} data-paw-control="dimension" style={controlStyles.segmentGroup}>
      {DIMENSIONS.map((dimension, index) => (
        <button key={dimension} type="button" aria-pressed={props.value === dimension} onClick={() => props.onChange(dimension)} style={segmentStyle(index, DIMENSIONS.length, props.value === dimension)}>
          {props.names[dimension]}
        </button>
      ))}
    </div>
  );
}

/** Picks the credits currency when the data holds several (credits of different currencies never add up). */
export function CreditsCurrencyControl(props: { value: string; options: readonly { id: string; name: string }[]; onChange: (id: string) => void; label: string }) {
  const id = useId();
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center' }}>
      <label htmlFor={id} style={visuallyHiddenStyle}>
        {props.label}
      </label>
      <select id={id} value={props.value} onChange={(event) => props.onChange(event.target.value)} style={controlStyles.select}>
        {props.options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.name}
          </option>
        ))}
      </select>
    </span>
  );
}
