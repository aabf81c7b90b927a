/**
 * DeliveredValue's rows: value types with their display names, customers with value, AI cost,
 * exact return (value ÷ cost) and net (value − cost), and the exact totals — the one shape the
 * lists, tables, CSVs, headline and summary read.
 */
import { addDecimals, divideDecimals, signOfDecimal, subtractDecimals } from '../../core/decimal/decimalArithmetic';
import { uniqueLabels } from '../../ui/series/uniqueLabels';

/** A `value-by-type` row. */
export interface ValueByTypeQueryRow {
  value_type: string;
  value: bigint;
  signals: bigint;
  customers: bigint;
}

/** A `value-roi` row. */
export interface ValueRoiQueryRow {
  customer_id: string;
  customer_name: string;
  value: bigint;
  ai_cost: string;
}

export interface ValueTypeRow {
  /** The raw type (`time_saved`); `''` on Other / Total rows. */
  type: string;
  label: string;
  value: bigint;
  signals: bigint;
}

export interface ValueCustomerRow {
  /** Customer id; `''` on Other / Total rows. */
  id: string;
  label: string;
  value: bigint;
  /** Exact decimal text of cents. */
  cost: string;
  /** `value / cost` to 4 decimals (exact text), `null` without AI cost. */
  roi: string | null;
  /** `value − cost`, exact decimal text of cents. */
  net: string;
}

/** Types with their display names (`names`, else the raw type), in the query's order (largest first). */
export function valueTypeRows(rows: readonly ValueByTypeQueryRow[], names: Readonly<Record<string, string>>, unnamed: string): ValueTypeRow[] {
  const labels = uniqueLabels(rows.map((row) => (Object.hasOwn(names, row.value_type) ? names[row.value_type]! : row.value_type.trim() !== '' ? row.value_type : unnamed)));
  return rows.map((row, index) => ({ type: row.value_type, label: labels[index]!, value: row.value, signals: row.signals }));
}

/** The sum of type rows. */
export function sumValueTypes(rows: readonly ValueTypeRow[], label: string): ValueTypeRow {
  return { type: '', label, value: rows.reduce((sum, row) => sum + row.value, 0n), signals: rows.reduce((sum, row) => sum + row.signals, 0n) };
}

function customerRow(id: string, label: string, value: bigint, cost: string): ValueCustomerRow {
  return { id, label, value, cost, roi: signOfDecimal(cost) === 0 ? null : divideDecimals(value, cost, 4), net: subtractDecimals(value, cost) };
}

/** Customers in the query's order (highest return first), names unique, nameless ones by id. */
export function valueCustomerRows(rows: readonly ValueRoiQueryRow[], unnamed: string): ValueCustomerRow[] {
  const labels = uniqueLabels(rows.map((row) => (row.customer_name.trim() !== '' ? row.customer_name : row.customer_id !== '' ? row.customer_id : unnamed)));
  return rows.map((row, index) => customerRow(row.customer_id, labels[index]!, row.value, row.ai_cost));
}

/** The sum of customer rows, its return computed from the sums (never an average of returns). */
export function sumValueCustomers(rows: readonly ValueCustomerRow[], label: string): ValueCustomerRow {
  let value = 0n;
  let cost = '0';
  for (const row of rows) {
    value += row.value;
    cost = addDecimals(cost, row.cost);
  }
  return customerRow('', label, value, cost);
}

/** The first `limit` rows, then one Other row for the rest (only when there are at least two of them). */
export function shownWithOther<Row>(rows: readonly Row[], limit: number, other: (rest: readonly Row[]) => Row): Row[] {
  if (rows.length <= limit + 1) return [...rows];
  return [...rows.slice(0, limit), other(rows.slice(limit))];
}
