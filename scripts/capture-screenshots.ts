/**
 * Captures both demo pages — the internal dashboard and the customer portal — in light, dark,
 * de-DE and on a 390 px phone, for the README and for a person to look at:
 *
 *   npx tsx scripts/capture-screenshots.ts [--out test-results/shots] [--scale tiny] [--only portal-light]
 *
 * Starts the demo on a free port over the emulator (default `small` scale), waits for every
 * widget's data and writes `<out>/{dashboard,portal}-{light,dark,de,phone}.png` (default out:
 * `demo/screenshots/`).
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { startDemoServer, type DemoScale } from '../demo/startDemoServer';
import { waitForViewData } from '../test/browser/support/dashboardPage';
import { openBrowserSession } from '../test/browser/support/launchChromium';

const { values } = parseArgs({ options: { out: { type: 'string' }, scale: { type: 'string' }, only: { type: 'string' } } });
const outDir = values.out ? `${resolve(values.out)}/` : fileURLToPath(new URL('../demo/screenshots/', import.meta.url));
mkdirSync(outDir, { recursive: true });

interface Shot {
  name: string;
  view: 'internal' | 'portal';
  search: string;
  width: number;
}

const SHOTS: Shot[] = (['internal', 'portal'] as const).flatMap((view) => {
  const prefix = view === 'internal' ? 'dashboard' : 'portal';
  const page = view === 'internal' ? '' : 'view=portal&';
  return [
    { name: `${prefix}-light`, view, search: `?${page}`, width: 1360 },
    { name: `${prefix}-dark`, view, search: `?${page}theme=dark`, width: 1360 },
    { name: `${prefix}-de`, view, search: `?${page}locale=de-DE`, width: 1360 },
    { name: `${prefix}-phone`, view, search: `?${page}`, width: 390 },
  ];
});

async function capture(page: Page, baseUrl: string, shot: Shot): Promise<void> {
  await page.setViewportSize({ width: shot.width, height: 900 });
  await page.goto(new URL(shot.search, baseUrl).href);
  await waitForViewData(page, shot.view);
  await page.mouse.move(0, 0);
  const path = `${outDir}${shot.name}.png`;
  await page.screenshot({ path, fullPage: true });
  console.log(`wrote ${path}`);
}

const server = await startDemoServer({ port: 0, scale: (values.scale ?? 'small') as DemoScale, logLevel: 'warn', watch: false });
const session = await openBrowserSession();
try {
  const page = await session.newPage();
  for (const shot of SHOTS.filter((candidate) => !values.only || candidate.name.includes(values.only))) await capture(page, server.url, shot);
} finally {
  await session.close();
  await server.close();
}
