/**
 * Emulator benchmark: seeding time at a scale, then p50/p95 latency over real HTTP of a set of
 * representative queries against a `SELECT 1` floor (which measures HTTP + guard + engine overhead).
 * `npm run bench` passes the widget queries (`engine/widgetQueries.ts`), each with its own floor, once per
 * scale; by default it runs the documentation's recipes. Run directly: `npx tsx bench/emulator.ts --scale medium`.
 */
import { pathToFileURL } from 'node:url';
import { startEmulator } from '../src/emulator/startEmulator';
import type { EmulatorScale } from '../src/emulator/seed/scales';

/** One query to time. */
export interface BenchQuery {
  name: string;
  sql: string;
  /**
   * The least work that answers the query: the same window's columns read without grouping. When
   * set, it is timed interleaved with the query and the query's p50 is reported as a ratio to it.
   */
  floorSql?: string;
  /** The most `p50 / floor p50` the query may take (issue 17: 2× over signals or costs, 6× over small tables). */
  maxFloorRatio?: number;
}

export interface EmulatorBenchOptions {
  scale: EmulatorScale;
  /** Queries to time; default the documentation's recipes (`RECIPE_QUERIES`). */
  queries?: readonly BenchQuery[];
  /** Timed runs per query after warm-up (default 30). */
  iterations?: number;
  seed?: number;
  anchorDate?: string;
}

export interface LatencyResult {
  name: string;
  p50Ms: number;
  p95Ms: number;
  rows: number;
  /** p50 of the query's own floor (`BenchQuery.floorSql`), timed interleaved with it. */
  floorP50Ms?: number;
  maxFloorRatio?: number;
}

export interface EmulatorBenchResult {
  scale: EmulatorScale;
  /** Milliseconds to create and seed both organizations. */
  seedMs: number;
  /** Signals of the main organization. */
  signals: number;
  /** `SELECT 1` over HTTP: the floor every query pays. */
  floor: LatencyResult;
  queries: LatencyResult[];
}

/** The documentation's recipe list, as SQL over the last 30 days of data. */
export const RECIPE_QUERIES: readonly BenchQuery[] = [
  { name: 'signals by name', sql: 'SELECT signal_name, count() AS signals FROM fact_signal WHERE created_at >= now() - INTERVAL 30 DAY GROUP BY signal_name ORDER BY signals DESC' },
  { name: 'daily signals', sql: 'SELECT toDate(created_at) AS day, count() AS signals FROM fact_signal WHERE created_at >= now() - INTERVAL 90 DAY GROUP BY day ORDER BY day' },
  { name: 'payload field', sql: "SELECT data.priority::String AS priority, count() FROM fact_signal WHERE signal_name = 'email-triage' AND created_at >= now() - INTERVAL 30 DAY GROUP BY priority" },
  { name: 'cost by model', sql: 'SELECT vendor, model, sum(cost_amount) AS cost, sum(input_tokens) AS input, sum(output_tokens) AS output FROM fact_cost WHERE created_at >= now() - INTERVAL 30 DAY GROUP BY vendor, model ORDER BY cost DESC' },
  { name: 'daily cost', sql: 'SELECT toDate(created_at) AS day, sum(cost_amount) AS cost FROM fact_cost WHERE created_at >= now() - INTERVAL 90 DAY GROUP BY day ORDER BY day' },
  { name: 'cost per signal', sql: 'SELECT s.signal_name, count(DISTINCT s.signal_id) AS signals, sum(c.cost_amount) AS cost FROM fact_signal AS s INNER JOIN fact_cost AS c ON c.trace_id = s.trace_id WHERE s.created_at >= now() - INTERVAL 7 DAY GROUP BY s.signal_name' },
  { name: 'signals by customer', sql: 'SELECT c.name, count() AS signals FROM fact_signal AS s INNER JOIN dim_customer AS c ON c.id = s.customer_id WHERE s.created_at >= now() - INTERVAL 30 DAY GROUP BY c.name ORDER BY signals DESC LIMIT 20' },
  { name: 'monthly revenue', sql: "SELECT toStartOfMonth(issue_date) AS month, sum(total_incl_tax) AS revenue FROM fact_invoice WHERE status = 'posted' GROUP BY month ORDER BY month" },
  { name: 'revenue aging', sql: "SELECT multiIf(due_date >= today(), 'current', dateDiff('day', due_date, today()) <= 30, '1-30', dateDiff('day', due_date, today()) <= 60, '31-60', dateDiff('day', due_date, today()) <= 90, '61-90', '90+') AS bucket, sum(amount_due) FROM fact_invoice WHERE status = 'posted' AND amount_due > 0 GROUP BY bucket" },
  { name: 'revenue by product', sql: "SELECT p.name, sum(il.total_amount) FROM fact_invoice_line AS il INNER JOIN fact_order_line AS ol ON ol.id = il.order_line_id INNER JOIN dim_product AS p ON p.id = ol.product_id GROUP BY p.name" },
  { name: 'overage by signal', sql: 'SELECT signal_name, sum(subtotal) AS billed, sum(signal_count) AS used, sum(included_quantity) AS included FROM fact_usage_summary GROUP BY signal_name ORDER BY billed DESC' },
  { name: 'credit flow', sql: "SELECT credits_currency_id, toStartOfWeek(created_at) AS week, sumIf(amount, type = 'GRANT') AS granted, sumIf(amount, type = 'SPEND') AS spent FROM fact_credit_transaction GROUP BY ALL ORDER BY ALL" },
  { name: 'value vs cost', sql: 'SELECT v.customer_id, sum(v.value_amount) AS value FROM fact_delivered_value AS v WHERE v.created_at >= now() - INTERVAL 30 DAY GROUP BY v.customer_id ORDER BY value DESC LIMIT 20' },
];

/** The q-quantile (0..1) of sorted samples. */
function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

/** Seeds an emulator at `scale` (anchored today, so `now()` windows see data) and times the queries. */
export async function runEmulatorBench(options: EmulatorBenchOptions): Promise<EmulatorBenchResult> {
  const iterations = options.iterations ?? 30;
  const emulator = await startEmulator({
    scale: options.scale,
    seed: options.seed ?? 42,
    ...(options.anchorDate === undefined ? {} : { anchorDate: options.anchorDate }),
    concurrencyLimit: 64,
  });
  try {
    const run = async (sql: string): Promise<{ ms: number; rows: number }> => {
      const started = performance.now();
      const response = await fetch(`${emulator.url}/query`, {
        method: 'POST',
        headers: { authorization: `Bearer ${emulator.apiKey}`, 'content-type': 'application/json' },
        body: JSON.stringify({ query: sql }),
      });
      const body = (await response.json()) as { rows?: unknown[]; error?: string; details?: string };
      const ms = performance.now() - started;
      if (response.status !== 200) throw new Error(`Bench query failed (${response.status}): ${body.error ?? ''} ${body.details ?? ''}\n${sql}`);
      return { ms, rows: body.rows?.length ?? 0 };
    };
    const time = async (query: BenchQuery): Promise<LatencyResult> => {
      let rows = 0;
      for (let i = 0; i < 3; i += 1) {
        rows = (await run(query.sql)).rows;
        if (query.floorSql !== undefined) await run(query.floorSql);
      }
      const samples: number[] = [];
      const floorSamples: number[] = [];
      for (let i = 0; i < iterations; i += 1) {
        // Interleaved, so a busy moment of the machine weighs on both alike.
        samples.push((await run(query.sql)).ms);
        if (query.floorSql !== undefined) floorSamples.push((await run(query.floorSql)).ms);
      }
      samples.sort((a, b) => a - b);
      floorSamples.sort((a, b) => a - b);
      return {
        name: query.name,
        p50Ms: quantile(samples, 0.5),
        p95Ms: quantile(samples, 0.95),
        rows,
        ...(query.floorSql === undefined ? {} : { floorP50Ms: quantile(floorSamples, 0.5) }),
        ...(query.maxFloorRatio === undefined ? {} : { maxFloorRatio: query.maxFloorRatio }),
      };
    };
    const signals = Number(await fetchScalar(emulator.url, emulator.apiKey, 'SELECT count() FROM fact_signal'));
    const floor = await time({ name: 'SELECT 1 (floor)', sql: 'SELECT 1' });
    const queries: LatencyResult[] = [];
    for (const query of options.queries ?? RECIPE_QUERIES) queries.push(await time(query));
    return { scale: options.scale, seedMs: emulator.seedMs, signals, floor, queries };
  } finally {
    await emulator.close();
  }
}

async function fetchScalar(url: string, apiKey: string, sql: string): Promise<string> {
  const response = await fetch(`${url}/query`, {
    method: 'POST',
    headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
    body: JSON.stringify({ query: sql }),
  });
  const body = (await response.json()) as { rows: unknown[][] };
  return String(body.rows[0]?.[0]);
}

/** Formats a result as the lines `npm run bench` prints. */
export function formatEmulatorBench(result: EmulatorBenchResult): string[] {
  const line = (r: LatencyResult) => `  ${r.name.padEnd(24)} p50 ${r.p50Ms.toFixed(1).padStart(7)} ms   p95 ${r.p95Ms.toFixed(1).padStart(7)} ms   (${r.rows} rows)`;
  return [
    `Emulator at ${result.scale} scale: ${result.signals.toLocaleString('en-US')} signals, seeded in ${(result.seedMs / 1000).toFixed(1)} s`,
    line(result.floor),
    ...result.queries.map(line),
    `  worst p95: ${Math.max(...result.queries.map((q) => q.p95Ms)).toFixed(1)} ms (reported; the issue-17 targets are p50 ratios to each query's own floor, see bench/report.ts)`,
  ];
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const scaleFlag = process.argv.indexOf('--scale');
  const scale = (scaleFlag === -1 ? 'medium' : process.argv[scaleFlag + 1]) as EmulatorScale;
  const result = await runEmulatorBench({ scale });
  console.log(formatEmulatorBench(result).join('\n'));
}
