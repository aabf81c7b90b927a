/**
 * The table (and CSV) of AnalyticsKpis: one row per figure — its name, this period, the previous
 * period and the change. Cells show the formatted exact values; the CSV gets the raw exact
 * values (money in major units) with the unit in its own column.
 */
import { centsToMajorUnits } from '../../ui/csv/centsToMajorUnits';
import type { DataTableColumn } from '../../ui/DataTable/types';
import type { AnalyticsKpiValue } from './analyticsKpiValues';
import type { AnalyticsKpisLabels } from './analyticsKpisLabels';
import { kpiChange, kpiChangeRatio } from './kpiChange';

interface ColumnOptions {
  labels: AnalyticsKpisLabels;
  nameOf: (value: AnalyticsKpiValue) => string;
  format: (value: AnalyticsKpiValue, text: string) => string;
  locale: string | undefined;
}

/** The exact value for CSV: money in major units, counts and credits as they are. */
function csvValue(value: AnalyticsKpiValue, text: string | null): string {
  if (text === null) return '';
  return value.kind === 'cents' ? centsToMajorUnits(text) : text;
}

export function analyticsKpiColumns({ labels, nameOf, format, locale }: ColumnOptions): DataTableColumn<AnalyticsKpiValue>[] {
  return [
    { id: 'figure', header: labels.figure, value: (row) => nameOf(row), sortable: false },
    {
      id: 'current',
      header: labels.current,
      value: (row) => row.current,
      format: (_, row) => (row.current === null ? labels.notAvailable : format(row, row.current)),
      align: 'end',
      sortable: false,
      csv: { value: (row) => csvValue(row, row.current) },
    },
    {
      id: 'previous',
      header: labels.previous,
      value: (row) => row.previous,
      format: (_, row) => (row.previous === null ? labels.notAvailable : format(row, row.previous)),
      align: 'end',
      sortable: false,
      csv: { value: (row) => csvValue(row, row.previous) },
    },
    {
      id: 'change',
      header: labels.change,
      value: (row) => kpiChangeRatio(row.current, row.previous),
      format: (_, row) => kpiChange(row, { locale, context: '' })?.text ?? labels.notAvailable,
      align: 'end',
      sortable: false,
      csv: { value: (row) => kpiChangeRatio(row.current, row.previous) ?? '' },
    },
    {
      id: 'unit',
      header: labels.unit,
      // Money: the ISO code; credits: the credits currency's name (its id when it has none).
      value: (row) => (row.kind === 'count' ? '' : row.kind === 'credits' ? row.unitLabel || row.unit : row.unit),
      sortable: false,
      csv: { value: (row) => (row.kind === 'count' ? '' : row.unit) },
    },
  ];
}
