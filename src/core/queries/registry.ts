/**
 * Every named query by its wire name: what the proxy compiles from `{ name, params }` and what a
 * client compiles for trusted dashboards. Adding a query means adding it here.
 */
import { analyticsKpis } from './analyticsKpis';
import { costPerModel } from './costPerModel';
import { creditBurn } from './creditBurn';
import { revenueAging } from './revenueAging';
import { revenueTrend } from './revenueTrend';
import type { AnyNamedQuery } from './types';
import { usageSummary } from './usageSummary';
import { usageTrends } from './usageTrends';

/** The named queries, keyed by wire name. */
export const NAMED_QUERIES = Object.freeze({
  'usage-trends': usageTrends,
  'usage-summary': usageSummary,
  'cost-per-model': costPerModel,
  'revenue-aging': revenueAging,
  'credit-burn': creditBurn,
  'revenue-trend': revenueTrend,
  'analytics-kpis': analyticsKpis,
} as const);

/** The wire name of a registered query. */
export type NamedQueryName = keyof typeof NAMED_QUERIES;

/** The names of every registered query. */
export const NAMED_QUERY_NAMES = Object.keys(NAMED_QUERIES) as NamedQueryName[];

/**
 * The registered query called `name`, or `undefined`. Only own keys count, so names such as
 * `__proto__` or `constructor` find nothing.
 */
export function findNamedQuery(name: unknown): AnyNamedQuery | undefined {
  if (typeof name !== 'string' || !Object.hasOwn(NAMED_QUERIES, name)) return undefined;
  return NAMED_QUERIES[name as NamedQueryName];
}
