'use client';
import { useId, type CSSProperties } from 'react';
import { themeVar } from '../../theme/themeToCssVariables';
import { plotNumber } from '../../ui/series/sumValues';
import { visuallyHiddenStyle } from '../../ui/visuallyHidden/visuallyHiddenStyle';
import type { MarginRow } from './marginRows';

export interface MarginBarsProps {
  /** The rows shown (the last may be the Other row), lowest margin first. */
  rows: readonly MarginRow[];
  total: MarginRow;
  /** Exact margin text of a bar (the badge carries the loss word). */
  formatMargin: (row: MarginRow) => string;
  /** Exact margin text of the total row (with the loss word when negative). */
  formatTotal: (row: MarginRow) => string;
  /** The list's accessible name. */
  caption: string;
  /** The one-sentence summary (the list's accessible description). */
  summary: string;
  /** The badge beside a negative margin. */
  loss: string;
  totalLabel: string;
}

/** One grid for every line (its value column as wide as the widest value), so zero is one vertical line. */
function lineStyle(valueColumn: string): CSSProperties {
  return { display: 'grid', gridTemplateColumns: `minmax(6em, 3fr) minmax(3em, 2fr) ${valueColumn}`, alignItems: 'center', gap: themeVar.space2 };
}

/**
 * Margins as diverging bars around zero: a loss grows left in the negative colour with a hatched
 * fill and a "Loss" badge, a profit grows right — so a negative margin is told by its side, its
 * pattern and its word, never by colour alone. HTML (an ordered list), readable by screen readers.
 */
export function MarginBars({ rows, total, formatMargin, formatTotal, caption, summary, loss, totalLabel }: MarginBarsProps) {
  const summaryId = useId();
  const widest = Math.max(
    formatTotal(total).length,
    ...rows.map((item) => formatMargin(item).length + (item.negative ? loss.length + 4 : 0)),
  );
  const row = lineStyle(`${widest + 1}ch`);
  // Scaled to the named rows: an Other row that sums many would flatten them; it is capped at the edge.
  const named = rows.filter((item) => item.id !== '');
  const largest = (named.length > 0 ? named : rows).reduce((top, item) => Math.max(top, Math.abs(plotNumber(item.margin))), 0);
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: themeVar.space1, fontSize: '0.9em' }} data-paw-margin-bars="">
      <p id={summaryId} style={visuallyHiddenStyle}>
        {summary}
      </p>
      <ol aria-label={caption} aria-describedby={summaryId} style={{ listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: themeVar.space1 }}>
        {rows.map((item, index) => {
          const share = largest === 0 ? 0 : Math.min(1, Math.abs(plotNumber(item.margin)) / largest);
          const width = `${Math.max(share * 50, item.margin === '0' ? 0 : 0.5)}%`;
          return (
            <li key={`${item.id}\u0000${index}`} style={row} data-paw-margin={item.negative ? 'negative' : 'positive'} data-paw-other={item.id === '' ? '' : undefined}>
              <span title={item.label} style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', color: item.id === '' ? themeVar.muted : themeVar.text }}>
                {item.label}
              </span>
              <span aria-hidden="true" style={{ position: 'relative', height: '1.1em' }}>
                <span style={{ position: 'absolute', insetBlock: '-2px', insetInlineStart: '50%', width: 1, background: themeVar.border }} />
                <span
                  style={{
                    position: 'absolute',
                    insetBlock: 0,
                    ...(item.negative ? { insetInlineEnd: '50%' } : { insetInlineStart: '50%' }),
                    width,
                    borderRadius: themeVar.radius,
                    background: item.negative
                      ? `repeating-linear-gradient(135deg, ${themeVar.negative} 0 4px, transparent 4px 7px)`
                      : themeVar.positive,
                    border: item.negative ? `1px solid ${themeVar.negative}` : 'none',
                    opacity: item.id === '' ? 0.5 : 0.85,
                  }}
                />
              </span>
              <span style={{ display: 'flex', alignItems: 'center', justifyContent: 'flex-end', gap: themeVar.space1, fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap', color: themeVar.text }}>
                {item.negative && (
                  <span
                    data-paw-loss=""
                    style={{ fontSize: '0.75em', fontWeight: 600, color: themeVar.negative, border: `1px solid ${themeVar.negative}`, borderRadius: themeVar.radius, padding: '0 4px' }}
                  >
                    ▼ {loss}
                  </span>
                )}
                <span>{formatMargin(item)}</span>
              </span>
            </li>
          );
        })}
      </ol>
      <div style={{ ...row, borderTop: `1px solid ${themeVar.border}`, paddingTop: themeVar.space1, fontWeight: 600 }} data-paw-margin-total="">
        <span>{totalLabel}</span>
        <span />
        <span style={{ textAlign: 'end', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>{formatTotal(total)}</span>
      </div>
    </div>
  );
}
