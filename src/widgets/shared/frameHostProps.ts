import type { WidgetFrameProps } from '../../ui/WidgetFrame/WidgetFrame';
import type { WidgetFrameState } from './widgetFrameState';

/** The host props every widget hands to its `WidgetFrame` unchanged. */
export type FrameHostInput = Pick<WidgetFrameProps, 'className' | 'style' | 'headingLevel' | 'errorMessages' | 'onError'> & { showUpdated?: boolean | undefined };

/**
 * The `WidgetFrame` props that are the same in every widget: the host's class, style, heading
 * level, error texts and `onError`, and from the frame state loading, retry and (with
 * `showUpdated`) the "Updated N min ago" time. Spread first; a widget's own props follow.
 */
export function frameHostProps(props: FrameHostInput, frame: WidgetFrameState): Pick<WidgetFrameProps, 'className' | 'style' | 'headingLevel' | 'errorMessages' | 'onError' | 'loading' | 'onRetry' | 'updatedAt'> {
  return {
    className: props.className,
    style: props.style,
    headingLevel: props.headingLevel,
    errorMessages: props.errorMessages,
    onError: props.onError,
    loading: frame.loading,
    onRetry: frame.retry,
    updatedAt: props.showUpdated ? frame.updatedAt : undefined,
  };
}
