'use client';
import { lazy, Suspense } from 'react';
import { loadOnDemand } from '../../core/loadOnDemand';
import type { DataTableProps } from './DataTable';
import { LoadingState } from '../states/LoadingState';

/**
 * `DataTable` behind `React.lazy`. A failed load throws a retryable `NETWORK_ERROR` (the widget's
 * error state, with Retry) and is forgotten: the next render — Retry's — loads the chunk again
 * (`React.lazy` alone would keep throwing the first failure). Offline it is not tried (`loadOnDemand`).
 */
function lazyDataTable() {
  return lazy(() =>
    loadOnDemand('the table', () => import('./DataTable')).then(
      (module) => ({ default: module.DataTable }),
      (error: unknown) => {
        LoadedDataTable = lazyDataTable();
        throw error;
      },
    ),
  );
}

let LoadedDataTable = lazyDataTable();

/**
 * `DataTable`, loaded when a table is first shown. Charts are every widget's default view, so a
 * page that never opens a table never downloads the table engine (TanStack Table); the first
 * switch shows the loading skeleton for the moment the chunk takes.
 */
export function LazyDataTable<Row>(props: DataTableProps<Row>) {
  const Loaded = LoadedDataTable;
  return (
    <Suspense fallback={<LoadingState />}>
      <Loaded {...(props as DataTableProps<unknown>)} />
    </Suspense>
  );
}
