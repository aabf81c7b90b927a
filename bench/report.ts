/** The lines `npm run bench` prints for each part: pure functions of the results. */
import type { BundleBenchResult } from './bundle/bundleBench';
import { BUNDLE_TARGETS, type AppFigure } from './bundle/bundleBench';
import type { DecodeBenchResult } from './decode';
import type { EmulatorBenchResult } from './emulator';
import { SIZE_BUDGETS } from './budgets';
import { formatTable, kilobytes, milliseconds, percent, times, verdict } from './format';
import type { RenderBenchResult } from './render/renderBench';

/** Targets from issues 8 and 17 that are not bundle sizes. */
export const TARGETS = {
  /** decodeResult(JSON.parse) over JSON.parse alone. */
  maxDecodeRatio: 1.5,
} as const;

export function bundleReport(result: BundleBenchResult): string[] {
  const { react, chart } = result.floors;
  const rows: (string | number)[][] = [
    [react.name, kilobytes(react.gzipBytes), '', kilobytes(react.rawBytes), times(react.gzipBytes / chart.gzipBytes), times(1), '', '', 'floor: React alone'],
    [chart.name, kilobytes(chart.gzipBytes), '', kilobytes(chart.rawBytes), times(1), times(chart.gzipBytes / react.gzipBytes), '', '', 'floor: same chart via echarts/core'],
    ...result.apps.map((app) => [
      app.name,
      kilobytes(app.gzipBytes),
      kilobytes(app.lazyGzipBytes),
      kilobytes(app.rawBytes),
      times(app.vsChartFloor),
      times(app.vsReactFloor),
      percent(app.libraryShare),
      percent(app.libraryShareWithLazy),
      verdict(
        app.libraryShare <= BUNDLE_TARGETS.maxLibraryShare && app.libraryShareWithLazy <= BUNDLE_TARGETS.maxLibraryShareWithLazy,
        `share ≤ ${percent(BUNDLE_TARGETS.maxLibraryShare)}, with lazy ≤ ${percent(BUNDLE_TARGETS.maxLibraryShareWithLazy)}`,
      ),
    ]),
  ];
  const all = result.allWidgets;
  if (all !== undefined) {
    rows.push([
      all.name,
      kilobytes(all.gzipBytes),
      kilobytes(all.lazyGzipBytes),
      kilobytes(all.rawBytes),
      times(all.vsChartFloor),
      times(all.vsReactFloor),
      percent(all.libraryShare),
      percent(all.libraryShareWithLazy),
      verdict(all.vsLargestSingle <= BUNDLE_TARGETS.maxAllWidgetsRatio, `${times(all.vsLargestSingle)} of ${all.largestSingle} (≤ ${times(BUNDLE_TARGETS.maxAllWidgetsRatio)})`),
    ]);
  }
  const every = result.everyWidget;
  if (every !== undefined) {
    rows.push([
      every.name,
      kilobytes(every.gzipBytes),
      kilobytes(every.lazyGzipBytes),
      kilobytes(every.rawBytes),
      times(every.vsChartFloor),
      times(every.vsReactFloor),
      percent(every.libraryShare),
      percent(every.libraryShareWithLazy),
      'every exported widget on one page (reported)',
    ]);
  }
  const lines = [
    'BUNDLE — host apps built by Vite for production, gzip -9 of the JS loaded up front (lazy: chunks behind import(), loaded later)',
    ...formatTable(['app', 'gzip', 'lazy gzip', 'minified', 'vs floor-chart', 'vs floor-react', 'library share', 'with lazy', 'target'], rows),
    '',
    'Beyond floor-chart, by package (rendered bytes before minification):',
    ...[...result.apps, ...(all === undefined ? [] : [all]), ...(every === undefined ? [] : [every])].map(
      (app) =>
        `  ${app.name}: ${app.overChartFloor
          .filter((entry) => Math.abs(entry.bytes) >= 500)
          .slice(0, 6)
          .map((entry) => `${entry.name} ${entry.bytes > 0 ? '+' : ''}${kilobytes(entry.bytes)}`)
          .join(', ')}`,
    ),
    '',
    'Library entry points, every dependency external (what the package itself ships; the budget holds up front + lazy):',
    ...formatTable(
      ['entry', 'gzip', 'lazy gzip', 'minified', 'modules', 'budget (CI)', 'external imports'],
      result.entries.map((entry) => {
        const budget = SIZE_BUDGETS.entries[entry.name].gzipBytes;
        return [
          entry.name,
          kilobytes(entry.gzipBytes),
          kilobytes(entry.lazyGzipBytes),
          kilobytes(entry.rawBytes),
          entry.modules,
          verdict(entry.gzipBytes + entry.lazyGzipBytes <= budget, `≤ ${kilobytes(budget)}`),
          entry.externalImports.join(', ') || '—',
        ];
      }),
    ),
    '',
    'Structural checks:',
    ...result.checks.map((check) => `  ${check.offenders.length === 0 ? '✓' : '✗'} ${check.name}${check.offenders.length === 0 ? '' : `: ${check.offenders.slice(0, 5).join(', ')}`}`),
  ];
  for (const note of result.notes) lines.push(`  ⚠ ${note}`);
  for (const failure of result.failures) lines.push(`  ✗ ${failure.name} did not build: ${failure.error}`);
  return lines;
}

export function decodeReport(results: readonly DecodeBenchResult[]): string[] {
  return [
    `DECODE — decodeResult(parseAnalyticsJson(body)) vs JSON.parse(body) alone, CPU time; the median of ${results[0]?.runs.length ?? 0} runs, each in a fresh Node process`,
    ...formatTable(
      ['body', 'JSON.parse (floor)', 'parse + decode', 'ratio (median)', 'runs', 'target'],
      results.map((result) => [
        result.name,
        milliseconds(result.floorMs),
        milliseconds(result.ms),
        times(result.ratio),
        result.runs.map((ratio) => ratio.toFixed(2)).join(' / '),
        verdict(result.ratio <= result.target, `≤ ${times(result.target)}`),
      ]),
    ),
  ];
}

export function renderReport(result: RenderBenchResult): string[] {
  const empty = result.scenes.find((scene) => scene.kind === 'empty');
  return [
    `RENDER — ${result.browser}, headless, reduced motion; median of ${result.runs} interleaved runs`,
    '  mounts: from root.render, data in hand, to the first paint after it is drawn; clicks: from click to the paint of the new rows',
    ...formatTable(
      ['scene', 'median', 'over empty', 'vs empty', 'min', 'max'],
      result.scenes.map((scene) => [
        scene.label,
        milliseconds(scene.medianMs),
        scene === empty ? '—' : milliseconds(scene.overEmptyMs),
        times(scene.vsEmpty),
        milliseconds(Math.min(...scene.samples)),
        milliseconds(Math.max(...scene.samples)),
      ]),
    ),
    result.hostBuildError === undefined
      ? '  ✓ <UsageTrends> draws in a production build with no interop help (as a host builds it)'
      : `  ✗ <UsageTrends> fails in a production build with no interop help (as a host builds it): ${result.hostBuildError.slice(0, 160)}` +
        '\n    (the timed page routes echarts-for-react/lib/core through bench/render/echartsForReactInterop.ts to measure anyway)',
  ];
}

/**
 * The dashboard of every widget: requests sent against distinct ones and the peak in flight against the cap
 * (one provider, and a client per widget as the floor), then per query; and, when the bundle part ran, the
 * library share of the `widgets-every` app (the same widgets in a host app built for production).
 */
export function dashboardReport(dashboard: NonNullable<RenderBenchResult['dashboard']>, everyWidget?: AppFigure): string[] {
  const { shared, separate } = dashboard;
  const names = [...new Set([...Object.keys(separate.byName), ...Object.keys(shared.byName)])].sort();
  return [
    `DATA LAYER — a dashboard of every exported widget (${shared.distinctWidgets}) + ${shared.duplicates.length} duplicates with the same props (${shared.duplicates.join(', ')}): ${shared.widgets} widgets; requests counted at the fetcher (fixture answers after 40 ms)`,
    ...formatTable(
      ['', 'requests', 'distinct', 'peak in flight', 'cap', 'failed', 'frames shown', 'in error', 'settled'],
      [separate, shared].map((figures) => [
        figures.mode === 'shared' ? 'one provider (dedupe + cap)' : 'a client per widget (floor)',
        figures.requests,
        figures.distinctRequests,
        figures.peakInFlight,
        figures.mode === 'shared' ? figures.cap : `${figures.cap} each`,
        figures.failed,
        figures.framesShown,
        figures.errorStates,
        milliseconds(figures.settledMs),
      ]),
    ),
    '  per query (requests sent):',
    ...formatTable(
      ['query', 'a client per widget', 'one provider'],
      names.map((name) => [name, separate.byName[name] ?? 0, shared.byName[name] ?? 0]),
    ).map((line) => `  ${line}`),
    `  ${verdict(shared.requests === shared.distinctRequests, `every distinct request sent once (${shared.requests} sent, ${shared.distinctRequests} distinct)`)}; ` +
      `${verdict(shared.peakInFlight <= shared.cap, `peak in flight ${shared.peakInFlight} ≤ cap ${shared.cap}`)}; ` +
      `dedupe: ${shared.requests} requests instead of ${separate.requests} (${times(shared.requests / separate.requests)})` +
      (shared.failed + separate.failed > 0 ? `; ✗ ${shared.failed + separate.failed} requests failed (a fixture missing?)` : '') +
      (shared.errorStates + separate.errorStates > 0 ? `; ✗ ${shared.errorStates + separate.errorStates} widgets in their error state` : ''),
    everyWidget === undefined
      ? '  library share of this dashboard as a host app (widgets-every): run the bundle part too (--only bundle,dashboard)'
      : `  library share of this dashboard as a host app (${everyWidget.name}, every exported widget): ${percent(everyWidget.libraryShare)} up front, ` +
        `${percent(everyWidget.libraryShareWithLazy)} with lazy chunks, of floor-chart (${kilobytes(everyWidget.gzipBytes)} gzip up front, ${kilobytes(everyWidget.lazyGzipBytes)} lazy)`,
  ];
}

export function engineReport(result: EmulatorBenchResult): string[] {
  const floor = result.floor;
  const rows = [floor, ...result.queries].map((query) => [
    query.name,
    milliseconds(query.p50Ms),
    milliseconds(query.p95Ms),
    query === floor ? '—' : times(query.p50Ms / floor.p50Ms),
    query.floorP50Ms === undefined ? '—' : `${times(query.p50Ms / query.floorP50Ms)} of ${milliseconds(query.floorP50Ms)}`,
    query.rows,
    query === floor
      ? 'floor: HTTP + guard + engine'
      : query.floorP50Ms !== undefined && query.maxFloorRatio !== undefined
        ? verdict(query.p50Ms / query.floorP50Ms <= query.maxFloorRatio, `≤ ${query.maxFloorRatio}× own floor`)
        : '— (reported)',
  ]);
  return [
    `ENGINE at ${result.scale} — emulator (chDB) over HTTP: ${result.signals.toLocaleString('en-US')} signals, seeded in ${(result.seedMs / 1000).toFixed(1)} s; widget named queries compiled with compileQuery, scope {}`,
    ...formatTable(['query', 'p50', 'p95', 'p50 vs SELECT 1', 'p50 vs own floor (same columns, no grouping)', 'rows', 'target'], rows),
  ];
}

/** One line per target of issues 8 and 17: met or not, with the figure that decides it. */
export function summaryReport(results: {
  bundle?: BundleBenchResult;
  decode?: readonly DecodeBenchResult[];
  render?: RenderBenchResult;
  /** One result per scale, in the order run; a scale whose run failed carries its error. */
  engine?: readonly (EmulatorBenchResult | { scale: string; error: string })[];
}): string[] {
  const rows: string[][] = [];
  const add = (met: boolean, target: string, figure: string) => rows.push([met ? '✓' : '✗', target, figure]);
  const { bundle, decode, render, engine } = results;
  if (bundle !== undefined) {
    const worst = [...bundle.apps].sort((a, b) => b.libraryShare - a.libraryShare)[0];
    if (worst !== undefined) {
      add(worst.libraryShare <= BUNDLE_TARGETS.maxLibraryShare, `one-widget app: library share up front ≤ ${percent(BUNDLE_TARGETS.maxLibraryShare)} of floor-chart`, `worst ${worst.name} ${percent(worst.libraryShare)}`);
    }
    const worstWithLazy = [...bundle.apps].sort((a, b) => b.libraryShareWithLazy - a.libraryShareWithLazy)[0];
    if (worstWithLazy !== undefined) {
      add(
        worstWithLazy.libraryShareWithLazy <= BUNDLE_TARGETS.maxLibraryShareWithLazy,
        `one-widget app: library share with lazy chunks ≤ ${percent(BUNDLE_TARGETS.maxLibraryShareWithLazy)}`,
        `worst ${worstWithLazy.name} ${percent(worstWithLazy.libraryShareWithLazy)}`,
      );
    }
    if (bundle.allWidgets !== undefined) {
      add(bundle.allWidgets.vsLargestSingle <= BUNDLE_TARGETS.maxAllWidgetsRatio, `all four widgets ≤ ${times(BUNDLE_TARGETS.maxAllWidgetsRatio)} the largest one`, times(bundle.allWidgets.vsLargestSingle));
    }
    const overBudget = bundle.entries.filter((entry) => entry.gzipBytes + entry.lazyGzipBytes > SIZE_BUDGETS.entries[entry.name].gzipBytes);
    add(overBudget.length === 0, 'every entry point within its size budget', overBudget.map((entry) => entry.name).join(', ') || `${bundle.entries.length} of ${bundle.entries.length}`);
    const broken = bundle.checks.filter((check) => check.offenders.length > 0);
    add(broken.length === 0 && bundle.failures.length === 0, 'structural checks (core without React/ECharts, no full echarts, …)', broken.length + bundle.failures.length === 0 ? `${bundle.checks.length} hold` : `${broken.length} broken, ${bundle.failures.length} not built`);
  }
  if (decode !== undefined && decode.length > 0) {
    const plain = decode.filter((result) => result.target === TARGETS.maxDecodeRatio);
    const worst = [...plain].sort((a, b) => b.ratio - a.ratio)[0];
    if (worst !== undefined) {
      add(
        worst.ratio <= TARGETS.maxDecodeRatio,
        `decode ≤ ${times(TARGETS.maxDecodeRatio)} JSON.parse (median of ${worst.runs.length} runs)`,
        `worst ${times(worst.ratio)} (runs ${worst.runs.map((ratio) => ratio.toFixed(2)).join(' / ')})`,
      );
    }
    for (const result of decode.filter((r) => r.target !== TARGETS.maxDecodeRatio)) {
      add(
        result.ratio <= result.target,
        `decode ≤ ${times(result.target)} JSON.parse (Decimals as JSON numbers, median of ${result.runs.length} runs)`,
        `${times(result.ratio)} (runs ${result.runs.map((ratio) => ratio.toFixed(2)).join(' / ')})`,
      );
    }
  }
  if (render !== undefined && render.scenes.length > 0) {
    add(render.hostBuildError === undefined, 'a widget draws in a host-style production build', render.hostBuildError === undefined ? 'draws' : 'React error (see RENDER)');
  }
  const dashboard = render?.dashboard;
  if (dashboard !== undefined) {
    const widgets = `${dashboard.shared.widgets} widgets: all ${dashboard.shared.distinctWidgets} + ${dashboard.shared.duplicates.length} duplicates`;
    add(
      dashboard.shared.requests === dashboard.shared.distinctRequests && dashboard.shared.failed === 0 && dashboard.shared.errorStates === 0,
      `dashboard (${widgets}): requests = distinct requests`,
      `${dashboard.shared.requests} sent, ${dashboard.shared.distinctRequests} distinct` +
        (dashboard.shared.failed > 0 ? `, ${dashboard.shared.failed} failed` : '') +
        (dashboard.shared.errorStates > 0 ? `, ${dashboard.shared.errorStates} widgets in error` : ''),
    );
    add(dashboard.shared.peakInFlight <= dashboard.shared.cap, `dashboard (${widgets}): peak in flight ≤ cap`, `${dashboard.shared.peakInFlight} ≤ ${dashboard.shared.cap}`);
    const every = bundle?.everyWidget;
    rows.push([
      '·',
      'dashboard of every widget: total library share (widgets-every app; reported, no target)',
      every === undefined ? 'bundle part not run' : `${percent(every.libraryShare)} up front, ${percent(every.libraryShareWithLazy)} with lazy`,
    ]);
  }
  for (const result of engine ?? []) {
    if ('error' in result) {
      add(false, `engine p50 within 2× its own floor (6× for small tables) at ${result.scale}`, `failed: ${result.error.slice(0, 80)}`);
      continue;
    }
    const judged = result.queries.filter((query) => query.floorP50Ms !== undefined && query.maxFloorRatio !== undefined);
    if (judged.length === 0) continue;
    const ratio = (query: (typeof judged)[number]) => query.p50Ms / query.floorP50Ms!;
    const met = judged.filter((query) => ratio(query) <= query.maxFloorRatio!);
    const worst = [...judged].sort((a, b) => ratio(b) / b.maxFloorRatio! - ratio(a) / a.maxFloorRatio!)[0]!;
    add(met.length === judged.length, `engine p50 within 2× its own floor (6× for small tables) at ${result.scale}`, `${met.length} of ${judged.length}; worst ${worst.name} ${times(ratio(worst))} (limit ${worst.maxFloorRatio}×)`);
  }
  return ['TARGETS (issues 8 and 17)', ...formatTable(['', 'target', 'this run'], rows, { alignNumbers: false })];
}
