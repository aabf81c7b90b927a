'use client';
import { themeVar } from '../../theme/themeToCssVariables';
import { safeCssColor } from '../Chart/tooltipHtml';

export interface ChartLegendItem {
  /** Key (the series name). */
  name: string;
  /** Text shown; long names are ellipsized (the full name is the tooltip and accessible name). */
  label: string;
  color: string | undefined;
}

export interface ChartLegendProps {
  items: readonly ChartLegendItem[];
  /** Names switched off. */
  hidden: ReadonlySet<string>;
  /** Switches a series on or off; without it the legend is not interactive. */
  onToggle?: ((name: string) => void) | undefined;
  /** Accessible name of the legend. Default `'Series'`. */
  label?: string | undefined;
  /** Lines shown before the legend scrolls. Default 3. */
  maxLines?: number | undefined;
}

/**
 * An HTML legend: items wrap onto as many lines as fit in `maxLines`, long names end in "…"
 * (never cut mid-word without a sign), and only past that does the legend scroll. Each item is a
 * toggle button (`aria-pressed`) with its colour swatch; text is text.
 */
export function ChartLegend({ items, hidden, onToggle, label = 'Series', maxLines = 3 }: ChartLegendProps) {
  const lineHeight = 1.6;
  return (
    <ul
      aria-label={label}
      data-paw-legend=""
      style={{
        listStyle: 'none',
        margin: 0,
        padding: 0,
        display: 'flex',
        flexWrap: 'wrap',
        gap: `2px ${themeVar.space3}`,
        // Whole lines only: the lines and the gaps between them.
        maxHeight: `calc(${maxLines * lineHeight}em + ${(maxLines - 1) * 2}px)`,
        overflowY: 'auto',
        fontSize: '0.85em',
        lineHeight,
      }}
    >
      {items.map((item) => {
        const off = hidden.has(item.name);
        const swatch = (
          <span
            aria-hidden="true"
            style={{ flex: 'none', width: 10, height: 10, borderRadius: 2, background: off ? 'transparent' : (safeCssColor(item.color) ?? themeVar.muted), border: `1px solid ${safeCssColor(item.color) ?? themeVar.muted}` }}
          />
        );
        const text = <span style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>{item.label}</span>;
        const rowStyle = { display: 'inline-flex', alignItems: 'center', gap: 6, maxWidth: '16em', minWidth: 0, color: off ? themeVar.muted : themeVar.text } as const;
        return (
          <li key={item.name} style={{ minWidth: 0, maxWidth: '100%' }} title={item.label}>
            {onToggle ? (
              <button
                type="button"
                aria-pressed={!off}
                onClick={() => onToggle(item.name)}
                style={{ ...rowStyle, font: 'inherit', background: 'none', border: 0, padding: 0, cursor: 'pointer', textDecoration: off ? 'line-through' : 'none' }}
              >
                {swatch}
                {text}
              </button>
            ) : (
              <span style={rowStyle}>
                {swatch}
                {text}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
