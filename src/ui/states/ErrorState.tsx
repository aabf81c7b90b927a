'use client';
import { themeVar } from '../../theme/themeToCssVariables';
import { controlStyles } from '../controlStyles/controlStyles';
import { describeError, type ErrorMessages } from './errorMessages';

export interface ErrorStateProps {
  /** Anything thrown; an `AnalyticsError` gets the message for its code. */
  error: unknown;
  /** Shown as a Retry button when a retry may help for this error. */
  onRetry?: () => void;
  /** Per-code overrides of the default English text. */
  messages?: Partial<ErrorMessages>;
  retryLabel?: string;
  /** Label before the code, e.g. `'Error code'`. */
  codeLabel?: string;
}

/**
 * The error state of a widget: a human message for the error's code, the code itself (for
 * support), and a Retry button where retrying may help. Announced as an alert. The server's
 * own message is not shown (it may be technical); everything is rendered as text.
 */
export function ErrorState({ error, onRetry, messages, retryLabel = 'Retry', codeLabel = 'Error code' }: ErrorStateProps) {
  const described = describeError(error, messages);
  return (
    <div
      role="alert"
      data-paw-state="error"
      data-error-key={described.key}
      style={{
        display: 'flex',
        flexDirection: 'column',
        alignItems: 'flex-start',
        gap: themeVar.space2,
        padding: themeVar.space4,
        border: `1px solid ${themeVar.border}`,
        borderLeft: `4px solid ${themeVar.negative}`,
        borderRadius: themeVar.radius,
      }}
    >
      <strong style={{ color: themeVar.text }}>{described.title}</strong>
      <span style={{ color: themeVar.muted }}>{described.description}</span>
      {described.code !== null && (
        <span style={{ color: themeVar.muted, fontSize: '0.85em' }}>
          {codeLabel}: <code>{described.code}</code>
        </span>
      )}
      {onRetry && described.retryMayHelp && (
        <button type="button" onClick={onRetry} style={controlStyles.button}>
          {retryLabel}
        </button>
      )}
    </div>
  );
}
