/**
 * Margin's rows from `margin` rows: display names made unique (nameless ones shown by id), the
 * margin rate, and the exact total — the one shape the bars, table, CSV, headline and summary read.
 */
import { addDecimals, divideDecimals, signOfDecimal } from '../../core/decimal/decimalArithmetic';
import { uniqueLabels } from '../../ui/series/uniqueLabels';

/** A `margin` row as the query returns it. */
export interface MarginQueryRow {
  key: string;
  label: string;
  revenue: bigint;
  ai_cost: string;
  margin: string;
  is_negative: boolean;
}

/** One customer or product (or the Other / Total row). Cost and margin are exact decimal text of cents. */
export interface MarginRow {
  /** Customer or product id; `''` on Other and Total rows. */
  id: string;
  label: string;
  revenue: bigint;
  cost: string;
  margin: string;
  /** Margin below zero: revenue did not cover AI cost. */
  negative: boolean;
  /** `margin / revenue` (4 decimals, exact text), `null` without revenue. */
  rate: string | null;
}

function rateOf(margin: string, revenue: bigint): string | null {
  return revenue === 0n ? null : divideDecimals(margin, revenue, 4);
}

/** Display rows in the query's order (lowest margin first). */
export function marginRows(rows: readonly MarginQueryRow[], unnamed: string): MarginRow[] {
  const labels = uniqueLabels(rows.map((row) => (row.label.trim() !== '' ? row.label : row.key !== '' ? row.key : unnamed)));
  return rows.map((row, index) => ({
    id: row.key,
    label: labels[index]!,
    revenue: row.revenue,
    cost: row.ai_cost,
    margin: row.margin,
    negative: signOfDecimal(row.margin) < 0,
    rate: rateOf(row.margin, row.revenue),
  }));
}

/** The exact sum of `rows`, labelled `label`. */
export function sumMarginRows(rows: readonly MarginRow[], label: string): MarginRow {
  let revenue = 0n;
  let cost = '0';
  let margin = '0';
  for (const row of rows) {
    revenue += row.revenue;
    cost = addDecimals(cost, row.cost);
    margin = addDecimals(margin, row.margin);
  }
  return { id: '', label, revenue, cost, margin, negative: signOfDecimal(margin) < 0, rate: rateOf(margin, revenue) };
}

/** The first `limit` rows, then one Other row for the rest (only when there are at least two of them). */
export function marginShown(rows: readonly MarginRow[], limit: number, otherLabel: string): MarginRow[] {
  if (rows.length <= limit + 1) return [...rows];
  return [...rows.slice(0, limit), sumMarginRows(rows.slice(limit), otherLabel)];
}
