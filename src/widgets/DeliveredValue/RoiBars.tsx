'use client';
import { useId, type CSSProperties } from 'react';
import { themeVar } from '../../theme/themeToCssVariables';
import { signOfDecimal as signOf } from '../../core/decimal/decimalArithmetic';
import { plotNumber } from '../../ui/series/sumValues';
import { visuallyHiddenStyle } from '../../ui/visuallyHidden/visuallyHiddenStyle';
import type { ValueFormat } from './deliveredValueColumns';
import type { ValueCustomerRow } from './valueRows';

export interface RoiBarsProps {
  /** Customers shown (the last may be the Other row), highest return first. */
  rows: readonly ValueCustomerRow[];
  total: ValueCustomerRow;
  format: ValueFormat;
  caption: string;
  summary: string;
  labels: { value: string; cost: string; total: string };
}

/**
 * Value against AI cost per customer: the name and the return as a multiple, then two bars on one
 * scale (value solid, cost outlined, so they differ without colour), then both amounts in words. HTML (an ordered list), readable by screen readers.
 */
export function RoiBars({ rows, total, format, caption, summary, labels }: RoiBarsProps) {
  const summaryId = useId();
  const named = rows.filter((row) => row.id !== '');
  const largest = (named.length > 0 ? named : rows).reduce((top, row) => Math.max(top, plotNumber(row.value), plotNumber(row.cost)), 0);
  const width = (value: bigint | string) => `${largest === 0 ? 0 : Math.min(100, (Math.max(0, plotNumber(value)) / largest) * 100)}%`;
  const bar: CSSProperties = { height: 6, borderRadius: themeVar.radius };
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: themeVar.space1, fontSize: '0.9em' }} data-paw-roi-bars="">
      <p id={summaryId} style={visuallyHiddenStyle}>
        {summary}
      </p>
      <ol aria-label={caption} aria-describedby={summaryId} style={{ listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: themeVar.space2 }}>
        {rows.map((row, index) => (
          <li key={`${row.id}\u0000${index}`} style={{ display: 'flex', flexDirection: 'column', gap: 2 }} data-paw-roi={row.id === '' ? 'other' : ''}>
            <span style={{ display: 'flex', justifyContent: 'space-between', gap: themeVar.space2, minWidth: 0 }}>
              <span title={row.label} style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', color: row.id === '' ? themeVar.muted : themeVar.text }}>
                {row.label}
              </span>
              <strong data-paw-roi-value="" style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap', color: themeVar.text }}>
                {format.roi(row.roi)}
              </strong>
            </span>
            <span aria-hidden="true" style={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
              <span style={{ ...bar, width: width(row.value), background: themeVar.positive }} />
              <span style={{ ...bar, width: width(row.cost), minWidth: signOf(row.cost) > 0 ? 3 : 0, border: `1px solid ${themeVar.muted}`, boxSizing: 'border-box' }} />
            </span>
            <span style={{ fontSize: '0.85em', color: themeVar.muted, fontVariantNumeric: 'tabular-nums' }}>
              {labels.value} {format.amount(row.value)} · {labels.cost} {format.amount(row.cost)}
            </span>
          </li>
        ))}
      </ol>
      <div style={{ display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', gap: themeVar.space2, borderTop: `1px solid ${themeVar.border}`, paddingTop: themeVar.space1, fontWeight: 600 }} data-paw-roi-total="">
        <span>{labels.total}</span>
        <span style={{ fontVariantNumeric: 'tabular-nums' }}>
          {format.roi(total.roi)} · {labels.value} {format.amount(total.value)} · {labels.cost} {format.amount(total.cost)}
        </span>
      </div>
    </div>
  );
}
