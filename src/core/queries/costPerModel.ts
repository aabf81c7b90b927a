/**
 * `cost-per-model`: AI spend by vendor and model with calls, tokens and latency, optionally the
 * cost per signal through `trace_id` — the data of CostPerModel.
 */
import { sql, view, type SqlFragment } from '../sql/sql';
import { defineNamedQuery } from './defineNamedQuery';
import type { NamedQuery } from './types';
import { COST_PER_MODEL_DECLARATION, type CostPerModelInput, type CostPerModelParams, type CostPerModelRow } from './costPerModelReference';

export * from './costPerModelReference';

function costFilter(params: CostPerModelParams): SqlFragment {
  const conditions = [sql`created_at >= ${params.from}`, sql`created_at < ${params.to}`];
  if (params.customerId !== undefined) conditions.push(sql`customer_id = ${params.customerId}`);
  if (params.productId !== undefined) conditions.push(sql`product_id = ${params.productId}`);
  if (params.vendor !== undefined) conditions.push(sql`vendor = ${params.vendor}`);
  return sql.join(conditions, '\n      AND ');
}

function signalFilter(params: CostPerModelParams): SqlFragment {
  const conditions = [sql`created_at >= ${params.from}`, sql`created_at < ${params.to}`];
  if (params.customerId !== undefined) conditions.push(sql`customer_id = ${params.customerId}`);
  return sql.join(conditions, '\n          AND ');
}

/**
 * Spend per vendor × model over `[from, to)`, most expensive first (ties by vendor, model), at most
 * `limit` rows. `cost_amount` and `cost_per_signal` are rendered with `toString` so they arrive as
 * exact decimal strings whatever the API's JSON settings for Decimal.
 *
 * With `includeCostPerSignal`, `signals` counts the signals created in the same window (and
 * scope) whose `trace_id` one of the pair's calls shares — as distinct trace ids, since the
 * schema gives each trace one signal ("the signal this call served").
 */
export const costPerModel: NamedQuery<CostPerModelInput, CostPerModelParams, CostPerModelRow> = defineNamedQuery({
  ...COST_PER_MODEL_DECLARATION,
  description: 'AI spend by vendor and model with calls, tokens and latency; optionally the cost per signal.',
  requiredColumns: {
    fact_cost: ['created_at', 'customer_id', 'product_id', 'vendor', 'model', 'cost_amount', 'input_tokens', 'output_tokens', 'latency_ms', 'trace_id'],
    fact_signal: ['created_at', 'customer_id', 'trace_id'],
  },
  sql: (params) => {
    // A trace belongs to one signal ("the signal this call served"), so the distinct traces of a
    // pair's calls that have a signal in the window count its signals.
    //
    // Fast and exact for trace ids of 32 lower-case hex digits (the W3C and OpenTelemetry form, and
    // the emulator's): such an id is read as the UInt128 it spells — a bijection, so no two ids share
    // a key. The window's signals with such ids are numbered 1…n by row_number() (each row its own
    // number), and every call looks its trace up in them with LEFT ANY JOIN, which keeps one row per
    // key: so each trace with a signal has exactly one number, different traces different numbers,
    // and a call without one gets 0 (or NULL where the server sets join_use_nulls; ifNull makes an
    // empty bitmap 0 either way). The distinct numbers per pair (a roaring bitmap: dense small
    // numbers, cheap to collect and exact) are the pair's distinct traces with a signal. This costs
    // one hash lookup per call; an IN set plus uniqExact per pair cost two (at 9 M signals about
    // 15–25 % more CPU; at 0.9 M, 5–20 %).
    //
    // Any other id takes a second, exact path on the text itself (a set of strings, and
    // groupUniqArray, which compares whole values); the two kinds of id never equal each other, so
    // the counts add up.
    const hexTrace = sql`match(trace_id, '^[0-9a-f]{32}$')`;
    const traceKey = sql`reinterpretAsUInt128(unhex(trace_id))`;
    const costRows = params.includeCostPerSignal
      ? sql`(
        SELECT vendor, model, cost_amount, input_tokens, output_tokens, latency_ms, trace_id,
          ${hexTrace} AS hex_trace, ${traceKey} AS trace_key
        FROM ${view('fact_cost')}
        WHERE ${costFilter(params)}
    ) AS cost_rows
    LEFT ANY JOIN (
        SELECT ${traceKey} AS trace_key, row_number() OVER () AS signal_number
        FROM ${view('fact_signal')}
        WHERE ${signalFilter(params)} AND ${hexTrace}
    ) AS hex_signals ON cost_rows.trace_key = hex_signals.trace_key`
      : sql`${view('fact_cost')}
    WHERE ${costFilter(params)}`;
    const signalsOfCalls = params.includeCostPerSignal
      ? sql`ifNull(groupBitmapIf(signal_number, hex_trace AND signal_number > 0), 0) + length(groupUniqArrayIf(trace_id, NOT hex_trace AND trace_id IN (
        SELECT trace_id
        FROM ${view('fact_signal')}
        WHERE ${signalFilter(params)} AND NOT ${hexTrace}
      )))`
      : sql`CAST(NULL, 'Nullable(UInt64)')`;
    const costPerSignal = params.includeCostPerSignal
      ? sql`if(signals = 0, NULL, toString(cost / signals))`
      : sql`CAST(NULL, 'Nullable(String)')`;
    return sql`SELECT
  toString(vendor) AS vendor,
  toString(model) AS model,
  toString(cost) AS cost_amount,
  calls,
  input_tokens,
  output_tokens,
  avg_latency_ms,
  signals,
  ${costPerSignal} AS cost_per_signal
FROM (
    -- Grouped by the LowCardinality columns themselves; they become text in the outer SELECT.
    SELECT
      vendor,
      model,
      sum(cost_amount) AS cost,
      count() AS calls,
      sum(input_tokens) AS input_tokens,
      sum(output_tokens) AS output_tokens,
      avg(latency_ms) AS avg_latency_ms,
      ${signalsOfCalls} AS signals
    FROM ${costRows}
    GROUP BY vendor, model
    ORDER BY cost DESC, vendor ASC, model ASC
    LIMIT ${params.limit}
) AS totals
ORDER BY cost DESC, vendor ASC, model ASC`;
  },
});
