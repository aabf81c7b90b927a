'use client';
import type { CSSProperties } from 'react';
import { themeVar } from '../../theme/themeToCssVariables';
import { visuallyHiddenStyle } from '../visuallyHidden/visuallyHiddenStyle';

export interface LoadingStateProps {
  /** Height of the skeleton (px or CSS length), usually the chart's height. Default 240. */
  height?: number | string;
  /** Announced to screen readers. Default `'Loading…'`. */
  label?: string;
}

const bar = (width: string): CSSProperties => ({
  height: 12,
  width,
  borderRadius: themeVar.radius,
  background: themeVar.border,
  opacity: 0.6,
});

/**
 * A static skeleton (no animation, so nothing to switch off for reduced motion) marked
 * `aria-busy` with a polite status message. This is also what a widget renders on the server.
 */
export function LoadingState({ height = 240, label = 'Loading…' }: LoadingStateProps) {
  return (
    <div role="status" aria-busy="true" aria-live="polite" data-paw-state="loading" style={{ position: 'relative' }}>
      <span style={visuallyHiddenStyle}>{label}</span>
      <div aria-hidden="true" style={{ display: 'flex', flexDirection: 'column', gap: themeVar.space3, height, justifyContent: 'flex-end' }}>
        <div style={{ display: 'flex', alignItems: 'flex-end', gap: themeVar.space2, flex: 1 }}>
          {[45, 70, 55, 85, 60, 75, 40, 65].map((percent, index) => (
            <div key={index} style={{ flex: 1, height: `${percent}%`, background: themeVar.border, opacity: 0.45, borderRadius: themeVar.radius }} />
          ))}
        </div>
        <div style={bar('60%')} />
      </div>
    </div>
  );
}
