/**
 * `examples/vite-react18`: a Vite single-page app on React 18.3 with `@types/react` 18, installed
 * from the packed library: strict `tsc --noEmit` (with `exactOptionalPropertyTypes`), `vite build`,
 * then its own Node server (static files + the proxy) against the emulator, loaded in Chromium.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchChromium } from '../browser/support/launchChromium';
import { startTestEmulator, type TestEmulator } from '../support/emulator';
import { cleanEnv, reportDuration, run, startLongRunning, tail, type LongRunning, type RunResult } from './support/exampleHost';
import { openHostPage } from './support/hostPage';

let dir: string;
let emulator: TestEmulator;
let typecheck: RunResult;
let build: RunResult;
let server: LongRunning | undefined;
let baseUrl: string;
let browser: Browser | undefined;
let context: BrowserContext;

beforeAll(async () => {
  dir = inject('exampleDirs')['vite-react18']!;
  emulator = await startTestEmulator({ anchorDate: new Date() });
  typecheck = await run('node', ['node_modules/typescript/bin/tsc', '--noEmit'], { cwd: dir, timeoutMs: 180_000 });
  build = await run('node', ['node_modules/vite/bin/vite.js', 'build'], { cwd: dir, env: cleanEnv(), timeoutMs: 300_000 });
  reportDuration('vite-react18: tsc + vite build', typecheck.durationMs + build.durationMs);
  if (build.code !== 0) return;
  const running = await startLongRunning('node', ['server.js'], {
    cwd: dir,
    env: cleanEnv({ PORT: '0', PAID_API_KEY: emulator.apiKey, PAID_API_URL: emulator.url }),
    ready: /Listening on (http:\/\/\S+)/,
  });
  server = running;
  baseUrl = running.match[1]!;
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 1400 }, reducedMotion: 'reduce', locale: 'en-US', timezoneId: 'Europe/Berlin' });
  await context.newPage(); // single-process Chromium: one tab stays open for the context's life
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await emulator?.close();
});

describe('examples/vite-react18', () => {
  it('installs React 18.3 and @types/react 18', async () => {
    const versions = await run('node', ['-p', "[require('react/package.json').version, require('@types/react/package.json').version].join(' ')"], { cwd: dir });
    expect(versions.stdout.trim()).toMatch(/^18\.3\.\d+ 18\.3\.\d+$/);
  });

  it('type-checks strictly, with exactOptionalPropertyTypes, against @types/react 18', () => {
    expect(typecheck.stdout + typecheck.stderr).toBe('');
    expect(typecheck.code).toBe(0);
  });

  it('builds with vite build', () => {
    expect(build.code, tail(build.stdout + build.stderr)).toBe(0);
  });

  it('loads in Chromium on React 18 with the four widgets showing data, a hook headline, and no console error', async () => {
    const opened = await openHostPage(context, baseUrl);
    try {
      expect(opened.problems, opened.errorTexts.join('\n')).toEqual([]);
      expect(opened.settled, opened.errorTexts.join('\n')).toEqual({
        'usage-trends': 'data',
        'cost-per-model': 'data',
        'revenue-aging': 'data',
        'credit-burn': 'data',
      });
      await opened.page.waitForFunction(() => /\d/.test(document.querySelector('[data-headline]')?.textContent ?? ''), null, { timeout: 30_000 });
      expect(await opened.page.evaluate(() => (window as unknown as { React?: unknown }).React)).toBeUndefined();
    } finally {
      await opened.page.close();
    }
  });
});
