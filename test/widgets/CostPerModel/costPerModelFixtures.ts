/** Hand-made `cost-per-model` rows for the pure tests: a sub-cent cost, a count above 2^53, hostile names. */
import type { CostPerModelRow } from '../../../src/core/queries/costPerModel';

export const HOSTILE_MODEL = '<img src=x onerror=alert(1)>{a|rich}';
/** Above 2^53: a float would round it. */
export const HUGE = 2n ** 53n + 1n;
/** One call's worth of cost: 0.04 cents, as the engine's Decimal(38, 10) prints it. */
export const SUB_CENT = '0.0423150000';

const row = (vendor: string, model: string, cost: string, calls: bigint, extra: Partial<CostPerModelRow> = {}): CostPerModelRow => ({
  vendor,
  model,
  cost_amount: cost,
  calls,
  input_tokens: calls * 1000n,
  output_tokens: calls * 100n,
  avg_latency_ms: 1234.5,
  signals: null,
  cost_per_signal: null,
  ...extra,
});

/** Most expensive first, as the query orders them; `gpt-4o` is served by two vendors. */
export const ROWS: CostPerModelRow[] = [
  row('anthropic', 'claude-sonnet-4', '3121.6232699722', 2173n),
  row('openai', 'gpt-4o', '2805.3854749867', HUGE),
  row('azure', 'gpt-4o', '100.5', 10n),
  row('self-hosted', HOSTILE_MODEL, SUB_CENT, 1n),
];

/** The same rows with signals counted (one pair has none). */
export const ROWS_WITH_SIGNALS: CostPerModelRow[] = ROWS.map((entry, index) => ({
  ...entry,
  signals: index === 3 ? 0n : BigInt(index + 1) * 100n,
  cost_per_signal: index === 3 ? null : '12.3456789012',
}));
