'use client';
import { useControllableState } from '../../ui/controllableState/useControllableState';
import type { WidgetView } from '../../ui/ViewToggle/ViewToggle';

/** The widget's chart/table view: controlled by `view`, else its own state starting at `defaultView` (chart). */
export function useWidgetView(props: { view?: WidgetView | undefined; defaultView?: WidgetView | undefined; onViewChange?: ((view: WidgetView) => void) | undefined }) {
  return useControllableState<WidgetView>({ value: props.view, defaultValue: props.defaultView ?? 'chart', onChange: props.onViewChange });
}
