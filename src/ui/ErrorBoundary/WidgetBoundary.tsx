'use client';
import { useRef, type CSSProperties, type ReactNode } from 'react';
import type { AnalyticsError } from '../../core/errors';
import type { ThemeInput } from '../../theme/types';
import { useResolvedTheme } from '../../theme/useResolvedTheme';
import type { ErrorMessages } from '../states/errorMessages';
import { WidgetFrame } from '../WidgetFrame/WidgetFrame';
import { BlockErrorBoundary, type RenderErrorInfo } from './BlockErrorBoundary';
import { BoundaryRefetchContext, type BoundaryRefetchSlot } from './BoundaryRefetchContext';

/** The props every widget accepts for containment. */
export interface ContainedProps {
  /**
   * Called with every error the widget shows because something threw while it rendered (a
   * `RENDER_ERROR`, or the `AnalyticsError` thrown): for the host's logs. Data errors are not
   * reported here (they are states, not faults).
   */
  onError?: (error: AnalyticsError, info: RenderErrorInfo) => void;
}

export interface WidgetBoundaryProps extends ContainedProps {
  /** The card title the error state keeps. */
  title: ReactNode;
  theme?: ThemeInput;
  className?: string;
  style?: CSSProperties;
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  errorMessages?: Partial<ErrorMessages>;
  /** After an error, a change in any of these tries the widget again. */
  resetKeys?: readonly unknown[];
  children?: ReactNode;
}

/**
 * The error boundary around a whole widget: whatever throws inside it becomes the widget's own
 * card in its error state (same title, theme and size), with Retry — which refetches the widget's
 * data (`useBoundaryRefetch`) and remounts it. If even that card cannot render, a plain-text
 * alert takes its place; the host's page never unmounts.
 */
export function WidgetBoundary(props: WidgetBoundaryProps) {
  const slot = useRef<BoundaryRefetchSlot>({ current: undefined }).current;
  return (
    <BoundaryRefetchContext.Provider value={slot}>
      <BlockErrorBoundary
        onError={props.onError}
        onRetry={() => slot.current?.()}
        resetKeys={props.resetKeys}
        fallback={(error, retry) => (
          <BlockErrorBoundary fallback={(fatal) => <PlainAlert text={fatal.message} />}>
            <FallbackCard {...props} error={error} retry={retry} />
          </BlockErrorBoundary>
        )}
      >
        {props.children}
      </BlockErrorBoundary>
    </BoundaryRefetchContext.Provider>
  );
}

function FallbackCard(props: WidgetBoundaryProps & { error: AnalyticsError; retry: () => void }) {
  const theme = useResolvedTheme(props.theme);
  return (
    <WidgetFrame
      title={props.title}
      theme={theme}
      className={props.className}
      style={props.style}
      headingLevel={props.headingLevel}
      error={props.error}
      onRetry={props.retry}
      errorMessages={props.errorMessages}
    />
  );
}

function PlainAlert({ text }: { text: string }) {
  return (
    <div role="alert" data-paw-state="error" data-error-key="RENDER_ERROR">
      {text}
    </div>
  );
}
