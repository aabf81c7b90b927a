/** A labelled native `<select>`: keyboard and screen-reader friendly with no extra code. */
export interface SelectControlProps {
  id: string;
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  onChange(value: string): void;
  disabled?: boolean;
}

export function SelectControl({ id, label, value, options, onChange, disabled }: SelectControlProps) {
  return (
    <div className="demo-control">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={id} value={value} disabled={disabled} onChange={(event) => onChange(event.target.value)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
