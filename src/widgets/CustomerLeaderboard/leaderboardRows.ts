/**
 * The leaderboard's rows from `customer-leaderboard` rows: one per customer with a unique display
 * name (two customers called the same stay two lines), and the exact total over all of them —
 * the one shape the list, the table, the CSV, the headline and the summary read.
 */
import { addDecimals, signOfDecimal } from '../../core/decimal/decimalArithmetic';
import { uniqueLabels } from '../../ui/series/uniqueLabels';

/** A `customer-leaderboard` row as the query returns it. */
export interface CustomerLeaderboardQueryRow {
  customer_id: string;
  customer_name: string;
  signals: bigint;
  ai_cost: string;
  revenue: bigint;
  margin: string;
}

/** One customer (or the total row) of the leaderboard. Costs and margins are exact decimal text of cents. */
export interface LeaderboardRow {
  /** Customer id; `''` on the total row. */
  id: string;
  /** The name shown: unique among the rows; the id when the customer has no name. */
  label: string;
  signals: bigint;
  cost: string;
  revenue: bigint;
  margin: string;
  /** Revenue below AI cost. */
  negative: boolean;
}

/** Display rows in the query's order, names made unique, nameless customers shown by id (or `unnamed`). */
export function leaderboardRows(rows: readonly CustomerLeaderboardQueryRow[], unnamed: string): LeaderboardRow[] {
  const labels = uniqueLabels(rows.map((row) => (row.customer_name.trim() !== '' ? row.customer_name : row.customer_id !== '' ? row.customer_id : unnamed)));
  return rows.map((row, index) => ({
    id: row.customer_id,
    label: labels[index]!,
    signals: row.signals,
    cost: row.ai_cost,
    revenue: row.revenue,
    margin: row.margin,
    negative: signOfDecimal(row.margin) < 0,
  }));
}

/** The exact sum of every row, labelled `label`. */
export function leaderboardTotal(rows: readonly LeaderboardRow[], label: string): LeaderboardRow {
  let signals = 0n;
  let cost = '0';
  let revenue = 0n;
  let margin = '0';
  for (const row of rows) {
    signals += row.signals;
    cost = addDecimals(cost, row.cost);
    revenue += row.revenue;
    margin = addDecimals(margin, row.margin);
  }
  return { id: '', label, signals, cost, revenue, margin, negative: signOfDecimal(margin) < 0 };
}
