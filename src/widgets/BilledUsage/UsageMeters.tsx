'use client';
import type { CSSProperties } from 'react';
import { themeVar } from '../../theme/themeToCssVariables';
import type { ResolvedTheme } from '../../theme/types';
import type { BilledUsageTableRow } from './billedUsageTable';

export interface UsageMetersProps {
  rows: readonly BilledUsageTableRow[];
  /** The list's accessible name (the one-sentence summary). */
  caption: string;
  /** `12,340 of 10,000 included · projected 21,000` for a row. */
  text: (row: BilledUsageTableRow) => string;
  /** A line under the meters, e.g. how many signals only the table lists. */
  more?: string | undefined;
  theme: ResolvedTheme;
}

/** Width of `value` on a track that holds `scale`, as a CSS percentage. */
const percent = (value: bigint, scale: bigint): string => `${scale === 0n ? 0 : Math.min(100, (Number(value) / Number(scale)) * 100)}%`;

/**
 * One meter per signal: used within the allowance, used above it (the negative colour), the rest
 * projected to the period's end (faint), and a mark at the included quantity. HTML, an ordered
 * list: every figure is also in the row's text, so the bars are decoration (`aria-hidden`).
 */
export function UsageMeters({ rows, caption, text, more, theme }: UsageMetersProps) {
  const segment = (left: string, width: string, color: string, opacity = 1): CSSProperties => ({
    position: 'absolute',
    insetBlock: 0,
    insetInlineStart: left,
    width,
    background: color,
    opacity,
  });
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: themeVar.space2 }}>
      <ol aria-label={caption} data-paw-meters="" style={{ listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: themeVar.space2, fontSize: '0.9em' }}>
        {rows.map((row, index) => {
          const scale = [row.projected, row.included, row.used, 1n].reduce((top, value) => (value > top ? value : top), 0n);
          const min = (a: bigint, b: bigint) => (a < b ? a : b);
          const max = (a: bigint, b: bigint) => (a > b ? a : b);
          const over = row.used > row.included;
          // Used within the allowance, used above it, projected within it, projected above it.
          const usedWithin = min(row.used, row.included);
          const projectedWithin = row.projected > row.used && row.used < row.included ? min(row.projected, row.included) - row.used : 0n;
          const projectedOverFrom = max(row.used, row.included);
          const projectedOver = row.projected > projectedOverFrom ? row.projected - projectedOverFrom : 0n;
          return (
            <li key={`${index}-${row.label}`} data-paw-meter={over ? 'over' : ''} style={{ display: 'flex', flexDirection: 'column', gap: 2, minWidth: 0 }}>
              <span style={{ display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', columnGap: themeVar.space2, minWidth: 0 }}>
                <span title={row.label} style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', color: themeVar.text, fontWeight: 500 }}>
                  {row.label}
                </span>
                <span style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums', color: over ? themeVar.negative : themeVar.muted }}>{text(row)}</span>
              </span>
              <span aria-hidden="true" style={{ position: 'relative', display: 'block', height: 10, borderRadius: themeVar.radius, background: themeVar.border, overflow: 'hidden' }}>
                <span style={segment('0%', percent(usedWithin, scale), theme.colors.primary)} />
                {over && <span style={segment(percent(row.included, scale), percent(row.used - row.included, scale), theme.colors.negative)} />}
                {projectedWithin > 0n && <span style={segment(percent(row.used, scale), percent(projectedWithin, scale), theme.colors.primary, 0.35)} />}
                {projectedOver > 0n && <span style={segment(percent(projectedOverFrom, scale), percent(projectedOver, scale), theme.colors.negative, 0.35)} />}
                <span style={{ ...segment(percent(row.included, scale), '2px', themeVar.text), marginInlineStart: -1 }} />
              </span>
            </li>
          );
        })}
      </ol>
      {more !== undefined && <p style={{ margin: 0, fontSize: '0.85em', color: themeVar.muted }}>{more}</p>}
    </div>
  );
}
