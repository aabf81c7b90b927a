/** The size budgets of `bench/budgets.json`, typed: what `npm test` holds the bundles to. */
import budgetsJson from './budgets.json';
import type { LibraryEntry } from './bundle/measureBundle';

export interface SizeBudgets {
  /** gzip bytes per library entry point (every dependency external). */
  entries: Record<LibraryEntry, { gzipBytes: number }>;
  /** gzip bytes per host app, and of its excess over `floor-chart`. */
  apps: Record<string, { gzipBytes: number; gzipBytesOverFloorChart: number }>;
}

export const SIZE_BUDGETS: SizeBudgets = budgetsJson as unknown as SizeBudgets;

/** The one-widget app the budget test builds (the largest one today). */
export const BUDGETED_APP = 'widget-UsageTrends';
