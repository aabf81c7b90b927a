/**
 * The four widgets on the demo dashboard in real headless Chromium, over emulator data through
 * the proxy: each draws a real chart, follows the theme, shows one customer's numbers when the
 * proxy scopes to that customer, and treats hostile labels from the data as text.
 */
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_WIDGETS } from '../../demo/demoWidgets';
import { chartSelector, drawnChart, hoverAcrossChart, waitForWidgetSettled } from './support/chartProbe';
import { openDashboard, waitForKpis } from './support/dashboardPage';
import { useDemoInBrowser } from './support/demoInBrowser';
import { watchPageProblems, type PageProblems } from './support/pageProblems';
import { setScriptTrap, type ScriptTrap } from './support/scriptTrap';

/** The hostile names the emulator seeds (src/emulator/seed): a model, a customer. */
const HOSTILE_MODEL = 'ft:<triage>&"v2"';
const HOSTILE_CUSTOMER = '<img src=x onerror=alert(1)>';

let page: Page;
let problems: PageProblems;
let trap: ScriptTrap;

const demo = useDemoInBrowser();

beforeEach(async () => {
  page = await demo.session.newPage();
  problems = watchPageProblems(page);
  trap = await setScriptTrap(page);
});

afterEach(async () => {
  await page?.close();
});

/** Every widget's chart drawn, so its text and colours are final. */
async function waitForWidgets(): Promise<void> {
  for (const widget of DEMO_WIDGETS) await drawnChart(page, widget);
  await page.waitForFunction(() => document.querySelectorAll('[data-paw-refreshing]').length === 0);
}

/** What a widget shows as text (headline numbers, chart summary), without its controls. */
async function widgetText(widget: string): Promise<string> {
  return page.$eval(`[data-widget="${widget}"]`, (cell) => {
    const clone = cell.cloneNode(true) as HTMLElement;
    for (const control of clone.querySelectorAll('select, button')) control.remove();
    return (clone.textContent ?? '').replace(/\s+/g, ' ').trim();
  });
}

/** The widget card's computed surface colour and the colour of its chart's first axis label. */
async function widgetColours(widget: string): Promise<{ surface: string; chartText: string }> {
  return page.$eval(`[data-widget="${widget}"]`, (cell) => {
    const card = cell.firstElementChild as HTMLElement;
    const label = cell.querySelector('[data-paw-chart] svg text');
    return { surface: getComputedStyle(card).backgroundColor, chartText: label ? getComputedStyle(label).fill : '' };
  });
}

describe.each(DEMO_WIDGETS)('the %s widget on the dashboard', (widget) => {
  it('draws a non-blank SVG chart with an accessible summary', async () => {
    await openDashboard(page, demo.server.url);
    const chart = await drawnChart(page, widget);
    expect(chart.width).toBeGreaterThan(200);
    expect(chart.height).toBeGreaterThan(150);
    // Axes, grid lines, legend marks and at least a few data marks.
    expect(chart.drawnShapes).toBeGreaterThan(8);
    expect(chart.texts.filter((text) => /\d/.test(text)).length).toBeGreaterThan(2);
    const summary = await page.getAttribute(chartSelector(widget), 'aria-label');
    expect(summary?.length ?? 0).toBeGreaterThan(20);
    expect(await page.getAttribute(chartSelector(widget), 'role')).toBe('img');
    expect(problems.list).toEqual([]);
  });
});

describe('the widgets together', () => {
  it('change their computed colours with the theme', async () => {
    await openDashboard(page, demo.server.url);
    await waitForWidgets();
    const light = await Promise.all(DEMO_WIDGETS.map((widget) => widgetColours(widget)));
    await page.selectOption('#demo-theme', 'dark');
    await page.waitForSelector('.demo-page[data-theme="dark"]');
    await waitForWidgets();
    const dark = await Promise.all(DEMO_WIDGETS.map((widget) => widgetColours(widget)));
    DEMO_WIDGETS.forEach((widget, index) => {
      expect(dark[index]!.surface, widget).not.toBe(light[index]!.surface);
      expect(dark[index]!.chartText, widget).not.toBe(light[index]!.chartText);
    });
    expect(problems.list).toEqual([]);
  });

  it('format money and dates in the chosen locale and currency', async () => {
    await openDashboard(page, demo.server.url);
    await waitForWidgets();
    expect(await widgetText('CostPerModel')).toMatch(/\$\d/);
    await page.selectOption('#demo-locale', 'de-DE');
    await page.waitForFunction(() => /\d,\d{2}\s?€/.test(document.querySelector('[data-widget="CostPerModel"]')?.textContent ?? ''), null, {
      timeout: 30_000,
    });
    await waitForWidgets();
    const german = await widgetText('CostPerModel');
    expect(german).not.toMatch(/\$\d/);
    // Day-first German dates in the subtitle, e.g. "25.10.2026".
    expect(german).toMatch(/\b\d{2}\.\d{2}\.\d{4}\b/);
    expect(problems.list).toEqual([]);
  });

  it('show different numbers when viewing as one customer', async () => {
    await openDashboard(page, demo.server.url);
    await waitForWidgets();
    await waitForKpis(page);
    const internal = await Promise.all(DEMO_WIDGETS.map((widget) => widgetText(widget)));
    const customerId = await page.$eval('#demo-customer', (select) => (select as HTMLSelectElement).options[1]!.value);
    await page.selectOption('#demo-customer', customerId);
    for (const [index, widget] of DEMO_WIDGETS.entries()) {
      await page.waitForFunction(
        ({ widget, before }) => {
          const cell = document.querySelector(`[data-widget="${widget}"]`);
          if (!cell || cell.querySelector('[data-paw-refreshing], [data-paw-state="loading"]')) return false;
          const clone = cell.cloneNode(true) as HTMLElement;
          for (const control of clone.querySelectorAll('select, button')) control.remove();
          return (clone.textContent ?? '').replace(/\s+/g, ' ').trim() !== before;
        },
        { widget, before: internal[index]! },
        { timeout: 30_000 },
      );
    }
    const scoped = await Promise.all(DEMO_WIDGETS.map((widget) => widgetText(widget)));
    DEMO_WIDGETS.forEach((widget, index) => expect(scoped[index], widget).not.toBe(internal[index]));
    expect(problems.list).toEqual([]);
  });

  it('show hostile labels from the data as literal text in tooltips, running nothing', async () => {
    await openDashboard(page, demo.server.url);
    await waitForWidgets();
    const tooltips: string[] = [];
    for (const widget of DEMO_WIDGETS) {
      const seen = await hoverAcrossChart(page, widget, 10, 6);
      expect(seen.length, `${widget} showed no tooltip`).toBeGreaterThan(0);
      tooltips.push(...seen);
    }
    // CostPerModel is an HTML bar list: the hostile model is a bar's text, not markup.
    expect(await page.textContent('[data-widget="CostPerModel"] [data-paw-barlist]')).toContain(HOSTILE_MODEL);
    expect(tooltips.some((tip) => tip.includes(HOSTILE_CUSTOMER))).toBe(true);
    expect(await trap.sprung()).toBeUndefined();
    expect(await trap.injectedImages()).toBe(0);
    expect(trap.dialogs).toEqual([]);
    expect(problems.list).toEqual([]);
  });

  it('show a hostile customer name as text when viewing as that customer', async () => {
    // The internal view may send trusted SQL through the proxy: find the seeded customer.
    const response = await page.request.post(new URL('api/analytics/query', demo.server.url).href, {
      data: { query: `SELECT id FROM dim_customer WHERE name = '${HOSTILE_CUSTOMER}'` },
    });
    expect(response.status()).toBe(200);
    const hostileId = ((await response.json()) as { rows: string[][] }).rows[0]?.[0];
    expect(hostileId).toMatch(/^cus_/);
    await openDashboard(page, demo.server.url, `?customer=${hostileId}`);
    await expect(page.textContent('.demo-scope')).resolves.toContain('Viewing as');
    const tooltips: string[] = [];
    for (const widget of DEMO_WIDGETS) {
      const state = await waitForWidgetSettled(page, widget);
      expect(state, widget).not.toBe('error');
      if (state === 'chart') tooltips.push(...(await hoverAcrossChart(page, widget, 8, 4)));
    }
    // Revenue aging names the customers who owe: here, only this one.
    expect(tooltips.some((tip) => tip.includes(HOSTILE_CUSTOMER))).toBe(true);
    expect(await trap.sprung()).toBeUndefined();
    expect(await trap.injectedImages()).toBe(0);
    expect(trap.dialogs).toEqual([]);
    expect(problems.list).toEqual([]);
  });
});
