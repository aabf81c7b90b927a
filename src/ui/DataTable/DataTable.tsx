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
import type { AnalyticsError } from '../../core/errors';
import { themeVar } from '../../theme/themeToCssVariables';
import { BlockErrorBoundary, type RenderErrorInfo } from '../ErrorBoundary/BlockErrorBoundary';
import { controlStyles } from '../controlStyles/controlStyles';
import { compareSortValues, type SortValue } from './compareSortValues';
import { columnAlignment } from './columnAlignment';
import { formatCell } from './formatCell';
import { sortValueOf } from './sortTableRows';
import type { DataTableColumn, DataTableSort } from './types';

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
  hideCaption?: boolean | undefined;
  /** Rows per page. Default 25. */
  pageSize?: number | undefined;
  /** Initial sort, e.g. `{ columnId: 'cost', desc: true }`. Default: data order. */
  initialSort?: DataTableSort | undefined;
  /** Controlled sort (`undefined` with `onSortChange` given: data order). */
  sort?: DataTableSort | null | undefined;
  /** Fires when the person sorts (controlled or not); e.g. to export the CSV in the same order. */
  onSortChange?: ((sort: DataTableSort | undefined) => void) | undefined;
  /**
   * Rows pinned under the others in a `<tfoot>` — an "Other" row, the total row — never sorted or
   * paged away, drawn bold. The first column holds their label.
   */
  footerRows?: readonly Row[] | undefined;
  /** Keep the first column in view while the table scrolls sideways. Default true. */
  stickyFirstColumn?: boolean | undefined;
  /** Stable row id (default: the index). */
  getRowId?: ((row: Row, index: number) => string) | undefined;
  /** Texts of the pagination bar, for translation. */
  labels?: Partial<DataTableLabels> | undefined;
  className?: string | undefined;
  style?: CSSProperties | undefined;
  /** Called for anything thrown while rendering (a formatter); the table then shows its error state. */
  onError?: ((error: AnalyticsError, info: RenderErrorInfo) => void) | undefined;
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
 * Every cell is text from the column's `format`, never HTML. Fits its card: one-line cells, numbers
 * right-aligned, the first column sticky while the rest scrolls (edge shadows show that it does),
 * `footerRows` (Other, Total) pinned below. Contained: a formatter that throws shows the error state.
 */
export function DataTable<Row>(props: DataTableProps<Row>) {
  return (
    <BlockErrorBoundary onError={props.onError} resetKeys={[props.rows, props.columns]}>
      <DataTableBody {...props} />
    </BlockErrorBoundary>
  );
}

function DataTableBody<Row>(props: DataTableProps<Row>) {
  const { columns, rows, caption, pageSize = 25 } = props;
  const labels = { ...DEFAULT_LABELS, ...props.labels };
  const [ownSorting, setOwnSorting] = useState<SortingState>(() => (props.initialSort ? [{ id: props.initialSort.columnId, desc: props.initialSort.desc }] : []));
  const controlled = props.sort !== undefined;
  const sorting: SortingState = controlled ? (props.sort ? [{ id: props.sort.columnId, desc: props.sort.desc }] : []) : ownSorting;
  const { onSortChange } = props;
  const setSorting = (updater: SortingState | ((old: SortingState) => SortingState)) => {
    const next = typeof updater === 'function' ? updater(sorting) : updater;
    if (!controlled) setOwnSorting(next);
    const first = next[0];
    onSortChange?.(first ? { columnId: first.id, desc: first.desc } : undefined);
  };
  const [pagination, setPagination] = useState<PaginationState>({ pageIndex: 0, pageSize });
  // New rows (another time range, a refetch), a new page size or a new order (a header click or
  // a controlled sort) start again at the first page.
  const sortKey = sorting.map((entry) => `${entry.desc ? '-' : '+'}${entry.id}`).join(',');
  const [seen, setSeen] = useState({ rows, pageSize, sortKey });
  if (seen.rows !== rows || seen.pageSize !== pageSize || seen.sortKey !== sortKey) {
    setSeen({ rows, pageSize, sortKey });
    setPagination({ pageIndex: 0, pageSize });
  }

  const columnDefs = useMemo(
    () =>
      columns.map((column) => ({
        id: column.id,
        header: column.header,
        // Missing values (null or undefined) are `undefined` to TanStack, which keeps them last in
        // both directions (`sortUndefined: 'last'`): the order `sortTableRows` gives the CSV export.
        accessorFn: (row: Row) => sortValueOf(column, row) ?? undefined,
        sortUndefined: 'last' as const,
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
  const align = useMemo(() => new Map(columns.map((column) => [column.id, columnAlignment(column, rows)])), [columns, rows]);
  const sticky = props.stickyFirstColumn ?? true;
  const firstId = columns[0]?.id;
  /** Position and background of a first-column cell, so scrolled cells pass under it. */
  const stickyStyle = (columnId: string): CSSProperties =>
    sticky && columnId === firstId ? { position: 'sticky', insetInlineStart: 0, zIndex: 1, background: themeVar.surface } : {};
  const footerRows = props.footerRows ?? [];

  return (
    <div className={props.className} style={{ display: 'flex', flexDirection: 'column', gap: themeVar.space2, minWidth: 0, ...props.style }} data-paw-table="">
      {/* Focusable so keyboard users can scroll it; the edge shadows show there is more to the side. */}
      <div tabIndex={0} role="group" aria-label={caption} style={scrollAffordance}>
        <table style={{ width: '100%', borderCollapse: 'separate', borderSpacing: 0, fontVariantNumeric: 'tabular-nums', fontSize: '0.9em' }}>
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
                  // A sort on a column that does not sort is not in effect (TanStack ignores it too).
                  const sorted = header.column.getCanSort() ? header.column.getIsSorted() : false;
                  const thStyle: CSSProperties = {
                    textAlign: align.get(header.column.id) ?? 'start',
                    padding: cellPadding,
                    borderBottom: `1px solid ${themeVar.border}`,
                    color: themeVar.muted,
                    fontWeight: 600,
                    // Headers may wrap (long series names); cells never do.
                    whiteSpace: 'normal',
                    verticalAlign: 'bottom',
                    ...stickyStyle(header.column.id),
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
                      style={{
                        textAlign: align.get(column.id),
                        padding: cellPadding,
                        borderBottom: `1px solid ${themeVar.border}`,
                        color: themeVar.text,
                        whiteSpace: 'nowrap',
                        ...stickyStyle(column.id),
                      }}
                    >
                      {formatCell(column, original)}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
          {footerRows.length > 0 && (
            <tfoot>
              {footerRows.map((row, rowIndex) => (
                <tr key={rowIndex} data-paw-footer-row="">
                  {columns.map((column, columnIndex) => {
                    const Cell = columnIndex === 0 ? 'th' : 'td';
                    return (
                      <Cell
                        key={column.id}
                        {...(columnIndex === 0 ? { scope: 'row' } : {})}
                        style={{
                          textAlign: align.get(column.id),
                          padding: cellPadding,
                          borderTop: rowIndex === 0 ? `2px solid ${themeVar.border}` : undefined,
                          color: themeVar.text,
                          fontWeight: 600,
                          whiteSpace: 'nowrap',
                          ...stickyStyle(column.id),
                        }}
                      >
                        {formatCell(column, row)}
                      </Cell>
                    );
                  })}
                </tr>
              ))}
            </tfoot>
          )}
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

/**
 * Edge shadows that appear only where the table can scroll (the classic local/scroll background
 * pair): a visible sign that columns continue past the card's edge.
 */
const scrollAffordance: CSSProperties = {
  overflowX: 'auto',
  backgroundImage: [
    `linear-gradient(to right, ${themeVar.surface} 30%, transparent)`,
    `linear-gradient(to left, ${themeVar.surface} 30%, transparent)`,
    'radial-gradient(farthest-side at 0 50%, rgba(0,0,0,.22), transparent)',
    'radial-gradient(farthest-side at 100% 50%, rgba(0,0,0,.22), transparent)',
  ].join(', '),
  backgroundPosition: '0 0, 100% 0, 0 0, 100% 0',
  backgroundRepeat: 'no-repeat',
  backgroundSize: '40px 100%, 40px 100%, 14px 100%, 14px 100%',
  backgroundAttachment: 'local, local, scroll, scroll',
};
