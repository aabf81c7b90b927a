/**
 * The decode cost of a 10,000-row × 8-column response (3 quoted UInt64, a DateTime, 2 Float64, 2 String)
 * as a ratio to `JSON.parse` alone, measured in the same run: `decodeResult(parseAnalyticsJson(text))` (what
 * `createHttpFetcher` and the QueryClient do) against `JSON.parse(text)`, medians over many interleaved
 * iterations after warm-up, timed in process CPU time (wall time where that is missing). Target: ratio
 * ≤ 1.5. A third body swaps the two Float64 columns for Decimals
 * sent as JSON numbers, as the real API sends them (the lossless path): target ≤ 2.
 *
 * One run measures the three bodies one after the other in a fresh Node process; the bench makes several
 * runs (`DECODE_RUNS`) and reports, per body, the median of the runs' ratios, with every run's ratio beside
 * it: one process's ratio moves by ±0.1 from the next one's with where the garbage collector happens to strike.
 *
 * Where the time over `JSON.parse` goes (Node 20, measured by taking one column type out at a time): the
 * 30,000 bigints about 0.3 of the ratio (`BigInt(text)` of a 19-digit id alone 0.1–0.15), the 10,000 `Date`s
 * about 0.3 (`new Date(ms)` allocates ~130 bytes; reading the text ~0.1), building the rows and the rest
 * about 0.1 (identity converters measure 1.08–1.12). Tried and measured worse or no better: bigints through
 * a `BigInt64Array` (~40 bytes each, and some processes fell into far more old-generation collections),
 * column-wise decoding into arrays (2.1–2.5×), a row builder cached across responses (the engine then
 * pretenured the rows into the old generation: 2–3× in most processes).
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { decodeResult } from '../src/core/decode/decodeResult';
import { parseAnalyticsJson } from '../src/core/decode/parseAnalyticsJson';

export interface DecodeBenchResult {
  name: string;
  /** Median ms of `JSON.parse(text)` alone (the median over the runs of each run's median). */
  floorMs: number;
  /** Median ms of `decodeResult(parseAnalyticsJson(text))` (likewise). */
  ms: number;
  /** The median of the runs' ratios (`ms / floorMs` of each run). */
  ratio: number;
  /** Each run's ratio, in the order they ran. */
  runs: number[];
  /** The ratio this body must stay within: 1.5, or 2 when its Decimals arrive as JSON numbers. */
  target: number;
}

const execFileAsync = promisify(execFile);

const ROWS = 10_000;
const WARMUPS = 10;
const ITERATIONS = 80;
/** Runs over the three bodies, each in its own process; the reported ratio is their median. */
export const DECODE_RUNS = 5;

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
export function buildDecodeBenchBody(dateTimeType = "DateTime('UTC')", decimalNumbers = false): string {
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
      decimalNumbers ? DECIMAL_NUMBER(next, 12) : next() * 1000,
      decimalNumbers ? DECIMAL_NUMBER(next, 6) : Math.round(next() * 1e6) / 100,
      `customer_${Math.floor(next() * 5000)}`,
      ['gpt-4o', 'claude-sonnet', 'gemini-pro', 'llama-3'][i % 4]!,
    ]);
  }
  const text = JSON.stringify({
    columns: [
      { name: 'signal_count', type: 'UInt64' },
      { name: 'total_tokens', type: 'UInt64' },
      { name: 'id', type: 'UInt64' },
      { name: 'created_at', type: dateTimeType },
      { name: 'latency_ms', type: decimalNumbers ? 'Decimal(38, 12)' : 'Float64' },
      { name: 'ratio', type: decimalNumbers ? 'Decimal(38, 6)' : 'Float64' },
      { name: 'customer_id', type: 'String' },
      { name: 'model', type: 'String' },
    ],
    rows,
    meta: { rowCount: ROWS, elapsedMs: 12, truncated: false },
  });
  // A Decimal is written unquoted, with all its digits, as the API writes it.
  return decimalNumbers ? text.replace(/"#(-?[\d.]+)#"/g, '$1') : text;
}

/** A Decimal with `scale` fraction digits and up to 20 integer digits, marked for unquoting. */
function DECIMAL_NUMBER(next: () => number, scale: number): string {
  const whole = String(Math.floor(next() * 1e6)) + (next() < 0.3 ? String(Math.floor(next() * 1e14)).padStart(14, '0') : '');
  const fraction = String(Math.floor(next() * 10 ** Math.min(scale, 15))).padStart(scale, '0');
  return `#${next() < 0.2 ? '-' : ''}${whole}.${fraction}#`;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * The process's CPU time in ms (user + system), where Node has it: on a machine shared with other work
 * it counts only this process's work, so the ratio does not swing with the load as wall time does.
 */
function clockMs(): number {
  const usage = typeof process !== 'undefined' ? process.cpuUsage?.() : undefined;
  return usage === undefined ? performance.now() : (usage.user + usage.system) / 1000;
}

/** Keeps results alive so the engine cannot drop the measured work. */
let sink = 0;

interface RunFigures {
  floorMs: number;
  ms: number;
}

/** One run over one body: medians of interleaved iterations of the floor and of parse + decode. */
function measureOnce(text: string): RunFigures {
  const parseOnly = (): void => {
    sink += (JSON.parse(text) as { rows: unknown[] }).rows.length;
  };
  const parseAndDecode = (): void => {
    sink += decodeResult(parseAnalyticsJson(text)).rows.length;
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
      const started = clockMs();
      run();
      const elapsed = clockMs() - started;
      (run === parseOnly ? floor : full).push(elapsed);
    }
  }
  return { floorMs: median(floor), ms: median(full) };
}

/** The bench's bodies: the 10,000 × 8 body with a UTC DateTime, the same with a DST zone, and with Decimals as JSON numbers. */
function decodeBenchBodies(): { name: string; text: string; target: number }[] {
  return [
    { name: "decodeResult 10,000 rows × 8 columns (DateTime('UTC'))", text: buildDecodeBenchBody(), target: 1.5 },
    { name: "decodeResult 10,000 rows × 8 columns (DateTime('America/New_York'))", text: buildDecodeBenchBody("DateTime('America/New_York')"), target: 1.5 },
    {
      name: "decodeResult 10,000 rows × 8 columns, 2 Decimals as JSON numbers (DateTime('UTC'))",
      text: buildDecodeBenchBody("DateTime('UTC')", true),
      target: 2,
    },
  ];
}

/** One run in this process: each body measured once, in order (what `decode.run.ts` prints for the parent). */
export function measureDecodeRun(): RunFigures[] {
  const figures = decodeBenchBodies().map((body) => measureOnce(body.text));
  if (sink < 0) console.log(sink);
  return figures;
}

/**
 * Runs the decode benchmark `runs` times, each in a fresh Node process (`decode.run.ts`, with this process's
 * loader flags): runs in one process agree to ±0.01 however far apart they are, because the engine's state
 * (compiled code, heap sizes, where the collector's period falls) carries over; separate processes show the
 * real spread. Per body: the median ratio and every run's.
 */
export async function runDecodeBench(runs = DECODE_RUNS): Promise<DecodeBenchResult[]> {
  const bodies = decodeBenchBodies();
  const figures = bodies.map(() => [] as RunFigures[]);
  const child = fileURLToPath(new URL('./decode.run.ts', import.meta.url));
  for (let run = 0; run < runs; run++) {
    const { stdout } = await execFileAsync(process.execPath, [...process.execArgv, child], { maxBuffer: 1 << 20 });
    const lines = stdout.trim().split('\n');
    const measured = JSON.parse(lines[lines.length - 1]!) as RunFigures[];
    bodies.forEach((_, b) => figures[b]!.push(measured[b]!));
  }
  return bodies.map((body, b) => {
    const ratios = figures[b]!.map((f) => f.ms / f.floorMs);
    return {
      name: body.name,
      floorMs: median(figures[b]!.map((f) => f.floorMs)),
      ms: median(figures[b]!.map((f) => f.ms)),
      ratio: median(ratios),
      runs: ratios,
      target: body.target,
    };
  });
}
