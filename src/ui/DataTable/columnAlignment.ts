import type { DataTableColumn } from './types';

const DECIMAL_TEXT = /^-?\d+(\.\d+)?$/;

/** A column's alignment: its own, else `'end'` when its first present value is a number, bigint or decimal text. */
export function columnAlignment<Row>(column: DataTableColumn<Row>, rows: readonly Row[]): 'start' | 'end' {
  if (column.align) return column.align;
  for (const row of rows.slice(0, 50)) {
    const value = column.value(row);
    if (value === null || value === undefined) continue;
    return typeof value === 'number' || typeof value === 'bigint' || (typeof value === 'string' && DECIMAL_TEXT.test(value)) ? 'end' : 'start';
  }
  return 'start';
}
