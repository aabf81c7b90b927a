/**
 * `cost-per-model` rows → the bars CostPerModel draws: each vendor × model with a display label
 * unique on the axis, the vendors as series, and the exact totals. The one shape the chart, the
 * table, the CSV, the headline and the summary read, so they cannot disagree.
 */
import type { CostPerModelRow } from '../../core/queries/costPerModel';
import { sumDecimalText } from '../shared/sumDecimalText';
import { uniqueLabels } from '../shared/uniqueLabels';

/** One vendor × model, in the query's order (most expensive first). */
export interface CostPerModelBar {
  /** Stable id: `bar-<index>` (model names are data, never ids). */
  id: string;
  /** The axis label: the model, with its vendor when another vendor serves a model of that name. */
  label: string;
  /** The model as shown in the table and tooltip (`unnamedModel` for `''`). */
  modelLabel: string;
  /** The vendor as shown (its legend label). */
  vendorLabel: string;
  /** Index into `vendors`. */
  vendorIndex: number;
  row: CostPerModelRow;
  /** The table's total row (see `costPerModelTotalRow`), not a model. */
  isTotal?: true;
}

/** One vendor: a series of the chart, coloured from the theme's palette in order. */
export interface CostPerModelVendor {
  /** Stable id: `vendor-<index>`. */
  id: string;
  /** The vendor as stored. */
  vendor: string;
  /** Legend text, unique among vendors (`unnamedVendor` for `''`). */
  label: string;
}

export interface CostPerModelBars {
  bars: CostPerModelBar[];
  /** Vendors in alphabetical order (stable colours across windows). */
  vendors: CostPerModelVendor[];
  /** Sum of `cost_amount` over the bars: exact decimal cents. */
  totalCost: string;
  totalCalls: bigint;
  totalInputTokens: bigint;
  totalOutputTokens: bigint;
  // No total of `signals`: one trace can reach several models, so the per-pair counts overlap.
}

/** Lays the rows out as bars; `labels` names the empty vendor and model. */
export function costPerModelBars(rows: readonly CostPerModelRow[], labels: { unnamedModel: string; unnamedVendor: string }): CostPerModelBars {
  // Vendors in alphabetical order, so each keeps its colour when another window reorders the bars.
  const vendorNames = [...new Set(rows.map((row) => row.vendor))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const vendorIndex = new Map(vendorNames.map((vendor, index) => [vendor, index]));
  const vendorLabels = uniqueLabels(vendorNames.map((vendor) => (vendor === '' ? labels.unnamedVendor : vendor)));
  const vendors = vendorNames.map((vendor, index) => ({ id: `vendor-${index}`, vendor, label: vendorLabels[index]! }));

  const vendorsOfModel = new Map<string, Set<string>>();
  for (const row of rows) vendorsOfModel.set(row.model, (vendorsOfModel.get(row.model) ?? new Set()).add(row.vendor));
  const modelLabels = rows.map((row) => (row.model === '' ? labels.unnamedModel : row.model));
  const axisLabels = uniqueLabels(
    rows.map((row, index) => (vendorsOfModel.get(row.model)!.size > 1 ? `${modelLabels[index]} · ${vendors[vendorIndex.get(row.vendor)!]!.label}` : modelLabels[index]!)),
  );
  const bars = rows.map((row, index) => ({
    id: `bar-${index}`,
    label: axisLabels[index]!,
    modelLabel: modelLabels[index]!,
    vendorLabel: vendors[vendorIndex.get(row.vendor)!]!.label,
    vendorIndex: vendorIndex.get(row.vendor)!,
    row,
  }));

  let totalCalls = 0n;
  let totalInputTokens = 0n;
  let totalOutputTokens = 0n;
  for (const row of rows) {
    totalCalls += row.calls;
    totalInputTokens += row.input_tokens;
    totalOutputTokens += row.output_tokens;
  }
  return {
    bars,
    vendors,
    totalCost: sumDecimalText(rows.map((row) => row.cost_amount)),
    totalCalls,
    totalInputTokens,
    totalOutputTokens,
  };
}
