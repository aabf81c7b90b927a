/**
 * Typed rows → a ranked bar list: the `limit` largest items, then one "Other" item summing the
 * rest, and the exact total of every row — so the list's total always equals the headline, however
 * many rows there are (10,000 rows make 10 bars and an Other, not 10,000 bars).
 */
import type { NumericValue } from '../series/fields';
import { plotNumber, sumValues } from '../series/sumValues';
import { uniqueLabels } from '../series/uniqueLabels';

export interface RankedBar<Row> {
  /** The name as in the data (`''` for none); keys the colour. */
  name: string;
  /** Shown text: unique, `unnamed` for an empty name, `other` for the Other item. */
  label: string;
  value: NumericValue;
  /** Share of the largest bar, 0–1 (bar length). */
  share: number;
  isOther: boolean;
  /** The rows behind it (one for a ranked item, the rest for Other). */
  rows: Row[];
}

export interface RankedBars<Row> {
  bars: RankedBar<Row>[];
  /** Exact total of every row. */
  total: NumericValue;
}

export interface RankBarsInput<Row> {
  rows: readonly Row[];
  label: string;
  value: string;
  /** Bars before "Other". Default 10. */
  limit?: number;
  labels: { other: string; unnamed: string };
  /** Keep the rows' order instead of sorting by value (already ranked by the query). */
  keepOrder?: boolean;
}

/** Ranks rows by value (largest first, ties by name); rows of one name add up. */
export function rankBars<Row>(input: RankBarsInput<Row>): RankedBars<Row> {
  const read = (row: Row, field: string) => (row as Record<string, unknown>)[field];
  const groups = new Map<string, { name: string; values: NumericValue[]; rows: Row[] }>();
  for (const row of input.rows) {
    const raw = read(row, input.label);
    const name = typeof raw === 'string' ? raw : raw === null || raw === undefined ? '' : String(raw);
    const value = read(row, input.value);
    let group = groups.get(name);
    if (!group) groups.set(name, (group = { name, values: [], rows: [] }));
    if (typeof value === 'bigint' || typeof value === 'number' || typeof value === 'string') group.values.push(value);
    group.rows.push(row);
  }
  const items = [...groups.values()].map((group) => ({ ...group, value: sumValues(group.values) }));
  if (!input.keepOrder) {
    items.sort((a, b) => {
      const difference = plotNumber(b.value) - plotNumber(a.value);
      return difference !== 0 ? Math.sign(difference) : a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
    });
  }
  const limit = Math.max(1, input.limit ?? 10);
  const shown = items.length > limit + 1 ? items.slice(0, limit) : items;
  const rest = items.slice(shown.length);
  const labels = uniqueLabels(shown.map((item) => (item.name === '' ? input.labels.unnamed : item.name)));
  const entries = shown.map((item, index) => ({ name: item.name, label: labels[index]!, value: item.value, isOther: false, rows: item.rows }));
  if (rest.length > 0) {
    entries.push({ name: '\u0000other', label: input.labels.other, value: sumValues(rest.map((item) => item.value)), isOther: true, rows: rest.flatMap((item) => item.rows) });
  }
  const largest = entries.reduce((top, entry) => Math.max(top, Math.abs(plotNumber(entry.value))), 0);
  return {
    bars: entries.map((entry) => ({ ...entry, share: largest === 0 ? 0 : Math.abs(plotNumber(entry.value)) / largest })),
    total: sumValues(items.map((item) => item.value)),
  };
}
