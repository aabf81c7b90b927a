/**
 * The SQL the four widgets' named queries send, compiled with `compileQuery` exactly as the
 * proxy compiles them: each widget's default window (30 days by day) plus the render bench's
 * 90 days × 10 series, over the whole organization (scope `{}`).
 */
import type { Scope } from '../../src/core/contract';
import { compileQuery } from '../../src/core/queries/compileQuery';
import { resolveTimeRange, type TimeRangePreset } from '../../src/core/time/timeRange';
import type { BenchQuery } from '../emulator';

/** The emulator's main organization's credits currency. */
export const BENCH_CREDITS_CURRENCY_ID = 'cc_ai_credits';

/** The widgets' named queries with their default params at `now`, compiled to SQL for `scope`. */
export function widgetBenchQueries(now: Date = new Date(), scope: Scope = {}): BenchQuery[] {
  const window = (preset: TimeRangePreset) => resolveTimeRange(preset, { now, timeZone: 'UTC' });
  const named = (label: string, name: string, params: Record<string, unknown>): BenchQuery => ({
    name: label,
    sql: compileQuery(name, params, scope),
  });
  return [
    named('usage-trends 30d/day', 'usage-trends', { ...window('30d'), granularity: 'day' }),
    named('usage-trends 90d/day top 9', 'usage-trends', { ...window('90d'), granularity: 'day', topN: 9 }),
    named('usage-summary 30d', 'usage-summary', { ...window('30d') }),
    named('cost-per-model 30d', 'cost-per-model', { ...window('30d') }),
    named('cost-per-model +per signal', 'cost-per-model', { ...window('30d'), includeCostPerSignal: true }),
    named('revenue-aging today', 'revenue-aging', {}),
    named('credit-burn 30d/day', 'credit-burn', { ...window('30d'), granularity: 'day', creditsCurrencyId: BENCH_CREDITS_CURRENCY_ID }),
  ];
}
