/**
 * The table view of CreditBurn — one row per bucket (quiet buckets included, as on the chart):
 * granted, spent, pending and the balance at the bucket's end — and its CSV, the same rows and
 * columns with credits as exact plain decimals (`1250.5`).
 */
import type { Formatters } from '../../core/format/createFormatters';
import type { CreditBurnGranularity } from '../../core/queries/creditBurn';
import type { DataTableColumn } from '../../ui/DataTable/types';
import { tableColumnsToCsv } from '../../ui/csv/tableColumnsToCsv';
import { toCsv } from '../../ui/csv/toCsv';
import { fullBucketLabel } from '../shared/bucketLabels';
import type { CreditBurnLabels } from './creditBurnLabels';
import type { CreditBurnPoint } from './fillCreditBurnGaps';

export interface CreditBurnColumnsInput {
  granularity: CreditBurnGranularity;
  formatters: Formatters;
  formatValue: (value: string) => string;
  labels: Pick<CreditBurnLabels, 'period' | 'granted' | 'spent' | 'pending' | 'balance'>;
  /** The period's text (e.g. a partial period's real dates); default the bucket's full label. */
  periodLabel?: (point: CreditBurnPoint) => string;
}

/** Period, granted, spent, pending, balance. Credits sort exactly as decimal text. */
export function creditBurnColumns({ granularity, formatters, formatValue, labels, periodLabel }: CreditBurnColumnsInput): DataTableColumn<CreditBurnPoint>[] {
  const credits = (id: 'granted' | 'spent' | 'pending' | 'balance'): DataTableColumn<CreditBurnPoint> => ({
    id,
    header: labels[id],
    value: (point) => point[id],
    format: (value) => formatValue(value as string),
    align: 'end',
    sortDescFirst: true,
    csv: { header: labels[id], value: (point) => point[id] },
  });
  return [
    {
      id: 'period',
      header: labels.period,
      value: (point) => point.bucket,
      format: (value, point) => (periodLabel ? periodLabel(point) : fullBucketLabel(value as Date, granularity, formatters)),
    },
    credits('granted'),
    credits('spent'),
    credits('pending'),
    credits('balance'),
  ];
}

/** The CSV of exactly the table: its columns, its rows, in data order. */
export function creditBurnCsv(columns: readonly DataTableColumn<CreditBurnPoint>[], points: readonly CreditBurnPoint[]): string {
  return toCsv(tableColumnsToCsv(columns), points);
}
