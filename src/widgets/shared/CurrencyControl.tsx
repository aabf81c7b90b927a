'use client';
import { useId } from 'react';
import { controlStyles } from '../../ui/controlStyles/controlStyles';
import { visuallyHiddenStyle } from '../../ui/visuallyHidden/visuallyHiddenStyle';

export interface CurrencyControlProps {
  value: string;
  /** ISO 4217 codes, in the order offered. */
  options: readonly string[];
  onChange: (currency: string) => void;
  /** Accessible name of the select. */
  label: string;
}

/**
 * Picks which currency RevenueAging shows when the data holds several (amounts in different
 * currencies are never added together): a native, keyboard-operable `<select>` with a visually
 * hidden label.
 */
export function CurrencyControl({ value, options, onChange, label }: CurrencyControlProps) {
  const id = useId();
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center' }}>
      <label htmlFor={id} style={visuallyHiddenStyle}>
        {label}
      </label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)} style={controlStyles.select}>
        {options.map((currency) => (
          <option key={currency} value={currency}>
            {currency}
          </option>
        ))}
      </select>
    </span>
  );
}
