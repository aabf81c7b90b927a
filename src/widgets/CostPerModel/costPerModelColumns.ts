/**
 * The table view of CostPerModel — one row per vendor × model, in the chart's order — and its
 * CSV: the same rows and columns, with costs as exact major units (`'31.216232699722'` for
 * `'3121.6232699722'` cents, nothing rounded) under a header naming the currency, and counts as
 * plain integers, so a spreadsheet reads them as numbers.
 */
import type { DataTableColumn } from '../../ui/DataTable/types';
import { centsToMajorUnits } from '../../ui/csv/centsToMajorUnits';
import { tableColumnsToCsv } from '../../ui/csv/tableColumnsToCsv';
import { toCsv } from '../../ui/csv/toCsv';
import type { CostPerModelBar, CostPerModelBars } from './costPerModelBars';
import type { CostPerModelFormat } from './costPerModelFormat';
import type { CostPerModelLabels } from './costPerModelLabels';

export interface CostPerModelColumnsInput {
  format: CostPerModelFormat;
  /** ISO 4217 code named in the CSV headers of costs (`Cost (USD)`). */
  currency: string;
  /** Adds the signals and cost-per-signal columns. */
  includeCostPerSignal: boolean;
  labels: Pick<
    CostPerModelLabels,
    'vendor' | 'model' | 'cost' | 'calls' | 'inputTokens' | 'outputTokens' | 'averageLatency' | 'signals' | 'costPerSignal'
  >;
}

/** The rows of the table: the bars, most expensive first. */
export function costPerModelTableRows(bars: CostPerModelBars): CostPerModelBar[] {
  return bars.bars;
}

/**
 * The table's total row, pinned under the models: the exact total cost, calls and tokens (equal to
 * the headline), the call-weighted mean latency; signals are not added (one trace can reach several
 * models), so they show `—`.
 */
export function costPerModelTotalRow(bars: CostPerModelBars, label: string): CostPerModelBar {
  const weighted = bars.bars.reduce((sum, bar) => sum + bar.row.avg_latency_ms * Number(bar.row.calls), 0);
  const calls = Number(bars.totalCalls);
  return {
    id: 'total',
    label,
    modelLabel: '',
    vendorLabel: label,
    vendorIndex: -1,
    isTotal: true,
    row: {
      vendor: '',
      model: '',
      cost_amount: bars.totalCost,
      calls: bars.totalCalls,
      input_tokens: bars.totalInputTokens,
      output_tokens: bars.totalOutputTokens,
      avg_latency_ms: calls === 0 ? 0 : weighted / calls,
      signals: null,
      cost_per_signal: null,
    },
  };
}

/**
 * Vendor, model, cost, calls, input and output tokens, average latency (and signals, cost per
 * signal). Costs sort as exact decimals, counts as exact bigints.
 */
export function costPerModelColumns(input: CostPerModelColumnsInput): DataTableColumn<CostPerModelBar>[] {
  const { format, currency, labels } = input;
  const count = (id: string, header: string, read: (bar: CostPerModelBar) => bigint, write: (value: bigint) => string): DataTableColumn<CostPerModelBar> => ({
    id,
    header,
    value: read,
    format: (value) => write(value as bigint),
    align: 'end',
    sortDescFirst: true,
    csv: { header, value: read },
  });
  const columns: DataTableColumn<CostPerModelBar>[] = [
    { id: 'vendor', header: labels.vendor, value: (bar) => bar.vendorLabel, csv: { value: (bar) => (bar.isTotal ? bar.vendorLabel : bar.row.vendor) } },
    { id: 'model', header: labels.model, value: (bar) => bar.modelLabel, csv: { value: (bar) => bar.row.model } },
    {
      id: 'cost',
      header: labels.cost,
      value: (bar) => bar.row.cost_amount,
      format: (value) => format.cost(value as string),
      align: 'end',
      sortDescFirst: true,
      csv: { header: `${labels.cost} (${currency})`, value: (bar) => centsToMajorUnits(bar.row.cost_amount) },
    },
    count('calls', labels.calls, (bar) => bar.row.calls, format.count),
    count('inputTokens', labels.inputTokens, (bar) => bar.row.input_tokens, format.tokens),
    count('outputTokens', labels.outputTokens, (bar) => bar.row.output_tokens, format.tokens),
    {
      id: 'averageLatency',
      header: labels.averageLatency,
      value: (bar) => bar.row.avg_latency_ms,
      format: (value) => format.latency(value as number),
      align: 'end',
      sortDescFirst: true,
      // A tenth of a millisecond is all a mean latency means (not 13 float decimals).
      csv: { header: `${labels.averageLatency} (ms)`, value: (bar) => Math.round(bar.row.avg_latency_ms * 10) / 10 },
    },
  ];
  if (input.includeCostPerSignal) {
    columns.push({
      id: 'signals',
      header: labels.signals,
      value: (bar) => bar.row.signals,
      format: (value) => (value === null ? '—' : format.count(value as bigint)),
      align: 'end',
      sortDescFirst: true,
      csv: { header: labels.signals, value: (bar) => bar.row.signals },
    });
    columns.push({
      id: 'costPerSignal',
      header: labels.costPerSignal,
      value: (bar) => bar.row.cost_per_signal,
      format: (value) => (value === null ? '—' : format.cost(value as string)),
      align: 'end',
      sortDescFirst: true,
      csv: {
        header: `${labels.costPerSignal} (${currency})`,
        value: (bar) => (bar.row.cost_per_signal === null ? null : centsToMajorUnits(bar.row.cost_per_signal)),
      },
    });
  }
  return columns;
}

/** The CSV of exactly the table: its columns, its rows, in data order. */
export function costPerModelCsv(columns: readonly DataTableColumn<CostPerModelBar>[], rows: readonly CostPerModelBar[]): string {
  return toCsv(tableColumnsToCsv(columns), rows);
}
