/**
 * Every named query by its wire name: what the proxy compiles from `{ name, params }` and what a
 * client compiles for trusted dashboards. Adding a query means adding it here.
 */
import { analyticsKpis } from './analyticsKpis';
import { costPerModel } from './costPerModel';
import { costTrend } from './costTrend';
import { creditBurn } from './creditBurn';
import { revenueAging } from './revenueAging';
import { revenueTrend } from './revenueTrend';
import { billingPeriodUsage } from './billingPeriodUsage';
import { COOKBOOK_QUERIES } from './cookbook/index';
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
  'cost-trend': costTrend,
  'revenue-trend': revenueTrend,
  'billing-period-usage': billingPeriodUsage,
  'analytics-kpis': analyticsKpis,
} as const);

/** The wire name of a registered query. */
export type NamedQueryName = keyof typeof NAMED_QUERIES;

/** The names of every registered query. */
export const NAMED_QUERY_NAMES = Object.keys(NAMED_QUERIES) as NamedQueryName[];

/**
 * Every built-in query by wire name: the widgets' (`NAMED_QUERIES`) and the cookbook's (the
 * documentation's other analyses). What the proxy and `compileQuery` serve without host queries.
 */
export const BUILT_IN_QUERIES: Readonly<Record<string, AnyNamedQuery>> = Object.freeze(mergeDistinct(NAMED_QUERIES, COOKBOOK_QUERIES));

function mergeDistinct(...groups: Readonly<Record<string, AnyNamedQuery>>[]): Record<string, AnyNamedQuery> {
  const merged: Record<string, AnyNamedQuery> = {};
  for (const group of groups) {
    for (const [name, query] of Object.entries(group)) {
      if (Object.hasOwn(merged, name)) throw new Error(`Two built-in named queries are called ${name}`);
      merged[name] = query;
    }
  }
  return merged;
}

/**
 * The built-in query called `name` (a widget's or the cookbook's), or `undefined`. Only own keys
 * count, so names such as `__proto__` or `constructor` find nothing.
 */
export function findNamedQuery(name: unknown): AnyNamedQuery | undefined {
  if (typeof name !== 'string' || !Object.hasOwn(BUILT_IN_QUERIES, name)) return undefined;
  return BUILT_IN_QUERIES[name];
}
