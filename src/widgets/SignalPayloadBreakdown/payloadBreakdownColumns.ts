/**
 * The table (and CSV) of SignalPayloadBreakdown: value, signals (exact) and share of the total.
 * The CSV gets the raw value text (empty for "no value"), exact counts, and shares as ratios.
 */
import type { DataTableColumn } from '../../ui/DataTable/types';
import type { PayloadBreakdownRow } from './payloadBreakdownRows';
import type { SignalPayloadBreakdownLabels } from './signalPayloadBreakdownLabels';

interface ColumnOptions {
  labels: SignalPayloadBreakdownLabels;
  total: bigint;
  formatCount: (value: bigint) => string;
  formatShare: (ratio: number) => string;
}

/** The shown text of a row's value. */
export function payloadValueLabel(row: PayloadBreakdownRow, labels: Pick<SignalPayloadBreakdownLabels, 'otherValues' | 'noValue' | 'totalRow'>): string {
  if (row.kind === 'other') return labels.otherValues;
  if (row.kind === 'total') return labels.totalRow;
  return row.value === '' ? labels.noValue : row.value;
}

/** `signals / total` (0 for an empty total): for the share column only, never for a count shown. */
export function shareOf(signals: bigint, total: bigint): number {
  return total === 0n ? 0 : Number((signals * 1_000_000n) / total) / 1_000_000;
}

export function payloadBreakdownColumns({ labels, total, formatCount, formatShare }: ColumnOptions): DataTableColumn<PayloadBreakdownRow>[] {
  return [
    {
      id: 'value',
      header: labels.value,
      value: (row) => payloadValueLabel(row, labels),
      csv: { value: (row) => (row.kind === 'value' ? row.value : payloadValueLabel(row, labels)) },
    },
    {
      id: 'signals',
      header: labels.signals,
      value: (row) => row.signals,
      format: (value) => formatCount(value as bigint),
      align: 'end',
      sortDescFirst: true,
      csv: { value: (row) => row.signals },
    },
    {
      id: 'share',
      header: labels.share,
      value: (row) => shareOf(row.signals, total),
      format: (value) => formatShare(value as number),
      align: 'end',
      sortDescFirst: true,
      csv: { value: (row) => shareOf(row.signals, total) },
    },
  ];
}
