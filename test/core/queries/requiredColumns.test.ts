/**
 * Each named query's `requiredColumns` is complete: its SQL runs on an engine whose views hold
 * ONLY the declared columns (so a live account missing anything else still serves it).
 */
import { Session } from 'chdb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Scope } from '../../../src/core/contract';
import { compileQuery } from '../../../src/core/queries/compileQuery';
import { NAMED_QUERIES, NAMED_QUERY_NAMES } from '../../../src/core/queries/registry';
import type { NamedQueryName } from '../../../src/core/queries/registry';
import { SCOPE_REQUIRED_COLUMNS } from '../../../src/core/queries/scope';
import { ANALYTICS_VIEWS } from '../../../src/core/views';

let session: Session;
beforeAll(() => {
  session = new Session();
});
afterAll(() => {
  session.cleanup();
});

const PARAMS: Record<NamedQueryName, Record<string, unknown>> = {
  'usage-trends': { from: '2026-11-01T00:00:00Z', to: '2026-11-21T00:00:00Z', signalName: 'a', productId: 'p', customerId: 'c' },
  'usage-summary': { from: '2026-11-01T00:00:00Z', to: '2026-11-21T00:00:00Z', signalName: 'a', productId: 'p', customerId: 'c' },
  'cost-per-model': { from: '2026-11-01T00:00:00Z', to: '2026-11-21T00:00:00Z', includeCostPerSignal: true, vendor: 'v', productId: 'p', customerId: 'c' },
  'revenue-aging': { asOf: '2026-11-20', currency: 'USD', customerId: 'c' },
  'credit-burn': { from: '2026-11-01T00:00:00Z', to: '2026-11-21T00:00:00Z', creditsCurrencyId: 'cc', customerId: 'c' },
  'billing-period-usage': { asOf: '2026-11-20T12:00:00Z', customerId: 'c', signalName: 's' },
  'cost-trend': { from: '2026-11-01T00:00:00Z', to: '2026-11-21T00:00:00Z', groupBy: 'product', vendor: 'v', productId: 'p', customerId: 'c' },
  'revenue-trend': { from: '2026-11-01T00:00:00Z', to: '2026-11-21T00:00:00Z', granularity: 'week', timeZone: 'Europe/Berlin', currency: 'USD', customerId: 'c' },
  'analytics-kpis': { from: '2026-11-01T00:00:00Z', to: '2026-11-21T00:00:00Z', timeZone: 'Europe/Berlin', customerId: 'c', creditsCurrencyId: 'cc' },
};

/** Recreates `database` with only `columns` of each view (views not listed are absent). */
function createStrippedViews(database: string, columns: Readonly<Partial<Record<string, readonly string[]>>>): void {
  session.query(`DROP DATABASE IF EXISTS ${database}`);
  session.query(`CREATE DATABASE ${database}`);
  for (const [viewName, wanted] of Object.entries(columns)) {
    const view = ANALYTICS_VIEWS.find((v) => v.name === viewName)!;
    expect(view, viewName).toBeDefined();
    const kept = view.columns.filter((c) => wanted!.includes(c.name)).map((c) => `\`${c.name}\` ${c.type}`);
    expect(kept).toHaveLength(wanted!.length);
    session.query(`CREATE TABLE ${database}.${viewName} (${kept.join(', ')}) ENGINE = Memory`);
  }
  session.query(`USE ${database}`);
}

describe('requiredColumns', () => {
  it.each(NAMED_QUERY_NAMES)('lists every column %s reads', (name) => {
    const query = NAMED_QUERIES[name];
    const scopes: Scope[] = [{}, { customerIds: [] }, { customerIds: ['c', 'd'] }];
    createStrippedViews(`only_${name.replace(/-/g, '_')}`, query.requiredColumns);
    for (const scope of scopes) {
      expect(() => session.query(compileQuery(name, PARAMS[name], scope), 'JSONCompact')).not.toThrow();
    }
  });

  it.each(NAMED_QUERY_NAMES)('needs only SCOPE_REQUIRED_COLUMNS more for %s with child customers', (name) => {
    const query = NAMED_QUERIES[name];
    const merged: Record<string, string[]> = {};
    for (const source of [query.requiredColumns, SCOPE_REQUIRED_COLUMNS] as Readonly<Partial<Record<string, readonly string[]>>>[]) {
      for (const [view, columns] of Object.entries(source)) merged[view] = [...new Set([...(merged[view] ?? []), ...columns!])];
    }
    createStrippedViews(`children_${name.replace(/-/g, '_')}`, merged);
    const sql = compileQuery(name, PARAMS[name], { customerIds: ['c'], includeChildCustomers: true });
    expect(() => session.query(sql, 'JSONCompact')).not.toThrow();
  });

  it('would notice an undeclared column', () => {
    createStrippedViews('missing_one', { fact_signal: ['created_at', 'customer_id', 'product_id'] });
    expect(() => session.query(compileQuery('usage-trends', PARAMS['usage-trends'], {}), 'JSONCompact')).toThrow(/signal_name/);
  });
});
