/**
 * Captures the demo dashboard (light and dark) for the README:
 *
 *   npx tsx scripts/capture-screenshots.ts
 *
 * Starts the demo on a free port over the emulator (small scale), waits for every widget's
 * data and writes `demo/screenshots/dashboard-{light,dark}.png`.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startDemoServer } from '../demo/startDemoServer';
import { waitForDashboardData } from '../test/browser/support/dashboardPage';
import { openBrowserSession } from '../test/browser/support/launchChromium';

const outDir = fileURLToPath(new URL('../demo/screenshots/', import.meta.url));
mkdirSync(outDir, { recursive: true });

const server = await startDemoServer({ port: 0, scale: 'small', logLevel: 'warn', watch: false });
const session = await openBrowserSession();
try {
  const page = await session.newPage();
  await page.setViewportSize({ width: 1360, height: 900 });
  for (const theme of ['light', 'dark'] as const) {
    await page.goto(new URL(theme === 'light' ? '' : `?theme=${theme}`, server.url).href);
    await waitForDashboardData(page);
    await page.mouse.move(0, 0);
    const path = `${outDir}dashboard-${theme}.png`;
    await page.screenshot({ path, fullPage: true });
    console.log(`wrote ${path}`);
  }
} finally {
  await session.close();
  await server.close();
}
