/**
 * What a person sees, asserted in real Chromium (issue 16) and the widgets as guests over hostile
 * answers (issue 12): a series keeps its colour across ranges, a partial first week is named by
 * its real dates, every aging bucket is named on a phone, tables stay inside their cards with the
 * first column pinned, and over the worst answers each card shows data or its own error state
 * while the host's content stays and nothing from the data runs.
 */
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { waitForViewData } from './support/dashboardPage';
import { useDemoInBrowser } from './support/demoInBrowser';
import { setScriptTrap, type ScriptTrap } from './support/scriptTrap';

let page: Page;
let trap: ScriptTrap;
let pageErrors: string[];

const demo = useDemoInBrowser();
beforeEach(async () => {
  page = await demo.session.newPage();
  trap = await setScriptTrap(page);
  pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
});
afterEach(async () => {
  await page?.close();
});

const cell = (widget: string) => page.locator(`[data-widget="${widget}"]`);

/** The background colour of a legend item's swatch in a widget. */
async function swatchColour(widget: string, name: string): Promise<string> {
  return cell(widget)
    .locator('[data-paw-legend] li', { hasText: name })
    .first()
    .evaluate((item) => getComputedStyle(item.querySelector('[aria-hidden="true"]')!).backgroundColor);
}

async function settled(widget: string): Promise<void> {
  await page.waitForFunction(
    (name) => {
      const element = document.querySelector(`[data-widget="${name}"]`);
      return element !== null && !element.querySelector('[data-paw-refreshing], [data-paw-state="loading"]');
    },
    widget,
    { timeout: 30_000 },
  );
}

describe('the dashboard a person trusts at a glance', () => {
  it('keeps a series colour across ranges and granularities, and names a partial first week by its real dates', async () => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(demo.server.url);
    await waitForViewData(page, 'internal');
    const usage = cell('UsageTrends');
    const name = (await usage.locator('[data-paw-legend] li').first().textContent())!.trim();
    const before = await swatchColour('UsageTrends', name);
    await usage.getByRole('combobox', { name: 'Time range' }).selectOption('12m');
    await usage.getByRole('radio', { name: 'Month' }).click();
    await settled('UsageTrends');
    expect(await swatchColour('UsageTrends', name)).toBe(before);

    await usage.getByRole('combobox', { name: 'Time range' }).selectOption('90d');
    await usage.getByRole('radio', { name: 'Week' }).click();
    await settled('UsageTrends');
    const firstLabel = await usage.locator('[data-paw-chart] svg text').evaluateAll((texts) =>
      texts.map((text) => text.textContent ?? '').find((text) => /[A-Za-z]{3} \d/.test(text)),
    );
    // Unless the window starts on a Monday, its first week is partial: named by the days it covers.
    const subtitle = await usage.evaluate((element) => element.querySelector('[data-paw-widget] header p')?.textContent ?? '');
    const start = new Date(`${subtitle.split(' to ')[0]} UTC`);
    expect(Number.isNaN(start.getTime())).toBe(false);
    if (start.getUTCDay() !== 1) expect(firstLabel).toMatch(/^[A-Za-z]{3} \d{1,2}\s?–\s?(\d{1,2}|[A-Za-z]{3} \d{1,2})$/);
    else expect(firstLabel).not.toMatch(/–/);
    expect(pageErrors).toEqual([]);
  });

  it('names every aging bucket on a 390 px phone, and its tables stay inside their cards with the first column pinned', async () => {
    await page.setViewportSize({ width: 390, height: 900 });
    await page.goto(demo.server.url);
    await waitForViewData(page, 'internal');
    const labels = await cell('RevenueAging').locator('[data-paw-chart] svg text').allTextContents();
    const joined = labels.join(' ');
    for (const bucket of ['Current', '1–30', '31–60', '61–90', '90+']) expect(joined).toContain(bucket);

    for (const widget of ['UsageTrends', 'RevenueAging']) {
      await cell(widget).getByRole('button', { name: 'Table' }).click();
      await cell(widget).locator('table').waitFor();
      const fit = await cell(widget).evaluate((element) => {
        const card = element.querySelector('[data-paw-widget]') as HTMLElement;
        const first = element.querySelector('tbody td') as HTMLElement;
        return { cardOverflow: card.scrollWidth - card.clientWidth, sticky: getComputedStyle(first).position, rowHeights: [...element.querySelectorAll('tbody tr')].map((row) => (row as HTMLElement).offsetHeight) };
      });
      expect(fit.cardOverflow, widget).toBeLessThanOrEqual(0);
      expect(fit.sticky, widget).toBe('sticky');
      // One line per row: dates never wrap.
      expect(new Set(fit.rowHeights).size, widget).toBe(1);
    }
    expect(pageErrors).toEqual([]);
  });
});

describe.each(['text in number columns', 'hostile labels', '10,000 rows', 'bad currencies', 'throwing formatter'])('the widgets as guests over %s', (name) => {
  it('each show data or their own error state; the host content stays; nothing from the data runs', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(new URL(`guest.html?case=${encodeURIComponent(name)}`, demo.server.url).href);
    await page.waitForFunction(
      () => {
        const cards = [...document.querySelectorAll('[data-paw-widget]')];
        return cards.length === 4 && cards.every((card) => card.querySelector('[data-paw-state="error"], [data-paw-chart] svg, [data-paw-barlist], table, [data-paw-state="empty"]'));
      },
      null,
      { timeout: 30_000 },
    );
    await expect(page.textContent('#host-before')).resolves.toContain('Host content before');
    await expect(page.textContent('#host-after')).resolves.toContain('Host content after');
    if (name === 'throwing formatter') {
      expect(await page.locator('[data-error-key="RENDER_ERROR"]').count()).toBeGreaterThanOrEqual(3);
      expect(await page.evaluate(() => (window as unknown as { __guestErrors: string[] }).__guestErrors)).toContain('RENDER_ERROR');
    }
    expect(await trap.sprung()).toBeUndefined();
    expect(await trap.injectedImages()).toBe(0);
    expect(trap.dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
