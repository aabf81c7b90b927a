/**
 * The SQL the four widgets' named queries send, compiled with `compileQuery` exactly as the
 * proxy compiles them: each widget's default window (30 days by day) plus the render bench's
 * 90 days × 10 series, over the whole organization (scope `{}`).
 */
import type { Scope } from '../../src/core/contract';
import { compileQuery } from '../../src/core/queries/compileQuery';
import { sqlDateTime } from '../../src/core/sql/sqlDateTime';
import { resolveTimeRange, type TimeRangePreset } from '../../src/core/time/timeRange';
import type { BenchQuery } from '../emulator';

/** The emulator's main organization's credits currency. */
export const BENCH_CREDITS_CURRENCY_ID = 'cc_ai_credits';

/** `created_at` within a window, as the named queries render it. */
function inWindow(window: { from: Date | string; to: Date | string }): string {
  return `created_at >= ${sqlDateTime(new Date(window.from))} AND created_at < ${sqlDateTime(new Date(window.to))}`;
}

/**
 * The widgets' named queries with their default params at `now`, compiled to SQL for `scope`, each
 * with its floor: the least work that answers it — the same window's columns read without grouping
 * (issue 17). Queries over signals or costs may take 2× their floor, those over small tables 6×.
 */
export function widgetBenchQueries(now: Date = new Date(), scope: Scope = {}): BenchQuery[] {
  const window = (preset: TimeRangePreset) => resolveTimeRange(preset, { now, timeZone: 'UTC' });
  const named = (label: string, name: string, params: Record<string, unknown>, floorSql: string, maxFloorRatio: number): BenchQuery => ({
    name: label,
    sql: compileQuery(name, params, scope),
    floorSql,
    maxFloorRatio,
  });
  const d30 = window('30d');
  const d90 = window('90d');
  const previous30 = { from: new Date(2 * new Date(d30.from).getTime() - new Date(d30.to).getTime()), to: d30.to };
  const costColumns = 'max(vendor), max(model), sum(cost_amount), sum(input_tokens), sum(output_tokens), sum(latency_ms)';
  return [
    named('usage-trends 30d/day', 'usage-trends', { ...d30, granularity: 'day' }, `SELECT count(), max(signal_name), max(created_at) FROM fact_signal WHERE ${inWindow(d30)}`, 2),
    named('usage-trends 90d/day top 9', 'usage-trends', { ...d90, granularity: 'day', topN: 9 }, `SELECT count(), max(signal_name), max(created_at) FROM fact_signal WHERE ${inWindow(d90)}`, 2),
    named('usage-summary 30d', 'usage-summary', { ...d30 }, `SELECT count(), max(created_at) FROM fact_signal WHERE ${inWindow(previous30)}`, 2),
    named('cost-per-model 30d', 'cost-per-model', { ...d30 }, `SELECT ${costColumns} FROM fact_cost WHERE ${inWindow(d30)}`, 2),
    named(
      'cost-per-model +per signal',
      'cost-per-model',
      { ...d30, includeCostPerSignal: true },
      `SELECT (SELECT (${costColumns}, max(trace_id)) FROM fact_cost WHERE ${inWindow(d30)}), (SELECT max(trace_id) FROM fact_signal WHERE ${inWindow(d30)})`,
      2,
    ),
    named(
      'revenue-aging today',
      'revenue-aging',
      {},
      "SELECT (SELECT (sum(amount_due), max(customer_id), max(currency), max(due_date), max(issue_date)) FROM fact_invoice WHERE status = 'posted' AND amount_due > 0), (SELECT max(name) FROM dim_customer)",
      6,
    ),
    named(
      'credit-burn 30d/day',
      'credit-burn',
      { ...d30, granularity: 'day', creditsCurrencyId: BENCH_CREDITS_CURRENCY_ID },
      `SELECT sum(amount), max(type), max(created_at) FROM fact_credit_transaction WHERE credits_currency_id = '${BENCH_CREDITS_CURRENCY_ID}' AND created_at < ${sqlDateTime(new Date(d30.to))}`,
      6,
    ),
    // Queries of the cookbook widgets over signals or costs.
    named('cost-trend 30d/day by model', 'cost-trend', { ...d30, granularity: 'day', groupBy: 'model' }, `SELECT ${costColumns}, max(created_at) FROM fact_cost WHERE ${inWindow(d30)}`, 2),
    named('cost-breakdown 30d by vendor', 'cost-breakdown', { ...d30 }, `SELECT ${costColumns}, sum(cached_tokens) FROM fact_cost WHERE ${inWindow(d30)}`, 2),
    named(
      'customer-leaderboard 30d',
      'customer-leaderboard',
      { ...d30 },
      `SELECT (SELECT (count(), max(customer_id)) FROM fact_signal WHERE ${inWindow(d30)}), (SELECT (max(customer_id), sum(cost_amount)) FROM fact_cost WHERE ${inWindow(d30)}), ` +
        `(SELECT (max(customer_id), sum(total_excl_tax)) FROM fact_invoice WHERE status = 'posted' AND currency = 'USD' AND issue_date >= toDate(${sqlDateTime(new Date(d30.from))}) AND issue_date < toDate(${sqlDateTime(new Date(d30.to))})), (SELECT max(name) FROM dim_customer)`,
      2,
    ),
    named(
      'signal-payload-breakdown 30d',
      'signal-payload-breakdown',
      { ...d30, signalName: 'email-triage', path: 'priority' },
      `SELECT count(), max(data.priority::String) FROM fact_signal WHERE ${inWindow(d30)} AND signal_name = 'email-triage'`,
      2,
    ),
    named(
      'analytics-kpis 30d',
      'analytics-kpis',
      { ...d30 },
      `SELECT (SELECT count() FROM fact_signal WHERE ${inWindow(previous30)}), (SELECT sum(cost_amount) FROM fact_cost WHERE ${inWindow(previous30)}), ` +
        `(SELECT (sum(total_excl_tax), sum(amount_due), max(currency)) FROM fact_invoice WHERE status = 'posted'), (SELECT sum(amount) FROM fact_credit_transaction WHERE created_at < ${sqlDateTime(new Date(d30.to))})`,
      2,
    ),
  ];
}
