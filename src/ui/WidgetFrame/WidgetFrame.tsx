'use client';
import { useId, type CSSProperties, type ReactNode } from 'react';
import { themeToCssVariables, themeVar } from '../../theme/themeToCssVariables';
import type { ResolvedTheme } from '../../theme/types';
import { EmptyState } from '../states/EmptyState';
import { ErrorState } from '../states/ErrorState';
import type { ErrorMessages } from '../states/errorMessages';
import { LoadingState } from '../states/LoadingState';
import { TruncatedNotice } from '../states/TruncatedNotice';
import type { AnalyticsError } from '../../core/errors';
import { BlockErrorBoundary, type RenderErrorInfo } from '../ErrorBoundary/BlockErrorBoundary';
import { FrameThemeContext } from './FrameThemeContext';
import { FRAME_STYLE_SHEET } from './frameStyleSheet';
import { UpdatedAgo } from './UpdatedAgo';

export interface WidgetFrameProps {
  /** The card's heading; also names the region (`aria-labelledby`). */
  title: ReactNode;
  subtitle?: ReactNode | undefined;
  /** Controls on the header's right: time range, granularity, view toggle, export. */
  toolbar?: ReactNode | undefined;
  /** From `useResolvedTheme(props.theme)`; becomes scoped `--paw-*` variables on the root. */
  theme: ResolvedTheme;
  className?: string | undefined;
  /** Merged over the root's own style (after the variables, so a host can override both). */
  style?: CSSProperties | undefined;
  /** Heading level of the title. Default 3. */
  headingLevel?: 2 | 3 | 4 | 5 | 6 | undefined;
  /** Shows the skeleton instead of the children (unless `error` is set). */
  loading?: boolean | undefined;
  /** Anything not `null`/`undefined` shows the error state instead of the children. */
  error?: unknown | undefined;
  /** Offered as Retry in the error state where a retry may help. */
  onRetry?: (() => void) | undefined;
  /** Shows the empty state instead of the children. */
  empty?: boolean | undefined;
  /** Replaces the default empty state. */
  emptyState?: ReactNode | undefined;
  /** Shows `TruncatedNotice` above the children. */
  truncated?: boolean | undefined;
  /** Passed to `TruncatedNotice` (formatted by the caller). */
  truncatedRowCount?: ReactNode | undefined;
  /** Per-code error text overrides. */
  errorMessages?: Partial<ErrorMessages> | undefined;
  /** Skeleton height; match the chart's height. Default 240. */
  loadingHeight?: number | string | undefined;
  /** Below the body: e.g. a caption or a "powered by". */
  footer?: ReactNode | undefined;
  /** The body when data is ready: chart or table. */
  children?: ReactNode | undefined;
  /**
   * Something in the body threw while rendering: the body shows the error state (a
   * `RENDER_ERROR`, with Retry) and this is called for the host's logs. The header stays.
   */
  onError?: ((error: AnalyticsError, info: RenderErrorInfo) => void) | undefined;
  /**
   * When the data shown was fetched (ms since the epoch or a Date): shows "Updated N min ago"
   * under the title. Off when absent.
   */
  updatedAt?: number | Date | undefined;
  /** The text of the "Updated" line for a number of minutes (translation). */
  updatedLabel?: ((minutes: number) => string) | undefined;
}

/**
 * The card every widget renders: a titled `region` whose root carries the theme as CSS custom
 * properties (scoped: nothing is set on the document, no stylesheet is needed), a toolbar slot
 * and the body, which is one of error → loading → empty → children (with a truncation notice).
 * Children can read the resolved theme with `useFrameTheme()`.
 */
export function WidgetFrame(props: WidgetFrameProps) {
  const { title, subtitle, toolbar, theme, className, style, headingLevel = 3, children, footer } = props;
  const titleId = useId();
  const subtitleId = useId();
  const Heading = `h${headingLevel}` as const;
  const hasError = props.error !== undefined && props.error !== null;
  const rootStyle: CSSProperties = {
    ...(themeToCssVariables(theme) as CSSProperties),
    colorScheme: theme.mode,
    boxSizing: 'border-box',
    display: 'flex',
    flexDirection: 'column',
    gap: themeVar.space3,
    minWidth: 0,
    padding: themeVar.space4,
    background: themeVar.surface,
    color: themeVar.text,
    border: `1px solid ${themeVar.border}`,
    borderRadius: themeVar.radius,
    fontFamily: themeVar.fontFamily,
    fontSize: themeVar.fontSize,
    lineHeight: 1.4,
    ...style,
  };

  let body: ReactNode;
  if (hasError) body = <ErrorState error={props.error} onRetry={props.onRetry} messages={props.errorMessages} />;
  else if (props.loading) body = <LoadingState height={props.loadingHeight} />;
  else if (props.empty) body = props.emptyState ?? <EmptyState />;
  else
    body = (
      <BlockErrorBoundary onError={props.onError} onRetry={props.onRetry} errorMessages={props.errorMessages}>
        {props.truncated && <TruncatedNotice rowCount={props.truncatedRowCount} />}
        {children}
      </BlockErrorBoundary>
    );

  return (
    <FrameThemeContext.Provider value={theme}>
      <section
        role="region"
        aria-labelledby={titleId}
        aria-describedby={subtitle ? subtitleId : undefined}
        aria-busy={props.loading && !hasError ? true : undefined}
        className={className}
        style={rootStyle}
        data-paw-widget=""
        data-paw-mode={theme.mode}
      >
        <style>{FRAME_STYLE_SHEET}</style>
        <header style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start', justifyContent: 'space-between', gap: themeVar.space2 }}>
          <div style={{ display: 'flex', flexDirection: 'column', gap: 2, minWidth: 0 }}>
            <Heading id={titleId} style={{ margin: 0, fontSize: '1.1em', fontWeight: 600, color: themeVar.text }}>
              {title}
            </Heading>
            {subtitle && (
              <p id={subtitleId} style={{ margin: 0, fontSize: '0.9em', color: themeVar.muted }}>
                {subtitle}
              </p>
            )}
            {props.updatedAt !== undefined && <UpdatedAgo at={props.updatedAt} {...(props.updatedLabel ? { label: props.updatedLabel } : {})} />}
          </div>
          {toolbar && (
            <div data-paw-toolbar="" style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: themeVar.space2 }}>
              {toolbar}
            </div>
          )}
        </header>
        <div style={{ minWidth: 0, position: 'relative' }}>{body}</div>
        {footer && <footer style={{ fontSize: '0.85em', color: themeVar.muted }}>{footer}</footer>}
      </section>
    </FrameThemeContext.Provider>
  );
}
