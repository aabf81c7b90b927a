/**
 * The bundle part of `npm run bench`: every host app and library entry built for production,
 * each one-widget app as a ratio to the two floors (React alone; React + the same ECharts chart
 * drawn directly), all four widgets against the largest single one, and the structural checks.
 */
import { kilobytes } from '../format';
import { bytesOverFloor, fullEchartsModules, nodeOnlyModules, ONE_WIDGET_APPS, otherWidgetModules, otherWidgetQueryModules, uiFrameworkModules, WIDGET_NAMES, type WidgetName } from './bundleChecks';
import { LIBRARY_ENTRIES, measureApp, measureLibraryEntry, type BundleSize, type LibraryEntry } from './measureBundle';

/** Targets of issues 8 and 17. */
export const BUNDLE_TARGETS = {
  /** The library's own share of a one-widget app at first paint (up-front chunks), as a fraction of the ECharts floor. */
  maxLibraryShare: 0.1,
  /** The same share counting the chunks loaded later too (`import()`: the table engine, …). */
  maxLibraryShareWithLazy: 0.15,
  /** All four widgets together, as a multiple of the largest one-widget app. */
  maxAllWidgetsRatio: 1.3,
} as const;

export interface AppFigure {
  name: string;
  gzipBytes: number;
  rawBytes: number;
  /** gzip ratio to `floor-chart`. */
  vsChartFloor: number;
  /** gzip ratio to `floor-react`. */
  vsReactFloor: number;
  /** gzip of the chunks behind a dynamic `import()`, loaded after first paint. */
  lazyGzipBytes: number;
  /** (app − floor-chart) / floor-chart, up-front chunks: what the library adds at first paint over drawing the chart directly. */
  libraryShare: number;
  /** The same with the lazily loaded chunks counted: (app + lazy − floor-chart − its lazy) / floor-chart. */
  libraryShareWithLazy: number;
  /** Rendered (pre-minification) bytes beyond floor-chart per package, largest first. */
  overChartFloor: { name: string; bytes: number }[];
}

export interface FloorFigure {
  name: string;
  gzipBytes: number;
  rawBytes: number;
}

export interface EntryFigure {
  name: LibraryEntry;
  /** gzip of the chunks loaded when the entry is imported. */
  gzipBytes: number;
  /** gzip of the chunks it loads later through `import()` (the table engine, the query registry, the emulator's engine). */
  lazyGzipBytes: number;
  rawBytes: number;
  modules: number;
  externalImports: string[];
}

export interface StructuralCheck {
  name: string;
  /** What broke it; empty when it holds. */
  offenders: string[];
}

export interface BundleBenchResult {
  floors: { react: FloorFigure; chart: FloorFigure };
  apps: AppFigure[];
  allWidgets: (AppFigure & { vsLargestSingle: number; largestSingle: string }) | undefined;
  /** A dashboard of every widget the package exports (`widgets-every`): reported, no target. */
  everyWidget: AppFigure | undefined;
  entries: EntryFigure[];
  checks: StructuralCheck[];
  /** Findings that are not failures: e.g. other widgets' named queries in a one-widget app. */
  notes: string[];
  /** Apps or entries that did not build (e.g. a widget not written yet), with the reason. */
  failures: { name: string; error: string }[];
}

function appFigure(size: BundleSize, react: BundleSize, chart: BundleSize): AppFigure {
  return {
    name: size.name,
    gzipBytes: size.gzipBytes,
    rawBytes: size.rawBytes,
    vsChartFloor: size.gzipBytes / chart.gzipBytes,
    vsReactFloor: size.gzipBytes / react.gzipBytes,
    lazyGzipBytes: size.lazyGzipBytes,
    libraryShare: (size.gzipBytes - chart.gzipBytes) / chart.gzipBytes,
    libraryShareWithLazy: (size.gzipBytes + size.lazyGzipBytes - chart.gzipBytes - chart.lazyGzipBytes) / chart.gzipBytes,
    overChartFloor: bytesOverFloor(size, chart),
  };
}

function describeError(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/\s+/g, ' ').trim().slice(0, 300);
}

/** Builds the floors, the one-widget apps (the four widgets and the chart-drawing cookbook ones), `widgets-all`, `widgets-every` and the five entries (about 40 s). */
export async function runBundleBench(): Promise<BundleBenchResult> {
  const failures: BundleBenchResult['failures'] = [];
  const attempt = async <T>(name: string, run: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await run();
    } catch (error) {
      failures.push({ name, error: describeError(error) });
      return undefined;
    }
  };
  const react = await measureApp('floor-react');
  const chart = await measureApp('floor-chart');
  const checks: StructuralCheck[] = [];
  const notes: string[] = [];

  const singles: { widget: WidgetName; size: BundleSize }[] = [];
  for (const widget of ONE_WIDGET_APPS) {
    const size = await attempt(`widget-${widget}`, () => measureApp(`widget-${widget}`));
    if (size === undefined) continue;
    singles.push({ widget, size });
    checks.push({ name: `widget-${widget} has no other widget's modules`, offenders: otherWidgetModules(size, widget) });
    checks.push({ name: `widget-${widget} loads no full echarts`, offenders: fullEchartsModules(size) });
    checks.push({ name: `widget-${widget} has no chdb / node:*`, offenders: nodeOnlyModules(size) });
    const queries = otherWidgetQueryModules(size, widget);
    if (queries.length > 0) {
      const bytes = queries.reduce((sum, id) => sum + (size.moduleBytes[id] ?? 0), 0);
      notes.push(`widget-${widget} carries other widgets' named queries (${kilobytes(bytes)} rendered): ${queries.map((id) => id.replace(/.*\/src\//, '')).join(', ')}`);
    }
  }
  const apps = singles.map(({ size }) => appFigure(size, react, chart));

  // The README's advice: import by name. The same app through `import * as` + destructuring keeps every export.
  const named = singles.find(({ widget }) => widget === 'UsageTrends')?.size;
  const namespace = await attempt('widget-UsageTrends-namespace', () => measureApp('widget-UsageTrends-namespace'));
  if (named !== undefined && namespace !== undefined) {
    notes.push(
      `widget-UsageTrends through \`import * as\` + destructuring: ${kilobytes(namespace.gzipBytes - named.gzipBytes)} more up front (${kilobytes(namespace.gzipBytes)}), the reason to import by name`,
    );
  }

  let allWidgets: BundleBenchResult['allWidgets'];
  const all = await attempt('widgets-all', () => measureApp('widgets-all'));
  if (all !== undefined) {
    checks.push({ name: 'widgets-all loads no full echarts', offenders: fullEchartsModules(all) });
    // widgets-all holds the four widgets: compare it with the largest of those four.
    const four = new Set<string>(WIDGET_NAMES.map((name) => `widget-${name}`));
    const largest = apps.filter((app) => four.has(app.name)).sort((a, b) => b.gzipBytes - a.gzipBytes)[0];
    allWidgets = {
      ...appFigure(all, react, chart),
      vsLargestSingle: largest === undefined ? Number.NaN : all.gzipBytes / largest.gzipBytes,
      largestSingle: largest?.name ?? '(none built)',
    };
  }

  const every = await attempt('widgets-every', () => measureApp('widgets-every'));
  if (every !== undefined) {
    checks.push({ name: 'widgets-every loads no full echarts', offenders: fullEchartsModules(every) });
    checks.push({ name: 'widgets-every has no chdb / node:*', offenders: nodeOnlyModules(every) });
  }
  const everyWidget = every === undefined ? undefined : appFigure(every, react, chart);

  const entries: EntryFigure[] = [];
  for (const name of Object.keys(LIBRARY_ENTRIES) as LibraryEntry[]) {
    const size = await attempt(name, () => measureLibraryEntry(name));
    if (size === undefined) continue;
    entries.push({
      name,
      gzipBytes: size.gzipBytes,
      lazyGzipBytes: size.lazyGzipBytes,
      rawBytes: size.rawBytes,
      modules: size.modules.length,
      externalImports: size.externalImports,
    });
    if (name === 'paid-analytics-react/core') checks.push({ name: 'core has no React / ECharts', offenders: uiFrameworkModules(size) });
    if (name !== 'paid-analytics-react/server' && name !== 'paid-analytics-react/emulator') {
      checks.push({ name: `${name} has no chdb / node:*`, offenders: nodeOnlyModules(size) });
    }
    if (name !== 'paid-analytics-react/emulator') checks.push({ name: `${name} imports no full echarts`, offenders: fullEchartsModules(size) });
  }
  const floor = (size: BundleSize): FloorFigure => ({ name: size.name, gzipBytes: size.gzipBytes, rawBytes: size.rawBytes });
  return { floors: { react: floor(react), chart: floor(chart) }, apps, allWidgets, everyWidget, entries, checks, notes, failures };
}
