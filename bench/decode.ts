/**
 * The decode cost of a 10,000-row × 8-column response (3 quoted UInt64, a DateTime, 2 Float64, 2 String)
 * as a ratio to `JSON.parse` alone, measured in the same run: `decodeResult(JSON.parse(text))` against
 * `JSON.parse(text)`, medians over many interleaved iterations after warm-up. Target: ratio ≤ 1.5.
 */
import { decodeResult } from '../src/core/decode/decodeResult';

export interface DecodeBenchResult {
  name: string;
  /** Median ms of `JSON.parse(text)` alone. */
  floorMs: number;
  /** Median ms of `decodeResult(JSON.parse(text))`. */
  ms: number;
  /** `ms / floorMs`. */
  ratio: number;
}

const ROWS = 10_000;
const WARMUPS = 10;
const ITERATIONS = 60;

/** A deterministic pseudo-random generator (mulberry32), so every run measures the same body. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The response body as JSON text, the way the API sends it. */
export function buildDecodeBenchBody(dateTimeType = "DateTime('UTC')"): string {
  const next = random(42);
  const start = Date.UTC(2026, 0, 1);
  const rows: unknown[][] = [];
  for (let i = 0; i < ROWS; i++) {
    const at = new Date(start + Math.floor(next() * 330 * 86_400) * 1000).toISOString().replace('T', ' ').slice(0, 19);
    rows.push([
      String(BigInt(Math.floor(next() * 2 ** 53)) * 1000n + BigInt(i)),
      String(Math.floor(next() * 1e9)),
      String(i),
      at,
      next() * 1000,
      Math.round(next() * 1e6) / 100,
      `customer_${Math.floor(next() * 5000)}`,
      ['gpt-4o', 'claude-sonnet', 'gemini-pro', 'llama-3'][i % 4]!,
    ]);
  }
  return JSON.stringify({
    columns: [
      { name: 'signal_count', type: 'UInt64' },
      { name: 'total_tokens', type: 'UInt64' },
      { name: 'id', type: 'UInt64' },
      { name: 'created_at', type: dateTimeType },
      { name: 'latency_ms', type: 'Float64' },
      { name: 'ratio', type: 'Float64' },
      { name: 'customer_id', type: 'String' },
      { name: 'model', type: 'String' },
    ],
    rows,
    meta: { rowCount: ROWS, elapsedMs: 12, truncated: false },
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Keeps results alive so the engine cannot drop the measured work. */
let sink = 0;

function measure(name: string, text: string): DecodeBenchResult {
  const parseOnly = (): void => {
    sink += (JSON.parse(text) as { rows: unknown[] }).rows.length;
  };
  const parseAndDecode = (): void => {
    sink += decodeResult(JSON.parse(text)).rows.length;
  };
  for (let i = 0; i < WARMUPS; i++) {
    parseOnly();
    parseAndDecode();
  }
  const floor: number[] = [];
  const full: number[] = [];
  for (let i = 0; i < ITERATIONS; i++) {
    // Interleaved, alternating order, so drift (GC, CPU frequency) hits both alike.
    const order = i % 2 === 0 ? [parseOnly, parseAndDecode] : [parseAndDecode, parseOnly];
    for (const run of order) {
      const started = performance.now();
      run();
      const elapsed = performance.now() - started;
      (run === parseOnly ? floor : full).push(elapsed);
    }
  }
  const floorMs = median(floor);
  const ms = median(full);
  return { name, floorMs, ms, ratio: ms / floorMs };
}

/** Runs the decode benchmark: the 10,000 × 8 body with a UTC DateTime, and the same with a DST zone. */
export async function runDecodeBench(): Promise<DecodeBenchResult[]> {
  const results = [
    measure("decodeResult 10,000 rows × 8 columns (DateTime('UTC'))", buildDecodeBenchBody()),
    measure("decodeResult 10,000 rows × 8 columns (DateTime('America/New_York'))", buildDecodeBenchBody("DateTime('America/New_York')")),
  ];
  if (sink < 0) console.log(sink);
  return results;
}
