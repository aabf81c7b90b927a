'use client';
import { controlStyles } from '../controlStyles/controlStyles';
import { downloadCsv } from '../csv/downloadCsv';
import { toCsv, type CsvColumn } from '../csv/toCsv';

export interface ExportCsvButtonProps<Row> {
  /** Use `tableColumnsToCsv(tableColumns)` to export exactly what the table shows. */
  columns: readonly CsvColumn<Row>[];
  /** The rows shown (all of them, not only the current page). */
  rows: readonly Row[];
  /** e.g. `'usage-trends-2026-11-01-2026-11-30.csv'`. */
  filename: string;
  /** Default `'Export CSV'`. */
  label?: string;
  disabled?: boolean;
  /** Replaces the download (tests, or hosts that handle the file themselves). */
  onExport?: (csv: string, filename: string) => void;
}

/** A button that builds the CSV on click (not on render) and downloads it. */
export function ExportCsvButton<Row>({ columns, rows, filename, label = 'Export CSV', disabled, onExport }: ExportCsvButtonProps<Row>) {
  return (
    <button
      type="button"
      disabled={disabled || rows.length === 0}
      onClick={() => {
        const csv = toCsv(columns, rows);
        if (onExport) onExport(csv, filename);
        else downloadCsv(filename, csv);
      }}
      style={controlStyles.button}
    >
      {label}
    </button>
  );
}
