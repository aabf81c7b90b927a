'use client';
import type { ReactNode } from 'react';
import { themeVar } from '../../theme/themeToCssVariables';

export interface TruncatedNoticeProps {
  /** Rows received (`meta.rowCount`), shown when given, formatted by the caller. */
  rowCount?: ReactNode;
  /** Replaces the whole text. */
  children?: ReactNode;
}

/**
 * Shown when the API cut the result short (`meta.truncated`): totals and the chart cover only
 * the rows received. Render it when `meta.truncated` is true; `WidgetFrame` does so for you.
 */
export function TruncatedNotice({ rowCount, children }: TruncatedNoticeProps) {
  return (
    <div
      role="note"
      data-paw-state="truncated"
      style={{
        fontSize: '0.85em',
        color: themeVar.text,
        // A straight bar, not a rounded "(": only the right corners are rounded.
        borderLeft: `4px solid ${themeVar.warning}`,
        padding: `${themeVar.space1} ${themeVar.space2}`,
        borderRadius: `0 ${themeVar.radius} ${themeVar.radius} 0`,
        background: 'transparent',
        marginBottom: themeVar.space2,
      }}
    >
      {children ?? (
        <>
          Results were truncated{rowCount !== undefined && rowCount !== null ? <> to {rowCount} rows</> : null}: totals cover only the
          rows received. Narrow the time range or filters to see everything.
        </>
      )}
    </div>
  );
}
