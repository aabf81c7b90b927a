'use client';
import { useMemo } from 'react';
import { createFormatters, type Formatters } from '../../core/format/createFormatters';
import { dateTimeFormat } from '../../core/format/numberFormatCache';
import type { Granularity } from '../../core/queries/timeBucket';
import { useAnalyticsContext } from '../../react/useAnalyticsContext';
import type { DataTableColumn } from '../DataTable/types';
import type { FieldOf, NumericValue } from '../series/fields';
import { seriesColors } from '../series/seriesColors';
import { bucketSpanLabel, bucketSpans, type BucketSpan } from '../time/bucketSpans';
import { listTimeBuckets } from '../time/timeBuckets';
import { pivotTimeSeries, type TimeSeriesPivot } from './pivotTimeSeries';

/** The texts of a time-series block (translation). */
export interface TimeSeriesLabels {
  /** The total row / tooltip line. Default `'Total'`. */
  total: string;
  /** The period column. Default `'Period'`. */
  period: string;
  /** A series whose name is empty or null. Default `'(unnamed)'`. */
  unnamed: string;
  /** The series of everything outside the top N. Default `'Other'`. */
  other: string;
  /** Under a partial period's tooltip. Default `'Partial period: only part of it is inside the range'`. */
  partial: string;
}

export const DEFAULT_TIME_SERIES_LABELS: Readonly<TimeSeriesLabels> = Object.freeze({
  total: 'Total',
  period: 'Period',
  unnamed: '(unnamed)',
  other: 'Other',
  partial: 'Partial period: only part of it is inside the range',
});

/** What the time-series data props are: typed rows and the names of their fields. */
export interface TimeSeriesDataProps<Row> {
  rows: readonly Row[];
  /** The field holding each row's bucket start (a `Date`). */
  index: FieldOf<Row, Date>;
  /** Long rows: the field naming each row's series (one series without it). */
  series?: FieldOf<Row, string | null | undefined> | undefined;
  /** Long rows: the field holding the value. */
  value?: FieldOf<Row, NumericValue | null | undefined> | undefined;
  /** Wide rows: one series per field (instead of `series` + `value`). */
  categories?: readonly FieldOf<Row, NumericValue | null | undefined>[] | undefined;
  /** Long rows: whether a row is the "Other" series (muted, last). */
  isOther?: ((row: Row) => boolean) | undefined;
  /** Bucket size of the rows. */
  granularity: Granularity;
  /** The window the rows cover: fills empty buckets and marks partial first / last periods. */
  window?: { from: Date; to: Date } | undefined;
  /** Zone of the buckets and labels. Default: the provider's. */
  timeZone?: string | undefined;
  /** Formats an exact value (tooltip, table, summary). Default: the provider's `formatCount`. */
  valueFormatter?: ((value: NumericValue) => string) | undefined;
  /** Header / legend text of a series (wide rows: field → text). */
  seriesLabel?: ((name: string) => string) | undefined;
  /** Fixed colours per series name (they win over the stable hashed ones). */
  colors?: Readonly<Record<string, string>> | undefined;
  /** Long rows: at most this many series; the rest are summed into Other. Default 12. */
  maxSeries?: number | undefined;
  /** Raw value in the CSV (default: the exact value as is). */
  csvValue?: ((value: NumericValue) => string | bigint | number) | undefined;
  labels?: Partial<TimeSeriesLabels> | undefined;
}

/** One row of the table view: a bucket, its exact values per series and its total. */
export interface TimeSeriesTableRow {
  bucket: Date | null;
  label: string;
  /** The period's first day as `YYYY-MM-DD` (or ISO instant for hours) for the CSV. */
  isoLabel: string;
  values: readonly (NumericValue | null)[];
  total: NumericValue;
  partial: boolean;
}

/** Everything a time-series block draws, computed once for chart, table, CSV and summary. */
export interface TimeSeriesModel {
  pivot: TimeSeriesPivot;
  spans: BucketSpan[];
  axisLabels: string[];
  tooltipLabels: string[];
  partial: boolean[];
  colors: Map<string, string>;
  formatters: Formatters;
  formatValue: (value: NumericValue) => string;
  labels: TimeSeriesLabels;
  /** The table view: period, one column per series, total; the total row as footer. */
  table: { columns: DataTableColumn<TimeSeriesTableRow>[]; rows: TimeSeriesTableRow[]; footerRows: TimeSeriesTableRow[] };
}

function isoDay(date: Date, timeZone: string, granularity: Granularity): string {
  if (granularity === 'hour') return date.toISOString();
  return dateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone }).format(date);
}

/**
 * The model behind `TimeSeriesChart` (and the table and CSV of a card that shows the same rows):
 * the pivot, partial periods with their real dates, stable colours, formatters and table.
 * `palette` and `otherColor` come from the theme.
 */
export function useTimeSeries<Row>(props: TimeSeriesDataProps<Row>, palette: readonly string[], otherColor: string): TimeSeriesModel {
  const context = useAnalyticsContext();
  const timeZone = props.timeZone ?? context.timeZone;
  const formatters = useMemo(
    () => (timeZone === context.formatters.timeZone ? context.formatters : createFormatters({ locale: context.locale, currency: context.currency, timeZone })),
    [timeZone, context.formatters, context.locale, context.currency],
  );
  const labels: TimeSeriesLabels = { ...DEFAULT_TIME_SERIES_LABELS, ...props.labels };
  const { rows, index, series, value, categories, isOther, granularity, window, valueFormatter, seriesLabel, colors: fixed, csvValue, maxSeries } = props;
  const from = window?.from.getTime();
  const to = window?.to.getTime();
  const labelsKey = JSON.stringify(labels);
  const categoriesKey = categories?.join('\u0000');

  return useMemo(() => {
    const bounds = from === undefined || to === undefined ? undefined : { from: new Date(from), to: new Date(to) };
    const windowBuckets = bounds ? listTimeBuckets({ ...bounds, granularity, timeZone }) : [];
    const pivot = pivotTimeSeries({
      rows,
      index,
      ...(series === undefined ? {} : { series }),
      ...(value === undefined ? {} : { value }),
      ...(categories === undefined ? {} : { categories }),
      ...(isOther === undefined ? {} : { isOther }),
      windowBuckets,
      unnamedLabel: labels.unnamed,
      otherLabel: labels.other,
      ...(seriesLabel === undefined ? {} : { seriesLabel }),
      ...(maxSeries === undefined ? {} : { maxSeries }),
    });
    const spans = bucketSpans(pivot.buckets, granularity, timeZone, bounds);
    const formatValue = valueFormatter ?? ((raw: NumericValue) => formatters.count(raw));
    const otherNames = pivot.series.filter((item) => item.isOther).map((item) => item.name);
    const colors = seriesColors(
      pivot.series.map((item) => item.name),
      palette,
      { other: otherNames, otherColor, ...(fixed ? { fixed } : {}) },
    );
    const axisLabels = spans.map((span) => bucketSpanLabel(span, granularity, formatters, false));
    const tooltipLabels = spans.map((span) => bucketSpanLabel(span, granularity, formatters, true));
    const partial = spans.map((span) => span.partial);
    const tableRows: TimeSeriesTableRow[] = pivot.buckets.map((bucket, at) => ({
      bucket,
      label: tooltipLabels[at]!,
      isoLabel: isoDay(spans[at]!.from, timeZone, granularity),
      values: pivot.series.map((item) => item.values[at] ?? null),
      total: pivot.bucketTotals[at]!,
      partial: partial[at]!,
    }));
    const totalRow: TimeSeriesTableRow = {
      bucket: null,
      label: labels.total,
      isoLabel: labels.total,
      values: pivot.series.map((item) => item.total),
      total: pivot.total,
      partial: false,
    };
    const raw = csvValue ?? ((cell: NumericValue) => cell);
    const numberColumn = (id: string, header: string, read: (row: TimeSeriesTableRow) => NumericValue | null): DataTableColumn<TimeSeriesTableRow> => ({
      id,
      header,
      value: read,
      format: (cell) => formatValue((cell as NumericValue | null) ?? 0),
      align: 'end',
      sortDescFirst: true,
      csv: { header, value: (row) => raw(read(row) ?? 0) },
    });
    const columns: DataTableColumn<TimeSeriesTableRow>[] = [
      { id: 'period', header: labels.period, value: (row) => row.bucket, format: (_cell, row) => row.label, csv: { header: labels.period, value: (row) => row.isoLabel } },
      ...pivot.series.map((item, at) => numberColumn(`series-${at}`, item.label, (row) => row.values[at] ?? null)),
      ...(pivot.series.length > 1 ? [numberColumn('total', labels.total, (row) => row.total)] : []),
    ];
    return { pivot, spans, axisLabels, tooltipLabels, partial, colors, formatters, formatValue, labels, table: { columns, rows: tableRows, footerRows: [totalRow] } };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on contents
  }, [rows, index, series, value, categoriesKey, isOther, granularity, from, to, timeZone, valueFormatter, seriesLabel, fixed, csvValue, maxSeries, formatters, palette, otherColor, labelsKey]);
}
