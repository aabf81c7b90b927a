/**
 * An example host's page in real headless Chromium (the browser tests' launcher): opened with the
 * page's problems collected (console errors, uncaught errors, failed requests), optionally with
 * the browser's clock moved (a prerendered page opened days after its build), and waited on until
 * every widget has settled.
 */
import { createServer } from 'node:net';
import type { BrowserContext, Page } from 'playwright-core';
import { watchPageProblems } from '../../browser/support/pageProblems';

export const WIDGET_CELLS = ['usage-trends', 'cost-per-model', 'revenue-aging', 'credit-burn'] as const;

export interface OpenedPage {
  page: Page;
  problems: string[];
  /** Each widget's settled state: its data drawn (a chart or bars), its empty or error state, or `timeout` (never settled in 30 s). */
  settled: Record<string, WidgetOutcome>;
  /** The text of widgets in their error state or still loading, for assertion messages. */
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
  const settled: OpenedPage['settled'] = {};
  const errorTexts: string[] = [];
  for (const cell of options.cells ?? WIDGET_CELLS) {
    settled[cell] = await waitForWidgetOutcome(page, cell).catch(() => 'timeout' as const);
    if (settled[cell] === 'error' || settled[cell] === 'timeout') {
      const text = await page.$eval(`[data-widget="${cell}"]`, (node) => node.textContent ?? '').catch(() => '(not on the page)');
      errorTexts.push(`${cell} (${settled[cell]}): ${text.slice(0, 300)}`);
    }
  }
  // Late console errors (a hydration mismatch is reported after the first paint) get a moment to arrive.
  await page.waitForTimeout(500);
  return { page, problems: problems.list, settled, errorTexts };
}

export type WidgetOutcome = 'data' | 'empty' | 'error' | 'timeout';

/**
 * Waits until the widget in `[data-widget=cell]` has stopped loading and shows its data (an ECharts
 * chart with drawn paths, or a bar list with bars), its empty state or its error state.
 */
async function waitForWidgetOutcome(page: Page, cell: string): Promise<WidgetOutcome> {
  const handle = await page.waitForFunction(
    (name) => {
      const root = document.querySelector(`[data-widget="${name}"]`);
      if (!root || root.querySelector('[data-paw-refreshing], [data-paw-state="loading"]')) return null;
      if (root.querySelector('[data-paw-state="error"]')) return 'error';
      if (root.querySelector('[data-paw-state="empty"]')) return 'empty';
      const chartPaths = root.querySelector('[data-paw-chart] svg')?.querySelectorAll('path').length ?? 0;
      const bars = root.querySelectorAll('[data-paw-barlist] [data-paw-bar]').length;
      return chartPaths > 0 || bars > 0 ? 'data' : null;
    },
    cell,
    { timeout: 30_000 },
  );
  return (await handle.jsonValue()) as WidgetOutcome;
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
