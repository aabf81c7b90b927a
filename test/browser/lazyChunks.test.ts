/**
 * The parts of the library loaded on demand, in real Chromium on the demo dashboard (issue 17):
 * with the reader of answers unreachable (offline, a deploy that removed the old chunk), each chart
 * widget ends in its own error state with Retry while the host page stays and nothing throws on the
 * page; the table engine the same way when a table is opened, the other widgets untouched. Chromium
 * remembers a module that failed to load for the life of the page (as the HTML spec's module map
 * says), so after a failed load a reload brings the part back; offline the library does not try
 * (`loadOnDemand`), so there Retry works once the browser is back online.
 */
import type { Page, Route } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { waitForWidgetSettled } from './support/chartProbe';
import { openDashboard } from './support/dashboardPage';
import { useDemoInBrowser } from './support/demoInBrowser';

let page: Page;
let pageErrors: string[];

const demo = useDemoInBrowser();
beforeEach(async () => {
  page = await demo.session.newPage();
  pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
});
afterEach(async () => {
  await page?.close();
});

/** Fails every request for a module whose path ends with `file` (the dev server serves each source module at its path). */
async function unreachable(file: string): Promise<() => Promise<void>> {
  const pattern = (url: URL) => url.pathname.endsWith(file);
  const abort = (route: Route) => route.abort('internetdisconnected');
  await page.route(pattern, abort);
  return () => page.unroute(pattern, abort);
}

const cell = (widget: string) => page.locator(`[data-widget="${widget}"]`);

/** Chart widgets of the dashboard that ask for data at once (the demo's CreditBurn first looks up currencies through the library too). */
const CHART_WIDGETS = ['UsageTrends', 'RevenueAging', 'CostTrend', 'RevenueTrend'] as const;

describe('a chunk loaded on demand that cannot load', () => {
  it('leaves every chart widget in its own error state with Retry and the page up; a reload draws the charts once it can load', async () => {
    const reachable = await unreachable('/src/core/client/responseDecoding.ts');
    // Not openDashboard: the demo's own customer list is read through the library too, so it cannot load either.
    await page.goto(demo.server.url, { waitUntil: 'load' });
    await page.waitForSelector('.demo-page');
    for (const widget of CHART_WIDGETS) {
      expect(await waitForWidgetSettled(page, widget), widget).toBe('error');
      await expect(cell(widget).getByRole('button', { name: 'Retry' }).isVisible()).resolves.toBe(true);
      await expect(cell(widget).getByRole('heading').first().isVisible()).resolves.toBe(true);
    }
    expect(await page.locator('.demo-page').isVisible()).toBe(true);
    await cell('UsageTrends').getByRole('button', { name: 'Retry' }).click();
    expect(await waitForWidgetSettled(page, 'UsageTrends')).toBe('error');
    expect(pageErrors).toEqual([]);

    await reachable();
    await openDashboard(page, demo.server.url);
    for (const widget of CHART_WIDGETS) expect(await waitForWidgetSettled(page, widget), widget).toBe('chart');
    expect(pageErrors).toEqual([]);
  });

  it('shows the table’s failure in its widget with Retry, the other widgets untouched; a reload shows the table once it can load', async () => {
    await openDashboard(page, demo.server.url);
    expect(await waitForWidgetSettled(page, 'UsageTrends')).toBe('chart');
    expect(await waitForWidgetSettled(page, 'CreditBurn')).toBe('chart');
    const reachable = await unreachable('/src/ui/DataTable/DataTable.tsx');
    await cell('UsageTrends').getByRole('button', { name: 'Table' }).click();
    await cell('UsageTrends').getByRole('button', { name: 'Retry' }).waitFor({ timeout: 30_000 });
    expect(await cell('UsageTrends').locator('[data-paw-state="error"]').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-widget="CreditBurn"] [data-paw-chart] svg').count()).toBe(1);

    expect(await waitForWidgetSettled(page, 'RevenueAging')).toBe('chart');
    expect(pageErrors).toEqual([]);

    await reachable();
    await openDashboard(page, demo.server.url);
    expect(await waitForWidgetSettled(page, 'UsageTrends')).toBe('chart');
    await cell('UsageTrends').getByRole('button', { name: 'Table' }).click();
    await cell('UsageTrends').getByRole('table').waitFor({ timeout: 30_000 });
    expect(pageErrors).toEqual([]);
  });

  it('offline, opening a table shows the error state with Retry; back online, Retry shows the table', async () => {
    await openDashboard(page, demo.server.url);
    expect(await waitForWidgetSettled(page, 'UsageTrends')).toBe('chart');
    await page.context().setOffline(true);
    try {
      await cell('UsageTrends').getByRole('button', { name: 'Table' }).click();
      await cell('UsageTrends').getByRole('button', { name: 'Retry' }).waitFor({ timeout: 30_000 });
      expect(await page.locator('.demo-page').isVisible()).toBe(true);
    } finally {
      await page.context().setOffline(false);
    }
    await cell('UsageTrends').getByRole('button', { name: 'Retry' }).click();
    await cell('UsageTrends').getByRole('table').waitFor({ timeout: 30_000 });
    expect(pageErrors).toEqual([]);
  });
});
