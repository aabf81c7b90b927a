/**
 * `examples/next-app-router`: the README's route handler and a page of all four widgets in a
 * Next.js 16 App Router app, installed from the packed library. `next build` runs with no
 * `PAID_API_KEY` (as Docker and CI builds do); `next start` serves it against the emulator; the
 * statically prerendered page loads in headless Chromium with no console error, and again with
 * the browser's clock two days after the build (no hydration mismatch, React error #418); and the
 * same app builds with webpack too (`next build --webpack`).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchChromium } from '../browser/support/launchChromium';
import { startTestEmulator, type TestEmulator } from '../support/emulator';
import { cleanEnv, reportDuration, run, startLongRunning, tail, type LongRunning } from './support/exampleHost';
import { freePort, openHostPage } from './support/hostPage';

const DAY_MS = 24 * 60 * 60 * 1000;

let dir: string;
let emulator: TestEmulator;
let build: Awaited<ReturnType<typeof run>>;
let server: LongRunning | undefined;
let baseUrl: string;
let browser: Browser | undefined;
let context: BrowserContext;

beforeAll(async () => {
  dir = inject('exampleDirs')['next-app-router']!;
  emulator = await startTestEmulator({ anchorDate: new Date() });
  build = await run('npx', ['next', 'build'], { cwd: dir, env: cleanEnv(), timeoutMs: 600_000 });
  reportDuration('next-app-router: next build', build.durationMs);
  if (build.code !== 0) return;
  const port = await freePort();
  baseUrl = `http://127.0.0.1:${port}`;
  server = await startLongRunning('npx', ['next', 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: dir,
    env: cleanEnv({ PAID_API_KEY: emulator.apiKey, PAID_API_URL: emulator.url }),
    ready: /Ready in/,
  });
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 1400 }, reducedMotion: 'reduce', locale: 'en-US', timezoneId: 'Europe/Berlin' });
  await context.newPage(); // @sparticuz/chromium runs single-process: keep one tab open for the context's life
  await context.addCookies([{ name: 'session', value: 'staff', url: baseUrl }]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await emulator?.close();
});

describe('examples/next-app-router', () => {
  it('builds with next build and no PAID_API_KEY, prerendering the page statically', () => {
    expect(build.code, tail(build.stdout + build.stderr)).toBe(0);
    expect(build.stdout).toMatch(/○ \/\s/);
    expect(build.stdout).toMatch(/ƒ \/api\/analytics\/\[\.\.\.path\]/);
  });

  it('serves the prerendered page with every widget in its loading state and no request sent yet', async () => {
    const html = await (await fetch(baseUrl)).text();
    for (const cell of ['usage-trends', 'cost-per-model', 'revenue-aging', 'credit-burn']) {
      expect(html).toContain(`data-widget="${cell}"`);
    }
    expect(html).toContain('data-paw-state="loading"');
  });

  it('answers the route handler with the key from the environment at run time', async () => {
    const staff = await fetch(`${baseUrl}/api/analytics/schema`, { headers: { cookie: 'session=staff' } });
    expect(staff.status).toBe(200);
    const nobody = await fetch(`${baseUrl}/api/analytics/schema`);
    expect(nobody.status).toBe(401);
    const sql = await fetch(`${baseUrl}/api/analytics/query`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: 'session=customer:cus_x' },
      body: JSON.stringify({ query: 'SELECT 1' }),
    });
    expect(sql.status).toBe(403);
  });

  it('loads in Chromium with all four widgets showing data and no console error', async () => {
    const opened = await openHostPage(context, baseUrl);
    try {
      expect(opened.problems, opened.errorTexts.join('\n')).toEqual([]);
      expect(opened.settled, opened.errorTexts.join('\n')).toEqual({
        'usage-trends': 'data',
        'cost-per-model': 'data',
        'revenue-aging': 'data',
        'credit-burn': 'data',
      });
    } finally {
      await opened.page.close();
    }
  });

  it('hydrates without error #418 when the browser opens the prerendered page two days after the build', async () => {
    const opened = await openHostPage(context, baseUrl, { clockOffsetMs: 2 * DAY_MS });
    try {
      expect(opened.problems, opened.errorTexts.join('\n')).toEqual([]);
      for (const outcome of Object.values(opened.settled)) expect(['data', 'empty'], opened.errorTexts.join('\n')).toContain(outcome);
    } finally {
      await opened.page.close();
    }
  });

  // Last: it stops the server above, since the webpack build replaces the Turbopack one in `.next`.
  it('also builds with webpack (next build --webpack, for hosts that opt out of Turbopack), still without PAID_API_KEY', async () => {
    await server?.stop();
    server = undefined;
    const webpack = await run('npx', ['next', 'build', '--webpack'], { cwd: dir, env: cleanEnv(), timeoutMs: 600_000 });
    reportDuration('next-app-router: next build --webpack', webpack.durationMs);
    expect(webpack.code, tail(webpack.stdout + webpack.stderr)).toBe(0);
    expect(webpack.stdout).toMatch(/○ \/\s/);
    expect(webpack.stdout).toMatch(/ƒ \/api\/analytics\/\[\.\.\.path\]/);
  }, 600_000);
});
