'use client';
import type { CSSProperties, ReactElement, ReactNode } from 'react';
import type { ThemeInput } from '../../theme/types';
import type { ErrorMessages } from '../states/errorMessages';
import { WidgetBoundary, type ContainedProps } from './WidgetBoundary';

/** The props `withWidgetBoundary` reads from a widget's own props. */
export interface BoundedWidgetProps extends ContainedProps {
  title?: ReactNode;
  theme?: ThemeInput;
  className?: string;
  style?: CSSProperties;
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  errorMessages?: Partial<ErrorMessages>;
}

/**
 * Wraps a widget in its `WidgetBoundary`. After a render error, any prop change (by identity)
 * tries the widget again, so a host that fixes a prop — or a new time range — recovers it.
 */
export function withWidgetBoundary<Props extends BoundedWidgetProps>(
  Widget: (props: Props) => ReactElement,
  defaultTitle: (props: Props) => ReactNode,
  displayName: string,
): (props: Props) => ReactElement {
  function Contained(props: Props) {
    let title: ReactNode;
    try {
      title = props.title ?? defaultTitle(props);
    } catch {
      title = displayName;
    }
    return (
      <WidgetBoundary
        title={title}
        theme={props.theme}
        className={props.className}
        style={props.style}
        headingLevel={props.headingLevel}
        errorMessages={props.errorMessages}
        onError={props.onError}
        resetKeys={Object.entries(props).flat()}
      >
        <Widget {...props} />
      </WidgetBoundary>
    );
  }
  Contained.displayName = displayName;
  return Contained;
}
