/**
 * An example host's page in real headless Chromium (the browser tests' launcher): opened with the
 * page's problems collected (console errors, uncaught errors, failed requests), optionally with
 * the browser's clock moved (a prerendered page opened days after its build), and waited on until
 * every widget has settled.
 */
import { createServer } from 'node:net';
import type { BrowserContext, Page } from 'playwright-core';
import { waitForWidgetSettled } from '../../browser/support/chartProbe';
import { watchPageProblems } from '../../browser/support/pageProblems';

export const WIDGET_CELLS = ['usage-trends', 'cost-per-model', 'revenue-aging', 'credit-burn'] as const;

export interface OpenedPage {
  page: Page;
  problems: string[];
  /** Each widget's settled state: its chart, its empty state or its error state. */
  settled: Record<string, 'chart' | 'empty' | 'error'>;
  /** The text of widgets that settled in their error state, for assertion messages. */
  errorTexts: string[];
}

/** Opens `url` in a new tab and waits for the widgets in `cells`; `clockOffsetMs` moves the browser's clock. */
export async function openHostPage(
  context: BrowserContext,
  url: string,
  options: { cells?: readonly string[]; clockOffsetMs?: number } = {},
): Promise<OpenedPage> {
  const page = await context.newPage();
  const problems = watchPageProblems(page);
  if (options.clockOffsetMs !== undefined) await page.clock.setFixedTime(new Date(Date.now() + options.clockOffsetMs));
  await page.goto(url, { waitUntil: 'load' });
  const settled: Record<string, 'chart' | 'empty' | 'error'> = {};
  for (const cell of options.cells ?? WIDGET_CELLS) settled[cell] = await waitForWidgetSettled(page, cell);
  const errorTexts = await page.$$eval('[data-paw-state="error"]', (nodes) => nodes.map((node) => node.textContent ?? ''));
  // Late console errors (a hydration mismatch is reported after the first paint) get a moment to arrive.
  await page.waitForTimeout(500);
  return { page, problems: problems.list, settled, errorTexts };
}

/** A TCP port free on loopback right now (for servers that cannot be told to pick one). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}
