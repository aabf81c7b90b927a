'use client';
import type { ReactNode } from 'react';
import { themeVar } from '../../theme/themeToCssVariables';

export interface EmptyStateProps {
  /** Default `'No data for this period'`. */
  title?: ReactNode;
  /** Default: a hint to widen the range. */
  description?: ReactNode;
  /** Min height (px or CSS length) so the card does not jump. Default 160. */
  minHeight?: number | string;
}

/** What a widget shows when the query returned no rows. */
export function EmptyState({
  title = 'No data for this period',
  description = 'Try a longer time range or different filters.',
  minHeight = 160,
}: EmptyStateProps) {
  return (
    <div
      role="status"
      data-paw-state="empty"
      style={{
        display: 'flex',
        flexDirection: 'column',
        alignItems: 'center',
        justifyContent: 'center',
        gap: themeVar.space1,
        minHeight,
        textAlign: 'center',
        border: `1px dashed ${themeVar.border}`,
        borderRadius: themeVar.radius,
        padding: themeVar.space4,
      }}
    >
      <strong style={{ color: themeVar.text }}>{title}</strong>
      <span style={{ color: themeVar.muted }}>{description}</span>
    </div>
  );
}
