/** Steps on the demo dashboard that several browser tests share. */
import type { Page } from 'playwright-core';

/** Opens the dashboard (with optional `?theme=…&locale=…&customer=…`) and waits for the customer list. */
export async function openDashboard(page: Page, baseUrl: string, search = ''): Promise<void> {
  await page.goto(new URL(search, baseUrl).href, { waitUntil: 'load' });
  await page.waitForSelector('.demo-page');
  await page.waitForFunction(() => (document.querySelector('#demo-customer') as HTMLSelectElement | null)?.options.length! > 1, null, {
    timeout: 30_000,
  });
}

/** The computed background colour of the first element matching `selector`. */
export async function backgroundOf(page: Page, selector: string): Promise<string> {
  return page.$eval(selector, (element) => getComputedStyle(element).backgroundColor);
}

/** The computed text colour of the first element matching `selector`. */
export async function colorOf(page: Page, selector: string): Promise<string> {
  return page.$eval(selector, (element) => getComputedStyle(element).color);
}

/** The value element of a figure of the KPI strip (the `AnalyticsKpis` widget), by its id (`signals`, `margin`, …). */
export function kpiSelector(kpi: string): string {
  return `[data-kpi-strip] [data-paw-stat="${kpi}"] dd`;
}

/**
 * The shown value of a figure of the KPI strip once loaded and settled (no refresh in progress)
 * and, when `different` is given, once it no longer shows that value.
 */
export async function kpiValue(page: Page, kpi: string, different?: string): Promise<string> {
  const selector = kpiSelector(kpi);
  await page.waitForFunction(
    ({ selector, different }) => {
      if (document.querySelector('[data-kpi-strip] [data-paw-refreshing]')) return false;
      const text = document.querySelector(selector)?.textContent;
      return text !== undefined && text !== null && text !== different;
    },
    { selector, different },
    { timeout: 30_000 },
  );
  return (await page.textContent(selector)) ?? '';
}

/** A formatted en-US count (`12,345`) as a number. */
export function parseCount(text: string): number {
  const value = Number(text.replace(/[^\d.-]/g, ''));
  if (!Number.isFinite(value) || text.trim() === '') throw new Error(`not a count: ${JSON.stringify(text)}`);
  return value;
}

/** Waits until the KPI strip shows its figures (or its error state), with no refresh in progress. */
export async function waitForKpis(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const strip = document.querySelector('[data-kpi-strip]');
      if (!strip || strip.querySelector('[data-paw-refreshing], [data-paw-state="loading"]')) return false;
      return strip.querySelector('[data-paw-stat], [data-paw-state="error"]') !== null;
    },
    null,
    { timeout: 30_000 },
  );
}

/** Waits until the KPI strip and every widget of the internal dashboard show their data (or their empty / error state). */
export async function waitForDashboardData(page: Page): Promise<void> {
  await waitForViewData(page, 'internal');
}

/**
 * Waits until a demo page (`internal` or `portal`) shows its data: the KPI strip, and every
 * widget cell on the page out of its loading state, with no refresh in progress and any chart drawn.
 */
export async function waitForViewData(page: Page, view: 'internal' | 'portal'): Promise<void> {
  await page.waitForSelector(`.demo-view[data-view="${view}"]`, { timeout: 30_000 });
  await waitForKpis(page);
  await page.waitForFunction(
    () => {
      const cells = [...document.querySelectorAll('.demo-view [data-widget]')];
      return (
        cells.length > 0 &&
        cells.every((cell) => {
          if (cell.querySelector('[data-paw-refreshing], [data-paw-state="loading"], .demo-placeholder')) return false;
          const chart = cell.querySelector('[data-paw-chart]');
          return chart === null || (chart.querySelector('svg')?.querySelectorAll('path').length ?? 0) > 0;
        })
      );
    },
    null,
    { timeout: 60_000 },
  );
}
