/**
 * Typed rows → the one shape a time-series block draws, tabulates and sums: every bucket of the
 * window in order (gaps as empty), one series per name with its exact value per bucket, and the
 * exact totals. Long rows (`series` + `value` fields) and wide rows (`categories` fields) alike.
 */
import type { NumericValue } from '../series/fields';
import { sumValues, zeroLike } from '../series/sumValues';
import { uniqueLabels } from '../series/uniqueLabels';
import { mergeTimeBuckets } from '../time/timeBuckets';

export interface TimeSeriesPivotSeries {
  /** The series' name as in the data (`''` for an unnamed one); keys its colour. */
  name: string;
  /** What the legend, tooltip and table show: unique among the series. */
  label: string;
  /** Drawn last, in the muted colour (everything outside the top N). */
  isOther: boolean;
  /** Exact value per bucket (`null`: no row), aligned with `buckets`. */
  values: (NumericValue | null)[];
  total: NumericValue;
}

export interface TimeSeriesPivot {
  buckets: Date[];
  series: TimeSeriesPivotSeries[];
  /** Exact total per bucket over all series. */
  bucketTotals: NumericValue[];
  total: NumericValue;
}

export interface PivotInput<Row> {
  rows: readonly Row[];
  index: string;
  series?: string;
  value?: string;
  categories?: readonly string[];
  /** Names of the series drawn as "Other". */
  otherNames?: ReadonlySet<string>;
  /** Whether a row belongs to the "Other" series (long rows). */
  isOther?: (row: Row) => boolean;
  /** Every bucket of the window (gaps included); a row outside them adds its bucket. */
  windowBuckets?: readonly Date[];
  /** Label of a series whose name is empty or null. */
  unnamedLabel: string;
  /** Label of the "Other" series (long rows, `isOther`). */
  otherLabel: string;
  /** Label of a series (wide rows: the field name → header). */
  seriesLabel?: (name: string) => string;
  /** Long rows: at most this many series; the smallest (and any "Other") merge into one Other. Default 12. */
  maxSeries?: number;
}

const OTHER_KEY = '\u0000other';

const readNumeric = (value: unknown): NumericValue | null =>
  typeof value === 'bigint' || typeof value === 'number' || typeof value === 'string' ? value : null;

/** Pivots rows; a row without a valid Date in `index` is skipped (nothing can place it). */
export function pivotTimeSeries<Row>(input: PivotInput<Row>): TimeSeriesPivot {
  const read = (row: Row, field: string): unknown => (row as Record<string, unknown>)[field];
  const dated = input.rows.filter((row) => {
    const bucket = read(row, input.index);
    return bucket instanceof Date && !Number.isNaN(bucket.getTime());
  });
  const buckets = mergeTimeBuckets(input.windowBuckets ?? [], dated.map((row) => read(row, input.index) as Date));
  const position = new Map(buckets.map((bucket, index) => [bucket.getTime(), index]));
  const byName = new Map<string, { name: string; isOther: boolean; cells: (NumericValue | null)[][] }>();
  const add = (key: string, name: string, isOther: boolean, at: number, value: NumericValue | null) => {
    let entry = byName.get(key);
    if (!entry) {
      entry = { name, isOther, cells: buckets.map(() => []) };
      byName.set(key, entry);
    }
    entry.cells[at]!.push(value);
  };
  for (const row of dated) {
    const at = position.get((read(row, input.index) as Date).getTime())!;
    if (input.categories) {
      for (const field of input.categories) add(field, field, input.otherNames?.has(field) ?? false, at, readNumeric(read(row, field)));
    } else {
      const other = input.isOther?.(row) ?? false;
      const raw = input.series === undefined ? '' : read(row, input.series);
      const name = typeof raw === 'string' ? raw : raw === null || raw === undefined ? '' : String(raw);
      add(other ? OTHER_KEY : `s:${name}`, other ? '' : name, other || (input.otherNames?.has(name) ?? false), at, readNumeric(read(row, input.value ?? '')));
    }
  }
  const sample = [...byName.values()].flatMap((entry) => entry.cells.flat()).find((value) => value !== null);
  const zero = zeroLike(sample);
  const entries = [...byName.values()].map((entry) => {
    const values = entry.cells.map((cell) => (cell.length === 0 ? null : cell.length === 1 ? cell[0]! : sumValues(cell, zero)));
    return { ...entry, values, total: sumValues(values, zero) };
  });
  // Wide rows keep the fields' order; long rows go largest first, ties by name; Other last.
  if (!input.categories) {
    entries.sort((a, b) => {
      if (a.isOther !== b.isOther) return a.isOther ? 1 : -1;
      const difference = Number(a.total) - Number(b.total);
      if (difference !== 0 && Number.isFinite(difference)) return difference > 0 ? -1 : 1;
      return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
    });
  }
  // Too many names to tell apart (or hostile data): keep the largest, sum the rest into Other.
  const maxSeries = Math.max(2, input.maxSeries ?? 12);
  if (!input.categories && entries.length > maxSeries) {
    const kept = entries.slice(0, maxSeries - 1).filter((entry) => !entry.isOther);
    const merged = entries.filter((entry) => !kept.includes(entry));
    const values = buckets.map((_, at) => {
      const present = merged.map((entry) => entry.values[at]).filter((value): value is NumericValue => value !== null && value !== undefined);
      return present.length === 0 ? null : sumValues(present, zero);
    });
    entries.splice(0, entries.length, ...kept, { name: '', isOther: true, cells: [], values, total: sumValues(values, zero) });
  }
  const labels = uniqueLabels(
    entries.map((entry) =>
      entry.isOther && entry.name === '' ? input.otherLabel : entry.name === '' ? input.unnamedLabel : (input.seriesLabel?.(entry.name) ?? entry.name),
    ),
  );
  const series = entries.map(({ cells: _cells, ...entry }, index) => ({ ...entry, label: labels[index]! }));
  const bucketTotals = buckets.map((_, at) => sumValues(series.map((item) => item.values[at]), zero));
  return { buckets, series, bucketTotals, total: sumValues(bucketTotals, zero) };
}
