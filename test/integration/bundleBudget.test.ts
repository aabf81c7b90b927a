/**
 * Size budgets and structure of what hosts bundle, checked on real Vite production builds
 * (`bench/bundle/measureBundle.ts`): each library entry point and one one-widget host app must
 * stay within `bench/budgets.json`, core must stay free of React and ECharts, a one-widget app
 * must not carry the other widgets, ECharts must only come in through `echarts/core`, and no
 * browser bundle may reach for `chdb` or Node built-ins.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUDGETED_APP, SIZE_BUDGETS } from '../../bench/budgets';
import {
  fullEchartsModules,
  nodeOnlyModules,
  otherWidgetModules,
  uiFrameworkModules,
  WIDGET_NAMES,
} from '../../bench/bundle/bundleChecks';
import { LIBRARY_ENTRIES, measureApp, measureLibraryEntry, type BundleSize, type LibraryEntry } from '../../bench/bundle/measureBundle';

const ENTRY_NAMES = Object.keys(LIBRARY_ENTRIES) as LibraryEntry[];
/** Entry points that run in a browser (server and emulator are Node-only). */
const BROWSER_ENTRIES: readonly LibraryEntry[] = ['paid-analytics-react', 'paid-analytics-react/core', 'paid-analytics-react/testing'];
const srcDir = fileURLToPath(new URL('../../src/', import.meta.url));

const entries = new Map<LibraryEntry, BundleSize>();
let app: BundleSize;
let floorChart: BundleSize;

beforeAll(async () => {
  for (const name of ENTRY_NAMES) entries.set(name, await measureLibraryEntry(name));
  app = await measureApp(BUDGETED_APP);
  floorChart = await measureApp('floor-chart');
}, 120_000);

function entry(name: LibraryEntry): BundleSize {
  const size = entries.get(name);
  if (size === undefined) throw new Error(`${name} was not built`);
  return size;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((dirent) => {
    const path = join(dir, dirent.name);
    if (dirent.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(dirent.name) ? [path] : [];
  });
}

/** How to raise a budget on purpose, printed with every breach. */
const RAISE = 'If the growth is deliberate, raise the budget in bench/budgets.json as its $comment says.';

describe('bundle size budgets (bench/budgets.json)', () => {
  it('has a budget for every library entry point', () => {
    expect(Object.keys(SIZE_BUDGETS.entries).sort()).toEqual([...ENTRY_NAMES].sort());
  });

  it.each(ENTRY_NAMES)('keeps %s, with the chunks it loads lazily, within its gzip budget', (name) => {
    const size = entry(name);
    const budget = SIZE_BUDGETS.entries[name].gzipBytes;
    const total = size.gzipBytes + size.lazyGzipBytes;
    expect(total, `${name} is ${total} B gzip (${size.lazyGzipBytes} B of it lazy), over its budget of ${budget} B. ${RAISE}`).toBeLessThanOrEqual(budget);
  });

  it(`keeps the ${BUDGETED_APP} host app, and its share over the ECharts floor, within budget`, () => {
    const budget = SIZE_BUDGETS.apps[BUDGETED_APP]!;
    const over = app.gzipBytes - floorChart.gzipBytes;
    expect(app.gzipBytes, `${BUDGETED_APP} is ${app.gzipBytes} B gzip, over ${budget.gzipBytes} B. ${RAISE}`).toBeLessThanOrEqual(budget.gzipBytes);
    expect(over, `the library adds ${over} B gzip over floor-chart, over ${budget.gzipBytesOverFloorChart} B. ${RAISE}`).toBeLessThanOrEqual(
      budget.gzipBytesOverFloorChart,
    );
    // The floor really is the chart: an app that lost its chart would pass the budget for the wrong reason.
    expect(over).toBeGreaterThan(0);
  });
});

describe('bundle structure', () => {
  it('builds paid-analytics-react/core with no React or ECharts, bundled or imported', () => {
    const core = entry('paid-analytics-react/core');
    expect(core.modules.length).toBeGreaterThan(10);
    expect(uiFrameworkModules(core)).toEqual([]);
  });

  it("builds a one-widget app without any module of the other three widgets", () => {
    expect(app.modules.some((id) => id.includes('/src/widgets/UsageTrends/'))).toBe(true);
    expect(otherWidgetModules(app, 'UsageTrends')).toEqual([]);
  });

  it('loads ECharts only through echarts/core and its parts, never the full package', () => {
    expect(app.modules.some((id) => id.includes('/node_modules/echarts/core'))).toBe(true);
    for (const size of [app, ...entries.values()]) expect(fullEchartsModules(size), size.name).toEqual([]);
    const fullImport = /(?:from\s+|import\s*\(\s*|require\s*\(\s*)['"](echarts|echarts-for-react)['"]/;
    const offenders = sourceFiles(srcDir).filter((file) => fullImport.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('keeps chdb and node:* out of every browser entry point and the host app', () => {
    for (const name of BROWSER_ENTRIES) expect(nodeOnlyModules(entry(name)), name).toEqual([]);
    expect(nodeOnlyModules(app)).toEqual([]);
    // The check does see them where they belong.
    expect(nodeOnlyModules(entry('paid-analytics-react/emulator'))).toEqual(expect.arrayContaining(['chdb', 'node:fs']));
  });
});

describe('the bundle checks', () => {
  const fake = (modules: string[], externalImports: string[] = []): BundleSize => ({
    name: 'fake',
    rawBytes: 0,
    gzipBytes: 0,
    lazyGzipBytes: 0,
    modules,
    moduleBytes: {},
    externalImports,
  });

  it('finds React and ECharts, bundled or external', () => {
    expect(uiFrameworkModules(fake(['/r/node_modules/react-dom/cjs/react-dom.production.js'], ['echarts/core']))).toEqual([
      '/r/node_modules/react-dom/cjs/react-dom.production.js',
      'echarts/core',
    ]);
    expect(uiFrameworkModules(fake(['/r/src/core/decode/decodeResult.ts']))).toEqual([]);
  });

  it('finds every other widget but not the one asked for', () => {
    const modules = WIDGET_NAMES.map((name) => `/r/src/widgets/${name}/${name}.tsx`);
    expect(otherWidgetModules(fake(modules), 'CreditBurn')).toEqual(modules.filter((id) => !id.includes('CreditBurn')));
  });

  it('finds the full echarts package and the echarts-for-react root, not echarts/core', () => {
    expect(fullEchartsModules(fake(['/r/node_modules/echarts/index.js', '/r/node_modules/echarts/core.js'], ['echarts-for-react']))).toEqual([
      '/r/node_modules/echarts/index.js',
      'echarts-for-react',
    ]);
    expect(fullEchartsModules(fake(['/r/node_modules/echarts/lib/chart/bar.js'], ['echarts/core', 'echarts-for-react/lib/core']))).toEqual([]);
  });

  it('finds chdb and Node built-ins, with or without the node: prefix', () => {
    expect(nodeOnlyModules(fake([], ['chdb', 'fs', 'node:http', 'react']))).toEqual(['chdb', 'fs', 'node:http']);
  });
});
