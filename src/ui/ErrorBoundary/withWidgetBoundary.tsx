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
 * The props' content as one string, for the boundary's reset key: functions are left out (a host's
 * inline `onError` is a new function each render) and objects compare by content (an inline
 * `labels={{ … }}` is equal to the last one), so a host that re-renders — even because `onError`
 * set its state — does not retry a failing widget in a loop.
 */
export function propsResetKey(props: object): string {
  const parts: string[] = [];
  for (const key of Object.keys(props).sort()) {
    const value = (props as Record<string, unknown>)[key];
    if (typeof value === 'function' || key === 'children') continue;
    try {
      parts.push(`${key}=${JSON.stringify(value, (_name, item: unknown) => (typeof item === 'bigint' ? `${item}n` : typeof item === 'function' ? undefined : item))}`);
    } catch {
      parts.push(`${key}=?`);
    }
  }
  return parts.join('&');
}

/**
 * Wraps a widget in its `WidgetBoundary`. After a render error, a change in any prop's content
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
        resetKeys={[propsResetKey(props)]}
      >
        <Widget {...props} />
      </WidgetBoundary>
    );
  }
  Contained.displayName = displayName;
  return Contained;
}
