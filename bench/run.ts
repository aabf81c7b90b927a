/**
 * `npm run bench`: every figure of issue 8 in one run, each beside a floor measured in the same
 * run — bundle sizes, decoding, rendering in Chromium, the dashboard's requests and the engine's
 * latency — printed as tables and written to `bench/results/latest.json` (not committed).
 *
 *   npm run bench                              # everything (about 3–5 minutes)
 *   npm run bench -- --only bundle,decode      # some parts: bundle, decode, render, dashboard, engine
 *   npm run bench -- --scale small             # engine at another emulator scale (default medium)
 *   npm run bench -- --runs 50                 # timed runs per render scene and engine query (default 25 / 30)
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
import { isEmulatorScale } from '../src/emulator/seed/scales';

const PARTS = ['bundle', 'decode', 'render', 'dashboard', 'engine'] as const;
type Part = (typeof PARTS)[number];

function parseArguments(argv: readonly string[]): { parts: Set<Part>; scale: string; runs: number | undefined } {
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
  return { parts, scale: value('--scale') ?? 'medium', runs };
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

const { parts, scale, runs } = parseArguments(process.argv.slice(2));
if (!isEmulatorScale(scale)) throw new Error(`Unknown scale ${JSON.stringify(scale)}`);
const started = performance.now();
const results: Record<string, unknown> = { date: new Date().toISOString(), machine: machine() };
const host = machine();
console.log(`paid-analytics-react bench — ${host.cores} cores (${host.cpu}), ${host.memoryGb} GB, Node ${host.node}, ${host.platform}\n`);

const section = async <T>(name: Part, run: () => Promise<T>, report: (result: T) => string[]): Promise<void> => {
  const sectionStarted = performance.now();
  try {
    const result = await run();
    results[name] = result;
    console.log([...report(result), `  (${((performance.now() - sectionStarted) / 1000).toFixed(1)} s)`, ''].join('\n'));
  } catch (error) {
    results[name] = { error: error instanceof Error ? error.message : String(error) };
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
      ...(result.dashboard ? dashboardReport(result.dashboard) : []),
    ],
  );
}
if (parts.has('engine')) {
  await section('engine', () => runEmulatorBench({ scale, queries: widgetBenchQueries(), iterations: runs ?? 30 }), engineReport);
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
      engine: succeeded('engine') as EmulatorBenchResult | undefined,
    }),
    '',
  ].join('\n'),
);

const resultsDir = fileURLToPath(new URL('./results/', import.meta.url));
mkdirSync(resultsDir, { recursive: true });
writeFileSync(`${resultsDir}latest.json`, `${JSON.stringify(results, (_, value) => (typeof value === 'bigint' ? value.toString() : value), 2)}\n`);
console.log(`Done in ${((performance.now() - started) / 1000).toFixed(0)} s; results in bench/results/latest.json`);
