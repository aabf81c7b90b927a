/**
 * The table view of UsageTrends — one row per bucket (gaps included, as on the chart), one
 * column per series and the bucket's total — and its CSV: the same rows and columns, counts as
 * exact integers without grouping separators so a spreadsheet reads them as numbers.
 */
import type { Formatters } from '../../core/format/createFormatters';
import type { Granularity } from '../../core/queries/timeBucket';
import type { DataTableColumn } from '../../ui/DataTable/types';
import { tableColumnsToCsv } from '../../ui/csv/tableColumnsToCsv';
import { toCsv } from '../../ui/csv/toCsv';
import { fullBucketLabel } from '../shared/bucketLabels';
import type { UsageTrendsPivot } from './pivotUsageTrends';

/** One table row: a bucket and its signals per series (aligned with `pivot.series`). */
export interface UsageTrendsTableRow {
  bucket: Date;
  values: readonly bigint[];
  total: bigint;
}

export interface UsageTrendsColumnsInput {
  pivot: UsageTrendsPivot;
  granularity: Granularity;
  formatters: Formatters;
  formatValue: (value: bigint) => string;
  labels: { period: string; bucketTotal: string };
}

/** The rows of the table: every bucket in order. */
export function usageTrendsTableRows(pivot: UsageTrendsPivot): UsageTrendsTableRow[] {
  return pivot.buckets.map((bucket, index) => ({
    bucket,
    values: pivot.series.map((series) => series.values[index]!),
    total: pivot.bucketTotals[index]!,
  }));
}

/** Period, one column per series (in the chart's order), total. Counts sort exactly as bigints. */
export function usageTrendsColumns(input: UsageTrendsColumnsInput): DataTableColumn<UsageTrendsTableRow>[] {
  const { pivot, granularity, formatters, formatValue, labels } = input;
  const count = (header: string, id: string, read: (row: UsageTrendsTableRow) => bigint): DataTableColumn<UsageTrendsTableRow> => ({
    id,
    header,
    value: read,
    format: (value) => formatValue(value as bigint),
    align: 'end',
    sortDescFirst: true,
    csv: { header, value: read },
  });
  return [
    {
      id: 'period',
      header: labels.period,
      value: (row) => row.bucket,
      format: (value) => fullBucketLabel(value as Date, granularity, formatters),
    },
    ...pivot.series.map((series, index) => count(series.label, `series-${index}`, (row) => row.values[index]!)),
    count(labels.bucketTotal, 'total', (row) => row.total),
  ];
}

/** The CSV of exactly the table: its columns, its rows, in data order. */
export function usageTrendsCsv(columns: readonly DataTableColumn<UsageTrendsTableRow>[], rows: readonly UsageTrendsTableRow[]): string {
  return toCsv(tableColumnsToCsv(columns), rows);
}
