'use client';
import type { ReactNode } from 'react';
import { themeVar } from '../../theme/themeToCssVariables';

/** A change against a previous period, already formatted (e.g. with `formatChange`). */
export interface StatChange {
  /** e.g. `'+12.5 %'`. */
  text: string;
  /** Arrow direction. */
  direction: 'up' | 'down' | 'flat';
  /** Whether the change is good news (colour only; the text carries the meaning). Default from direction: up = positive. */
  sentiment?: 'positive' | 'negative' | 'neutral';
  /** Read after the text, e.g. `'vs previous period'`. */
  context?: string;
}

export interface StatProps {
  /** Stable key, also `data-paw-stat` (tests, host styling). */
  id?: string | undefined;
  label: ReactNode;
  /** Exactly formatted by the caller's formatter. */
  value: ReactNode;
  change?: StatChange | undefined;
  /** A muted line under the value, e.g. "Depletes on 3 Feb 2027". */
  hint?: ReactNode | undefined;
}

/**
 * One headline figure (total, burn rate, balance) with an optional change: a `<dt>`/`<dd>` pair
 * for use inside `StatList`. Colour is never the only signal: the arrow and the text say it too.
 */
export function Stat({ id, label, value, change, hint }: StatProps) {
  const sentiment = change?.sentiment ?? (change?.direction === 'up' ? 'positive' : change?.direction === 'down' ? 'negative' : 'neutral');
  const changeColor = sentiment === 'positive' ? themeVar.positive : sentiment === 'negative' ? themeVar.negative : themeVar.muted;
  const arrow = change?.direction === 'up' ? '▲' : change?.direction === 'down' ? '▼' : '■';
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 2, minWidth: 0 }} data-paw-stat={id ?? ''}>
      <dt style={{ fontSize: '0.85em', color: themeVar.muted }}>{label}</dt>
      <dd style={{ margin: 0, fontSize: '1.5em', fontWeight: 600, color: themeVar.text, fontVariantNumeric: 'tabular-nums' }}>{value}</dd>
      {change && (
        <dd style={{ margin: 0, fontSize: '0.85em', color: changeColor }}>
          <span aria-hidden="true">{arrow} </span>
          {change.text}
          {change.context ? <span style={{ color: themeVar.muted }}> {change.context}</span> : null}
        </dd>
      )}
      {hint && <dd style={{ margin: 0, fontSize: '0.85em', color: themeVar.muted }}>{hint}</dd>}
    </div>
  );
}

export interface StatListProps {
  /** `Stat` elements. */
  children: ReactNode;
  /** Accessible name of the list, e.g. `'Summary'`. */
  label?: string | undefined;
}

/** A row of `Stat`s as a description list, wrapping on narrow containers. */
export function StatList({ children, label }: StatListProps) {
  return (
    <dl aria-label={label} data-paw-headline="" style={{ display: 'flex', flexWrap: 'wrap', gap: `${themeVar.space2} ${themeVar.space4}`, margin: 0 }}>
      {children}
    </dl>
  );
}
