/**
 * The demo dashboard in real headless Chromium, served by `startDemoServer` (emulator + proxy +
 * Vite) on loopback: the page a new user sees first must load cleanly, switch themes and scopes,
 * and pass an accessibility scan.
 */
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { INTERNAL_VIEW_WIDGETS } from '../../demo/demoWidgets';
import { seriousAxeViolations } from './support/axeScan';
import { backgroundOf, colorOf, kpiValue, openDashboard, parseCount, waitForDashboardData } from './support/dashboardPage';
import { useDemoInBrowser } from './support/demoInBrowser';
import { watchPageProblems, type PageProblems } from './support/pageProblems';
import { screenshotPath } from './support/screenshots';

let page: Page;
let problems: PageProblems;

const demo = useDemoInBrowser();

beforeEach(async () => {
  page = await demo.session.newPage();
  problems = watchPageProblems(page);
});

afterEach(async () => {
  await page?.close();
});

describe('the demo dashboard', () => {
  it('serves the dashboard on loopback and lists customers through the proxy, with no console error', async () => {
    expect(demo.server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    await openDashboard(page, demo.server.url);
    await expect(page.textContent('h1')).resolves.toContain('Analytics');
    const customerOptions = await page.$$eval('#demo-customer option', (options) => options.map((option) => option.textContent ?? ''));
    expect(customerOptions[0]).toMatch(/Internal/);
    expect(customerOptions.length).toBeGreaterThan(1);
    expect(problems.list).toEqual([]);
  });

  it('changes the computed colours when the theme switches from light to dark', async () => {
    await openDashboard(page, demo.server.url);
    const light = { page: await backgroundOf(page, '.demo-page'), text: await colorOf(page, '.demo-page') };
    await page.selectOption('#demo-theme', 'dark');
    await page.waitForSelector('.demo-page[data-theme="dark"]');
    const dark = { page: await backgroundOf(page, '.demo-page'), text: await colorOf(page, '.demo-page') };
    expect(dark.page).not.toBe(light.page);
    expect(dark.text).not.toBe(light.text);
    // Dark means a darker page than text: compare the sums of the RGB channels.
    const brightness = (color: string) => (color.match(/\d+/g) ?? []).slice(0, 3).reduce((sum, channel) => sum + Number(channel), 0);
    expect(brightness(dark.page)).toBeLessThan(brightness(dark.text));
    expect(brightness(light.page)).toBeGreaterThan(brightness(light.text));
    expect(new URL(page.url()).searchParams.get('theme')).toBe('dark');
    expect(problems.list).toEqual([]);
  });

  it('shows one customer’s numbers when viewing as that customer: the proxy scopes every query', async () => {
    await openDashboard(page, demo.server.url);
    const internal = await kpiValue(page, 'signals');
    const customerId = await page.$eval('#demo-customer', (select) => (select as HTMLSelectElement).options[1]!.value);
    const scopedRequest = page.waitForRequest(
      (request) => request.url().includes('/api/analytics/query') && request.headers()['paw-demo-customer'] === customerId,
    );
    await page.selectOption('#demo-customer', customerId);
    await scopedRequest;
    await expect(page.textContent('.demo-scope')).resolves.toContain('Viewing as');
    const scoped = await kpiValue(page, 'signals', internal);
    expect(scoped).not.toBe(internal);
    // One customer's signals are fewer than everyone's.
    expect(parseCount(scoped)).toBeLessThan(parseCount(internal));
    expect(new URL(page.url()).searchParams.get('customer')).toBe(customerId);
    // Back to the internal view: the first numbers again (from the cache of that view's fetcher).
    await page.selectOption('#demo-customer', '__internal__');
    await expect(kpiValue(page, 'signals', scoped)).resolves.toBe(internal);
    expect(problems.list).toEqual([]);
  });

  it('has no serious or critical axe violations in light or dark', async () => {
    await openDashboard(page, demo.server.url);
    await waitForDashboardData(page);
    expect(await seriousAxeViolations(page)).toEqual([]);
    for (const theme of ['dark', 'brand']) {
      await page.selectOption('#demo-theme', theme);
      await page.waitForSelector(`.demo-page[data-theme="${theme}"]`);
      await waitForDashboardData(page);
      expect(await seriousAxeViolations(page), theme).toEqual([]);
    }
    // The table views are real tables with their own markup: scan them too.
    for (const toggle of await page.$$('button:text-is("Table")')) await toggle.click();
    await page.waitForFunction(() => document.querySelectorAll('[data-widget] table').length >= 4);
    expect(await seriousAxeViolations(page), 'tables').toEqual([]);
  });

  it('logs nothing to the console while the widgets’ own controls are used', async () => {
    await openDashboard(page, demo.server.url);
    await waitForDashboardData(page);
    for (const label of ['Table', 'Chart', 'Month', 'Day']) {
      for (const button of await page.$$(`[data-widget] button:text-is("${label}")`)) await button.click();
    }
    for (const select of await page.$$('[data-widget] select')) {
      const values = await select.$$eval('option', (options) => options.map((option) => (option as HTMLOptionElement).value));
      const preset = values.find((value) => value === '7d');
      if (preset) await select.selectOption(preset);
    }
    await waitForDashboardData(page);
    expect(problems.list).toEqual([]);
  });

  it('stacks the widgets in one column on a phone, with nothing wider than the screen', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openDashboard(page, demo.server.url);
    await waitForDashboardData(page);
    const layout = await page.evaluate(() => ({
      viewport: window.innerWidth,
      scrollWidth: document.documentElement.scrollWidth,
      cells: [...document.querySelectorAll('[data-widget]')].map((cell) => {
        const box = cell.getBoundingClientRect();
        return { left: Math.round(box.left), right: Math.round(box.right), top: Math.round(box.top) };
      }),
    }));
    expect(layout.scrollWidth).toBeLessThanOrEqual(layout.viewport);
    expect(layout.cells).toHaveLength(INTERNAL_VIEW_WIDGETS.length);
    expect(new Set(layout.cells.map((cell) => cell.left)).size).toBe(1);
    for (const cell of layout.cells) expect(cell.right).toBeLessThanOrEqual(layout.viewport);
    const tops = layout.cells.map((cell) => cell.top);
    expect([...tops].sort((a, b) => a - b)).toEqual(tops);
    await page.screenshot({ path: screenshotPath('dashboard-phone.png'), fullPage: true });
    expect(problems.list).toEqual([]);
  });

  it('writes screenshots of the dashboard in light and dark', async () => {
    for (const theme of ['light', 'dark'] as const) {
      await openDashboard(page, demo.server.url, theme === 'light' ? '' : `?theme=${theme}`);
      await page.waitForSelector(`.demo-page[data-theme="${theme}"]`);
      await waitForDashboardData(page);
      const path = screenshotPath(`dashboard-${theme}.png`);
      const image = await page.screenshot({ path, fullPage: true });
      expect(image.byteLength).toBeGreaterThan(10_000);
    }
    expect(problems.list).toEqual([]);
  });
});
