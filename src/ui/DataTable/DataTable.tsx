'use client';
import { useMemo, useState, type CSSProperties } from 'react';
import {
  createPaginatedRowModel,
  createSortedRowModel,
  rowPaginationFeature,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type PaginationState,
  type SortingState,
} from '@tanstack/react-table';
import { themeVar } from '../../theme/themeToCssVariables';
import { controlStyles } from '../controlStyles/controlStyles';
import { compareSortValues, type SortValue } from './compareSortValues';
import { formatCell } from './formatCell';
import type { DataTableColumn } from './types';

const features = tableFeatures({
  rowSortingFeature,
  rowPaginationFeature,
  sortedRowModel: createSortedRowModel(),
  paginatedRowModel: createPaginatedRowModel(),
});

export interface DataTableProps<Row> {
  columns: readonly DataTableColumn<Row>[];
  rows: readonly Row[];
  /** The table's `<caption>` (its accessible name). */
  caption: string;
  /** Hide the caption visually (it stays the accessible name). Default false. */
  hideCaption?: boolean;
  /** Rows per page. Default 25. */
  pageSize?: number;
  /** Initial sort, e.g. `{ columnId: 'cost', desc: true }`. Default: data order. */
  initialSort?: { columnId: string; desc: boolean };
  /** Stable row id (default: the index). */
  getRowId?: (row: Row, index: number) => string;
  /** Texts of the pagination bar, for translation. */
  labels?: Partial<DataTableLabels>;
  className?: string;
  style?: CSSProperties;
}

export interface DataTableLabels {
  previous: string;
  next: string;
  /** e.g. `Page 2 of 400`. */
  page: (page: number, pageCount: number) => string;
  /** Accessible name of the pagination bar. */
  pagination: string;
}

const DEFAULT_LABELS: DataTableLabels = {
  previous: 'Previous',
  next: 'Next',
  page: (page, pageCount) => `Page ${page} of ${pageCount}`,
  pagination: 'Table pages',
};

/**
 * A real `<table>` (caption, `<th scope="col">`) on TanStack Table v9, sorted and paginated on
 * the client (25 rows a page by default, so 10,000 rows stay interactive). Header buttons sort
 * (with `aria-sort` on the header cell); sorting is exact for bigints and decimal strings.
 * Every cell is text from the column's `format`, never HTML.
 */
export function DataTable<Row>(props: DataTableProps<Row>) {
  const { columns, rows, caption, pageSize = 25 } = props;
  const labels = { ...DEFAULT_LABELS, ...props.labels };
  const [sorting, setSorting] = useState<SortingState>(() => (props.initialSort ? [{ id: props.initialSort.columnId, desc: props.initialSort.desc }] : []));
  const [pagination, setPagination] = useState<PaginationState>({ pageIndex: 0, pageSize });
  // New rows (another time range, a refetch) or a new page size start again at the first page.
  const [seen, setSeen] = useState({ rows, pageSize });
  if (seen.rows !== rows || seen.pageSize !== pageSize) {
    setSeen({ rows, pageSize });
    setPagination({ pageIndex: 0, pageSize });
  }

  const columnDefs = useMemo(
    () =>
      columns.map((column) => ({
        id: column.id,
        header: column.header,
        accessorFn: (row: Row) => sortValueOf(column, row),
        enableSorting: column.sortable !== false,
        sortDescFirst: column.sortDescFirst ?? false,
        sortFn: (rowA: { getValue: (id: string) => unknown }, rowB: { getValue: (id: string) => unknown }, columnId: string) =>
          compareSortValues(rowA.getValue(columnId) as SortValue, rowB.getValue(columnId) as SortValue),
      })),
    [columns],
  );
  const data = useMemo(() => [...rows], [rows]);

  const table = useTable({
    features,
    // The column defs are plain objects; TanStack's generics cannot see through the mapping.
    columns: columnDefs as never,
    data: data as never[],
    getRowId: props.getRowId ? (row: never, index: number) => props.getRowId!(row as Row, index) : undefined,
    state: { sorting, pagination },
    onSortingChange: setSorting,
    onPaginationChange: setPagination,
  });

  const pageCount = Math.max(1, table.getPageCount());
  const byId = useMemo(() => new Map(columns.map((column) => [column.id, column])), [columns]);
  const cellPadding = `${themeVar.space1} ${themeVar.space2}`;

  return (
    <div className={props.className} style={{ display: 'flex', flexDirection: 'column', gap: themeVar.space2, minWidth: 0, ...props.style }} data-paw-table="">
      <div style={{ overflowX: 'auto' }}>
        <table style={{ width: '100%', borderCollapse: 'collapse', fontVariantNumeric: 'tabular-nums', fontSize: '0.9em' }}>
          <caption
            style={
              props.hideCaption
                ? { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clipPath: 'inset(50%)', whiteSpace: 'nowrap' }
                : { textAlign: 'start', color: themeVar.muted, paddingBottom: themeVar.space1, fontSize: '0.9em' }
            }
          >
            {caption}
          </caption>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const column = byId.get(header.column.id);
                  const sorted = header.column.getIsSorted();
                  const align = column?.align === 'end' ? 'end' : 'start';
                  const thStyle: CSSProperties = {
                    textAlign: align,
                    padding: cellPadding,
                    borderBottom: `1px solid ${themeVar.border}`,
                    color: themeVar.muted,
                    fontWeight: 600,
                    whiteSpace: 'nowrap',
                  };
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : header.column.getCanSort() ? 'none' : undefined}
                      style={thStyle}
                    >
                      {header.column.getCanSort() ? (
                        <button
                          type="button"
                          onClick={header.column.getToggleSortingHandler()}
                          style={{ font: 'inherit', color: 'inherit', background: 'none', border: 0, padding: 0, cursor: 'pointer', fontWeight: 600, textAlign: 'inherit' }}
                        >
                          {column?.header ?? header.column.id}
                          <span aria-hidden="true" style={{ marginInlineStart: 4 }}>
                            {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
                          </span>
                        </button>
                      ) : (
                        column?.header ?? header.column.id
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {table.getRowModel().rows.map((row) => {
              const original = row.original as Row;
              return (
                <tr key={row.id}>
                  {columns.map((column) => (
                    <td
                      key={column.id}
                      style={{ textAlign: column.align === 'end' ? 'end' : 'start', padding: cellPadding, borderBottom: `1px solid ${themeVar.border}`, color: themeVar.text }}
                    >
                      {formatCell(column, original)}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {pageCount > 1 && (
        <nav aria-label={labels.pagination} style={{ display: 'flex', alignItems: 'center', justifyContent: 'flex-end', gap: themeVar.space2, fontSize: '0.9em' }}>
          <button type="button" onClick={() => table.previousPage()} disabled={!table.getCanPreviousPage()} style={controlStyles.button}>
            {labels.previous}
          </button>
          <span aria-live="polite" style={{ color: themeVar.muted }}>
            {labels.page(pagination.pageIndex + 1, pageCount)}
          </span>
          <button type="button" onClick={() => table.nextPage()} disabled={!table.getCanNextPage()} style={controlStyles.button}>
            {labels.next}
          </button>
        </nav>
      )}
    </div>
  );
}

function sortValueOf<Row>(column: DataTableColumn<Row>, row: Row): SortValue {
  if (column.sortValue) return column.sortValue(row);
  const value = column.value(row);
  if (
    value === null ||
    value === undefined ||
    typeof value === 'bigint' ||
    typeof value === 'number' ||
    typeof value === 'string' ||
    typeof value === 'boolean' ||
    value instanceof Date
  ) {
    return value;
  }
  return formatCell(column, row);
}
