/**
 * `npm run bench`: every figure of issues 8 and 17 in one run, each beside a floor measured in the
 * same run — bundle sizes, decoding, rendering in Chromium, the dashboard's requests and the
 * engine's latency — printed as tables and written to `bench/results/latest.json` (not committed).
 *
 *   npm run bench                                    # everything (about 6–8 minutes on 2 cores)
 *   npm run bench -- --only bundle,decode            # some parts: bundle, decode, render, dashboard, engine
 *   npm run bench -- --only engine                   # the engine at medium, then at large (about 3–5 minutes)
 *   npm run bench -- --only engine --scale large     # one scale (large alone: 2–3 minutes, 1–2 of them seeding)
 *   npm run bench -- --only engine --scale small,medium
 *   npm run bench -- --runs 50                       # timed runs per render scene and engine query (default 25 / 30)
 *
 * The engine part runs one emulator at a time (medium, then large by default), closing each before
 * the next starts: libchdb takes one data directory per process, and large holds about 4.7 GB.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { runBundleBench, type BundleBenchResult } from './bundle/bundleBench';
import { runDecodeBench, type DecodeBenchResult } from './decode';
import { runEmulatorBench, type EmulatorBenchResult } from './emulator';
import { widgetBenchQueries } from './engine/widgetQueries';
import { bundleReport, dashboardReport, decodeReport, engineReport, renderReport, summaryReport } from './report';
import { runRenderBench, type RenderBenchResult } from './render/renderBench';
import { isEmulatorScale, type EmulatorScale } from '../src/emulator/seed/scales';

const PARTS = ['bundle', 'decode', 'render', 'dashboard', 'engine'] as const;
type Part = (typeof PARTS)[number];

/** The engine's scales when `--scale` is not given: the issue-17 targets hold at both. */
const DEFAULT_ENGINE_SCALES: readonly EmulatorScale[] = ['medium', 'large'];

function parseArguments(argv: readonly string[]): { parts: Set<Part>; scales: EmulatorScale[]; runs: number | undefined } {
  const value = (flag: string) => {
    const index = argv.findIndex((arg) => arg === flag || arg.startsWith(`${flag}=`));
    if (index === -1) return undefined;
    const arg = argv[index]!;
    return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[index + 1];
  };
  const only = value('--only');
  const parts = new Set<Part>();
  for (const name of only === undefined ? PARTS : only.split(',').map((part) => part.trim())) {
    if (!(PARTS as readonly string[]).includes(name)) throw new Error(`Unknown part ${JSON.stringify(name)}; expected some of ${PARTS.join(', ')}`);
    parts.add(name as Part);
  }
  const runsText = value('--runs');
  const runs = runsText === undefined ? undefined : Number(runsText);
  if (runs !== undefined && !(Number.isInteger(runs) && runs >= 3)) throw new Error(`--runs must be an integer of at least 3, got ${JSON.stringify(runsText)}`);
  const scaleText = value('--scale');
  const scales: EmulatorScale[] = [];
  for (const name of scaleText === undefined ? DEFAULT_ENGINE_SCALES : scaleText.split(',').map((scale) => scale.trim())) {
    if (!isEmulatorScale(name)) throw new Error(`Unknown scale ${JSON.stringify(name)}; expected some of tiny, small, medium, large`);
    if (!scales.includes(name)) scales.push(name);
  }
  return { parts, scales, runs };
}

/** The machine the figures came from. */
function machine() {
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: availableParallelism(),
    memoryGb: Math.round(totalmem() / 1e9),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
  };
}

const { parts, scales, runs } = parseArguments(process.argv.slice(2));
const started = performance.now();
const results: Record<string, unknown> = { date: new Date().toISOString(), machine: machine() };
const host = machine();
console.log(`paid-analytics-react bench — ${host.cores} cores (${host.cpu}), ${host.memoryGb} GB, Node ${host.node}, ${host.platform}\n`);

/** Runs one part, prints its lines, and keeps its result (or its error) with `store`. */
const section = async <T>(
  name: string,
  run: () => Promise<T>,
  report: (result: T) => string[],
  store: (result: T | { error: string }) => void = (result) => {
    results[name] = result;
  },
): Promise<void> => {
  const sectionStarted = performance.now();
  try {
    const result = await run();
    store(result);
    console.log([...report(result), `  (${((performance.now() - sectionStarted) / 1000).toFixed(1)} s)`, ''].join('\n'));
  } catch (error) {
    store({ error: error instanceof Error ? error.message : String(error) });
    process.exitCode = 1;
    console.log(`${name.toUpperCase()} — failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
};

if (parts.has('bundle')) await section('bundle', runBundleBench, bundleReport);
if (parts.has('decode')) await section('decode', runDecodeBench, decodeReport);
if (parts.has('render') || parts.has('dashboard')) {
  await section(
    parts.has('render') ? 'render' : 'dashboard',
    () => runRenderBench({ scenes: parts.has('render'), dashboard: parts.has('dashboard'), ...(runs === undefined ? {} : { runs }) }),
    (result) => [
      ...(result.scenes.length > 0 ? renderReport(result) : []),
      ...(result.scenes.length > 0 && result.dashboard ? [''] : []),
      ...(result.dashboard ? dashboardReport(result.dashboard, (results.bundle as Partial<BundleBenchResult> | undefined)?.everyWidget) : []),
    ],
  );
}
// One emulator at a time: runEmulatorBench closes its emulator before it returns, so the next
// scale's engine starts on a free process.
const engineResults: (EmulatorBenchResult | { scale: EmulatorScale; error: string })[] = [];
if (parts.has('engine')) {
  results.engine = engineResults;
  for (const scale of scales) {
    await section(`engine at ${scale}`, () => runEmulatorBench({ scale, queries: widgetBenchQueries(), iterations: runs ?? 30 }), engineReport, (result) => {
      engineResults.push('error' in result ? { scale, error: result.error } : result);
    });
  }
}

const succeeded = (name: string) => {
  const result = results[name];
  return result !== undefined && !(typeof result === 'object' && result !== null && 'error' in result) ? result : undefined;
};
console.log(
  [
    ...summaryReport({
      bundle: succeeded('bundle') as BundleBenchResult | undefined,
      decode: succeeded('decode') as DecodeBenchResult[] | undefined,
      render: (succeeded('render') ?? succeeded('dashboard')) as RenderBenchResult | undefined,
      engine: engineResults,
    }),
    '',
  ].join('\n'),
);

const resultsDir = fileURLToPath(new URL('./results/', import.meta.url));
mkdirSync(resultsDir, { recursive: true });
writeFileSync(`${resultsDir}latest.json`, `${JSON.stringify(results, (_, value) => (typeof value === 'bigint' ? value.toString() : value), 2)}\n`);
console.log(`Done in ${((performance.now() - started) / 1000).toFixed(0)} s; results in bench/results/latest.json`);
