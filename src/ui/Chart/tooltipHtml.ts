import { escapeHtml } from './escapeHtml';

/** One line of a tooltip: a colour swatch, a label and its formatted value (all plain text). */
export interface TooltipRow {
  label: string;
  /** Already formatted, exactly, by the caller's formatter (e.g. `formatCents(row.cents)`). */
  value: string;
  /** Series colour for the swatch; anything that is not a plain CSS colour is dropped. */
  color?: string;
  /** Bold the row (e.g. a total). */
  emphasis?: boolean;
}

export interface TooltipContent {
  /** Heading, e.g. the formatted bucket date. */
  title?: string;
  rows: readonly TooltipRow[];
  /** A last muted line, e.g. "Change vs previous period: +4.2 %". */
  footer?: string;
}

const SAFE_COLOR = /^(#[0-9a-f]{3,8}|(rgb|rgba|hsl|hsla)\(\s*[-0-9.%,\s/]+\)|[a-z]{3,20})$/i;

/** A CSS colour safe to put in a `style` attribute, or `null`. */
export function safeCssColor(color: unknown): string | null {
  return typeof color === 'string' && SAFE_COLOR.test(color.trim()) ? color.trim() : null;
}

/**
 * Builds the HTML of a tooltip (`tooltip.renderMode: 'html'`, `tooltip.formatter`) from plain
 * text: every title, label and value is escaped, colours are checked, and the layout uses
 * inline styles only. The only way widgets should make tooltip HTML.
 */
export function tooltipHtml(content: TooltipContent): string {
  const parts: string[] = [];
  if (content.title !== undefined && content.title !== '') {
    parts.push(`<div style="font-weight:600;margin-bottom:4px">${escapeHtml(content.title)}</div>`);
  }
  if (content.rows.length > 0) {
    parts.push(tooltipRows(content.rows));
  }
  if (content.footer !== undefined && content.footer !== '') {
    parts.push(`<div style="margin-top:4px;opacity:0.8">${escapeHtml(content.footer)}</div>`);
  }
  return parts.join('');
}

/** Just the rows of a tooltip as an HTML table (escaped; see {@link tooltipHtml}). */
export function tooltipRows(rows: readonly TooltipRow[]): string {
  const body = rows
    .map((row) => {
      const color = safeCssColor(row.color);
      const swatch = color
        ? `<span style="display:inline-block;width:8px;height:8px;border-radius:50%;margin-right:6px;background:${color}"></span>`
        : '';
      const weight = row.emphasis ? 'font-weight:600;' : '';
      return (
        `<tr><td style="${weight}padding:1px 12px 1px 0;white-space:nowrap">${swatch}${escapeHtml(row.label)}</td>` +
        `<td style="${weight}padding:1px 0;text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap">${escapeHtml(row.value)}</td></tr>`
      );
    })
    .join('');
  return `<table style="border-collapse:collapse;border-spacing:0">${body}</table>`;
}
