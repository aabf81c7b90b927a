'use client';
import { lazy, Suspense } from 'react';
import type { DataTableProps } from './DataTable';
import { LoadingState } from '../states/LoadingState';

const LoadedDataTable = lazy(() => import('./DataTable').then((module) => ({ default: module.DataTable })));

/**
 * `DataTable`, loaded when a table is first shown. Charts are every widget's default view, so a
 * page that never opens a table never downloads the table engine (TanStack Table); the first
 * switch shows the loading skeleton for the moment the chunk takes.
 */
export function LazyDataTable<Row>(props: DataTableProps<Row>) {
  return (
    <Suspense fallback={<LoadingState />}>
      <LoadedDataTable {...(props as DataTableProps<unknown>)} />
    </Suspense>
  );
}
