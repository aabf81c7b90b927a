/**
 * The render part of `npm run bench`, in real headless Chromium: the bench page
 * (`bench/render/index.html`) built by Vite for production and served on 127.0.0.1, then each
 * scene mounted many times, interleaved, timed from `root.render` (data in hand) to the first
 * paint after it is drawn. Every figure is beside an empty render on the same page. The same page
 * also counts a dashboard's requests at the fetcher (see `dashboardRequests.tsx`), and a second
 * build with no interop help checks that a widget draws as a host would build it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Browser, Page } from 'playwright-core';
import { build, preview, type Plugin } from 'vite';
import { launchChromium } from '../../test/browser/support/launchChromium';
import { median } from '../format';
import type { DashboardFigures } from './dashboardRequests';
import type { RenderKind } from './renderBenchPage';

const pageRoot = fileURLToPath(new URL('./', import.meta.url));
const interopModule = fileURLToPath(new URL('./echartsForReactInterop.ts', import.meta.url));

/**
 * Routes every import of `echarts-for-react/lib/core` through `echartsForReactInterop.ts`, so
 * the timed page renders whether or not the library takes the CommonJS default itself.
 */
function echartsForReactInterop(): Plugin {
  return {
    name: 'bench-echarts-for-react-interop',
    enforce: 'pre',
    resolveId(source, importer) {
      return source === 'echarts-for-react/lib/core' && importer !== interopModule ? interopModule : null;
    },
  };
}

export interface SceneFigure {
  kind: RenderKind;
  /** What the scene is, for the table. */
  label: string;
  medianMs: number;
  samples: number[];
  /** `medianMs − empty's medianMs`: the time the scene itself costs. */
  overEmptyMs: number;
  /** `medianMs / empty's medianMs`. */
  vsEmpty: number;
}

export interface RenderBenchResult {
  runs: number;
  browser: string;
  /**
   * The page error when `<UsageTrends>` is built with no interop help, as a host's Vite 8
   * production build would build it (e.g. React #130: the default import of
   * `echarts-for-react/lib/core` was the module object); `undefined` when it draws. The timed
   * page routes that import through `echartsForReactInterop.ts` so it measures either way.
   */
  hostBuildError: string | undefined;
  /** Empty when only the dashboard was asked for. */
  scenes: SceneFigure[];
  /** Undefined when only the scenes were asked for. */
  dashboard: { shared: DashboardFigures; separate: DashboardFigures } | undefined;
}

export interface RenderBenchOptions {
  /** Timed mounts per scene (default 25), after 3 warm-up mounts each. */
  runs?: number;
  /** Time the scenes (default true). */
  scenes?: boolean;
  /** Count the dashboard's requests (default true). */
  dashboard?: boolean;
}

const SCENES: readonly { kind: RenderKind; label: string }[] = [
  { kind: 'empty', label: 'empty render (floor)' },
  { kind: 'echarts-direct', label: '90 d × 10 series, echarts-for-react directly' },
  { kind: 'usage-trends', label: '90 d × 10 series, <UsageTrends> (cached data)' },
  { kind: 'table', label: 'table view, 10,000 rows (25 a page)' },
  { kind: 'table-sort', label: 'table: sort 10,000 rows (click → paint)' },
  { kind: 'table-next-page', label: 'table: next page (click → paint)' },
];

/** The page built into a temporary directory and served on 127.0.0.1. */
interface ServedPage {
  url: string;
  close(): Promise<void>;
}

/**
 * Builds the bench page for production and serves it. `withInteropFix` routes
 * `echarts-for-react/lib/core` through `echartsForReactInterop.ts` (the measured build); without
 * it the page is built exactly as a host's Vite build would build the library.
 */
async function servePage(withInteropFix: boolean): Promise<ServedPage> {
  const outDir = mkdtempSync(join(tmpdir(), 'paid-analytics-render-bench-'));
  try {
    await build({
      configFile: false,
      logLevel: 'silent',
      root: pageRoot,
      base: './',
      mode: 'production',
      plugins: [...(withInteropFix ? [echartsForReactInterop()] : []), react()],
      define: { 'process.env.NODE_ENV': '"production"' },
      build: { outDir, emptyOutDir: true, minify: true, target: 'es2022', modulePreload: false },
    });
    const server = await preview({
      configFile: false,
      logLevel: 'silent',
      root: pageRoot,
      build: { outDir },
      preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
    });
    const url = server.resolvedUrls?.local[0];
    if (url === undefined) throw new Error('render bench: the preview server has no URL');
    return {
      url,
      close: async () => {
        await server.close();
        rmSync(outDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(outDir, { recursive: true, force: true });
    throw error;
  }
}

/** Opens the page and waits for `window.renderBench`; page errors are collected into `problems`. */
async function openPage(browser: Browser, url: string, problems: string[]): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => 'renderBench' in window, null, { timeout: 30_000 }).catch(() => {
    throw new Error(`render bench page did not start: ${problems.join('; ') || 'no error reported'}`);
  });
  return page;
}

/**
 * Whether `<UsageTrends>` draws in a page built with no interop help, as a host's Vite 8
 * production build of the library would be: `undefined` when it does, else the page error.
 */
async function hostBuildError(browser: Browser): Promise<string | undefined> {
  const served = await servePage(false);
  const problems: string[] = [];
  try {
    const page = await openPage(browser, served.url, problems);
    const failed = new Promise<void>((resolve) => page.on('pageerror', () => resolve()));
    await Promise.race([page.evaluate(() => window.renderBench.measure('usage-trends')), failed]).catch(() => undefined);
    // Pages stay open until the browser closes: with --single-process, closing the last tab ends the browser.
    await page.goto('about:blank');
    return problems[0];
  } finally {
    await served.close();
  }
}

/** Builds the page, serves it, and measures every scene and the dashboard (about 30–60 s). */
export async function runRenderBench(options: RenderBenchOptions = {}): Promise<RenderBenchResult> {
  const runs = options.runs ?? 25;
  const served = await servePage(true);
  try {
    const browser = await launchChromium();
    try {
      const problems: string[] = [];
      const page = await openPage(browser, served.url, problems);
      const scenes = options.scenes === false ? [] : await measureScenes(page, runs);
      const dashboard =
        options.dashboard === false
          ? undefined
          : {
              shared: await page.evaluate(() => window.renderBench.dashboard('shared')),
              separate: await page.evaluate(() => window.renderBench.dashboard('separate')),
            };
      if (problems.length > 0) throw new Error(`render bench page errors: ${problems.join('; ')}`);
      const hostError = options.scenes === false ? undefined : await hostBuildError(browser);
      return { runs, browser: `Chromium ${browser.version()}`, hostBuildError: hostError, scenes, dashboard };
    } finally {
      await browser.close();
    }
  } finally {
    await served.close();
  }
}

/** Mounts every scene `runs` times (after 3 warm-up rounds), interleaved, and takes medians. */
async function measureScenes(page: Page, runs: number): Promise<SceneFigure[]> {
  await page.evaluate(() => window.renderBench.prepare());
  const samples = new Map<RenderKind, number[]>(SCENES.map((scene) => [scene.kind, []]));
  for (let round = 0; round < runs + 3; round += 1) {
    // Rotate the order each round, so drift (GC, JIT, CPU frequency) spreads over every scene.
    const order = SCENES.map((_, index) => SCENES[(index + round) % SCENES.length]!);
    for (const scene of order) {
      const ms = await page.evaluate((kind) => window.renderBench.measure(kind), scene.kind);
      if (round >= 3) samples.get(scene.kind)!.push(ms);
    }
  }
  const emptyMs = median(samples.get('empty')!);
  return SCENES.map(({ kind, label }): SceneFigure => {
    const own = samples.get(kind)!;
    const medianMs = median(own);
    return { kind, label, medianMs, samples: own, overEmptyMs: medianMs - emptyMs, vsEmpty: medianMs / emptyMs };
  });
}

