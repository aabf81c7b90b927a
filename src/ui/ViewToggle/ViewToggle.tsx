'use client';
import { useControllableState } from '../controllableState/useControllableState';
import { controlStyles, segmentStyle } from '../controlStyles/controlStyles';

export type WidgetView = 'chart' | 'table';

export interface ViewToggleProps {
  value?: WidgetView;
  /** Uncontrolled starting view. Default `'chart'`. */
  defaultValue?: WidgetView;
  onChange?: (view: WidgetView) => void;
  /** The group's accessible name. Default `'View'`. */
  label?: string;
  labels?: Partial<Record<WidgetView, string>>;
}

const VIEWS: readonly WidgetView[] = ['chart', 'table'];

/**
 * Chart / table switch: two toggle buttons with `aria-pressed` in a labelled group; each is a
 * normal tab stop operated with Enter or Space. Controlled or uncontrolled.
 */
export function ViewToggle(props: ViewToggleProps) {
  const names = { chart: 'Chart', table: 'Table', ...props.labels };
  const [value, setValue] = useControllableState<WidgetView>({
    value: props.value,
    defaultValue: props.defaultValue ?? 'chart',
    onChange: props.onChange,
  });
  return (
    <div role="group" aria-label={props.label ?? 'View'} data-paw-control="view" style={controlStyles.segmentGroup}>
      {VIEWS.map((view, index) => (
        <button
          key={view}
          type="button"
          aria-pressed={value === view}
          onClick={() => setValue(view)}
          style={segmentStyle(index, VIEWS.length, value === view)}
        >
          {names[view]}
        </button>
      ))}
    </div>
  );
}
