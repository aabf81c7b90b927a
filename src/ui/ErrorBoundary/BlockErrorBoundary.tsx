'use client';
import { Component, Fragment, type ErrorInfo, type ReactNode } from 'react';
import type { AnalyticsError } from '../../core/errors';
import { ErrorState } from '../states/ErrorState';
import type { ErrorMessages } from '../states/errorMessages';
import { toRenderError } from './toRenderError';

/** What `onError` receives besides the error: React's component stack, for the host's logs. */
export interface RenderErrorInfo {
  componentStack?: string | null;
}

export interface BlockErrorBoundaryProps {
  children?: ReactNode | undefined;
  /** Called once per caught error (e.g. to send it to the host's logs). Never rethrows. */
  onError?: ((error: AnalyticsError, info: RenderErrorInfo) => void) | undefined;
  /** Called by Retry, before the children remount (e.g. to refetch). */
  onRetry?: (() => void) | undefined;
  /** Replaces the default error state. */
  fallback?: ((error: AnalyticsError, retry: () => void) => ReactNode) | undefined;
  /** Per-code error text overrides for the default error state. */
  errorMessages?: Partial<ErrorMessages> | undefined;
  /** When any of these change (shallow, by `Object.is`) after an error, the children are tried again. */
  resetKeys?: readonly unknown[] | undefined;
}

interface State {
  error: AnalyticsError | undefined;
  /** Bumped by Retry: the children remount under a new key. */
  attempt: number;
  resetKeys: readonly unknown[] | undefined;
}

const sameKeys = (a: readonly unknown[] | undefined, b: readonly unknown[] | undefined): boolean =>
  a === b || (a !== undefined && b !== undefined && a.length === b.length && a.every((value, index) => Object.is(value, b[index])));

/**
 * Contains a block: anything thrown while its children render (or in their lifecycle methods)
 * becomes an error state in its place — a `RENDER_ERROR` (see `toRenderError`) with Retry — and the
 * host's page around it keeps rendering. Every public block and widget is wrapped in one.
 */
export class BlockErrorBoundary extends Component<BlockErrorBoundaryProps, State> {
  override state: State = { error: undefined, attempt: 0, resetKeys: this.props.resetKeys };

  static getDerivedStateFromError(thrown: unknown): Partial<State> {
    return { error: toRenderError(thrown) };
  }

  static getDerivedStateFromProps(props: BlockErrorBoundaryProps, state: State): Partial<State> | null {
    if (sameKeys(props.resetKeys, state.resetKeys)) return null;
    return state.error === undefined ? { resetKeys: props.resetKeys } : { error: undefined, attempt: state.attempt + 1, resetKeys: props.resetKeys };
  }

  override componentDidCatch(thrown: unknown, info: ErrorInfo): void {
    const error = this.state.error ?? toRenderError(thrown);
    try {
      this.props.onError?.(error, { componentStack: info.componentStack ?? null });
    } catch {
      // The host's logger failing must not take the page down either.
    }
  }

  private readonly retry = (): void => {
    try {
      this.props.onRetry?.();
    } finally {
      this.setState((state) => ({ error: undefined, attempt: state.attempt + 1 }));
    }
  };

  override render(): ReactNode {
    const { error, attempt } = this.state;
    if (error !== undefined) {
      return this.props.fallback ? this.props.fallback(error, this.retry) : <ErrorState error={error} onRetry={this.retry} messages={this.props.errorMessages} />;
    }
    return <Fragment key={attempt}>{this.props.children}</Fragment>;
  }
}
