/**
 * BilledUsage's rows → the table (one row per signal and the total, equal to the headline) and its
 * CSV: counts as exact integers, amounts as exact major units with the currency in the header.
 */
import type { BillingPeriodUsageRow } from '../../core/queries/billingPeriodUsage';
import type { Formatters } from '../../core/format/createFormatters';
import { centsToMajorUnits } from '../../ui/csv/centsToMajorUnits';
import type { DataTableColumn } from '../../ui/DataTable/types';
import type { BilledUsageLabels } from './billedUsageLabels';

export interface BilledUsageTableRow {
  label: string;
  used: bigint;
  included: bigint;
  /** used ÷ included (display only); `null` without an allowance. */
  usedShare: number | null;
  overage: bigint;
  overageAmount: bigint;
  projected: bigint;
  projectedOverage: bigint;
  projectedAmount: bigint;
  isTotal: boolean;
}

const COUNTS = ['used', 'included', 'overage', 'projected', 'projectedOverage'] as const;
const AMOUNTS = ['overageAmount', 'projectedAmount'] as const;

/** One row per signal (the query's order: largest projected overage first) and the exact total. */
export function billedUsageTable(rows: readonly BillingPeriodUsageRow[], labels: Pick<BilledUsageLabels, 'total' | 'unnamedSignal'>): { rows: BilledUsageTableRow[]; total: BilledUsageTableRow } {
  const share = (used: bigint, included: bigint) => (included === 0n ? null : Number(used) / Number(included));
  const tableRows = rows.map((row): BilledUsageTableRow => ({
    label: row.signal_name === '' ? labels.unnamedSignal : row.signal_name,
    used: row.used,
    included: row.included,
    usedShare: share(row.used, row.included),
    overage: row.overage,
    overageAmount: row.overage_amount,
    projected: row.projected_used,
    projectedOverage: row.projected_overage,
    projectedAmount: row.projected_amount,
    isTotal: false,
  }));
  const sum = (field: (typeof COUNTS)[number] | (typeof AMOUNTS)[number]) => tableRows.reduce((total, row) => total + row[field], 0n);
  const used = sum('used');
  const included = sum('included');
  return {
    rows: tableRows,
    total: {
      label: labels.total,
      used,
      included,
      usedShare: share(used, included),
      overage: sum('overage'),
      overageAmount: sum('overageAmount'),
      projected: sum('projected'),
      projectedOverage: sum('projectedOverage'),
      projectedAmount: sum('projectedAmount'),
      isTotal: true,
    },
  };
}

export interface BilledUsageColumnsInput {
  currency: string;
  formatAmount: (cents: bigint) => string;
  formatters: Formatters;
  labels: BilledUsageLabels;
}

/** Signal, used, included, used %, over allowance, overage, projected use, projected over, projected overage. */
export function billedUsageColumns({ currency, formatAmount, formatters, labels }: BilledUsageColumnsInput): DataTableColumn<BilledUsageTableRow>[] {
  const count = (id: (typeof COUNTS)[number], header: string): DataTableColumn<BilledUsageTableRow> => ({
    id,
    header,
    value: (row) => row[id],
    format: (value) => formatters.count(value as bigint),
    align: 'end',
    sortDescFirst: true,
    csv: { header, value: (row) => row[id] },
  });
  const amount = (id: (typeof AMOUNTS)[number], header: string): DataTableColumn<BilledUsageTableRow> => ({
    id,
    header,
    value: (row) => row[id],
    format: (value) => formatAmount(value as bigint),
    align: 'end',
    sortDescFirst: true,
    csv: { header: `${header} (${currency})`, value: (row) => centsToMajorUnits(row[id]) },
  });
  return [
    { id: 'signal', header: labels.signal, value: (row) => row.label, csv: { header: labels.signal, value: (row) => row.label } },
    count('used', labels.used),
    count('included', labels.included),
    {
      id: 'usedShare',
      header: labels.usedShare,
      value: (row) => row.usedShare,
      format: (value) => (value === null ? '—' : formatters.percent(value as number, { maximumFractionDigits: 0 })),
      align: 'end',
      sortDescFirst: true,
      csv: false,
    },
    count('overage', labels.overage),
    amount('overageAmount', labels.overageAmount),
    count('projected', labels.projected),
    count('projectedOverage', labels.projectedOverage),
    amount('projectedAmount', labels.projectedAmount),
  ];
}
