/**
 * `usage-summary` as the browser asks for it (`usageSummaryReference`): params and declared
 * columns, without the SQL (in `usageSummary.ts`, for the proxy and hosts).
 */
import { defineQueryReference } from './queryReference';
import { column } from './resultColumns';
import type { NamedQueryReference } from './types';
import { USAGE_PARAMS, type UsageTrendsInput, type UsageTrendsParams } from './usageTrendsReference';
import { checkUsageWindow } from './usageWindow';

/** Takes the same params as `usage-trends` (granularity, time zone and topN are validated, not used). */
export type UsageSummaryInput = UsageTrendsInput;
export type UsageSummaryParams = UsageTrendsParams;

/** Exactly one row. */
export interface UsageSummaryRow {
  /** Signals in `[from, to)`. */
  current: bigint;
  /** Signals in `[from − (to − from), from)`. */
  previous: bigint;
}

/** The start of the period of the same length immediately before `[from, to)`. */
export function previousPeriodStart(from: Date, to: Date): Date {
  return new Date(from.getTime() - (to.getTime() - from.getTime()));
}

/** The browser-side part of `usage-summary`, shared by the reference and the full definition. */
export const USAGE_SUMMARY_DECLARATION = {
  name: 'usage-summary',
  params: USAGE_PARAMS,
  refine: checkUsageWindow,
  columns: { current: column.uint64(), previous: column.uint64() },
} as const;

/** `usage-summary` by name, params and columns, without its SQL: what `useUsageSummary` sends. */
export const usageSummaryReference: NamedQueryReference<UsageSummaryInput, UsageSummaryParams, UsageSummaryRow> =
  defineQueryReference(USAGE_SUMMARY_DECLARATION);
