/** Steps on the demo dashboard that several browser tests share. */
import type { Page } from 'playwright-core';
import { DEMO_WIDGETS } from '../../../demo/demoWidgets';
import { waitForWidgetSettled } from './chartProbe';

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

/**
 * The shown value of a headline number once loaded (not the `…` placeholder) and, when
 * `different` is given, once it no longer shows that value.
 */
export async function kpiValue(page: Page, kpi: string, different?: string): Promise<string> {
  const selector = `[data-kpi="${kpi}"] .demo-kpi-value`;
  await page.waitForFunction(
    ({ selector, different }) => {
      const text = document.querySelector(selector)?.textContent ?? '…';
      return text !== '…' && text !== different;
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

/** Waits until every headline number has loaded. */
export async function waitForKpis(page: Page): Promise<void> {
  await page.waitForFunction(
    () => [...document.querySelectorAll('.demo-kpi-value')].every((element) => (element.textContent ?? '…') !== '…'),
    null,
    { timeout: 30_000 },
  );
}

/** Waits until the headline numbers and every widget show their data (or their empty / error state). */
export async function waitForDashboardData(page: Page): Promise<void> {
  await waitForKpis(page);
  for (const widget of DEMO_WIDGETS) await waitForWidgetSettled(page, widget);
}
