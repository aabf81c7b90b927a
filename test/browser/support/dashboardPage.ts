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
