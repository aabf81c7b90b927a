/**
 * The demo's two pages in real headless Chromium over the emulator through the proxy: the customer
 * portal (one customer's own account, every request scoped, nothing a vendor keeps to itself), and
 * what a person must be able to trust on both pages — no other scope's numbers shown as current
 * while "view as" switches, the KPI strip counting days in the demo's zone like the widgets, cards
 * of a row of equal height, toolbars on one line, keyboard-usable pickers.
 */
import type { Page, Request } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { INTERNAL_VIEW_WIDGETS, PORTAL_VIEW_WIDGETS } from '../../demo/demoWidgets';
import { seriousAxeViolations } from './support/axeScan';
import { kpiSelector, kpiValue, openDashboard, parseCount, waitForViewData } from './support/dashboardPage';
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

/** The analytics requests the widgets send (named queries and signals metadata), with the scope header each carried. */
function recordWidgetRequests(target: Page): { name: string; customer: string | undefined; params: Record<string, unknown> }[] {
  const seen: { name: string; customer: string | undefined; params: Record<string, unknown> }[] = [];
  target.on('request', (request: Request) => {
    const url = new URL(request.url());
    if (!url.pathname.startsWith('/api/analytics/')) return;
    const customer = request.headers()['paw-demo-customer'];
    if (url.pathname.endsWith('/signals/metadata')) {
      seen.push({ name: 'signals-metadata', customer, params: Object.fromEntries(url.searchParams) });
      return;
    }
    if (!url.pathname.endsWith('/query')) return;
    const body = JSON.parse(request.postData() ?? '{}') as { name?: string; params?: Record<string, unknown> };
    // Raw SQL is the demo's own customer list (internal chrome), not a widget.
    if (typeof body.name === 'string') seen.push({ name: body.name, customer, params: body.params ?? {} });
  });
  return seen;
}

/** The first customer of the "view as" list (the busiest), with its name. */
async function firstCustomer(): Promise<{ id: string; name: string }> {
  return page.$eval('#demo-customer', (select) => {
    const option = [...(select as HTMLSelectElement).options].find((item) => item.value !== '__internal__')!;
    return { id: option.value, name: option.textContent ?? '' };
  });
}

describe('the customer portal', () => {
  it('shows one customer their own account, with every widget request scoped to them and no AI cost or margin', async () => {
    const requests = recordWidgetRequests(page);
    await openDashboard(page, demo.server.url, '?view=portal');
    await waitForViewData(page, 'portal');
    const customer = await firstCustomer();
    await expect(page.textContent('.demo-portal-title')).resolves.toBe(customer.name);
    expect(await page.$eval('#demo-customer', (select) => (select as HTMLSelectElement).value)).toBe(customer.id);
    // No "all customers" choice on a customer's page.
    expect(await page.$$eval('#demo-customer option', (options) => options.map((option) => (option as HTMLOptionElement).value))).not.toContain('__internal__');

    const cells = await page.$$eval('.demo-view [data-widget]', (nodes) => nodes.map((node) => node.getAttribute('data-widget')));
    expect(cells).toEqual([...PORTAL_VIEW_WIDGETS]);
    expect(requests.length).toBeGreaterThan(5);
    for (const request of requests) expect(request, request.name).toMatchObject({ customer: customer.id });
    expect(new Set(requests.map((request) => request.name))).toContain('analytics-kpis');
    expect(new Set(requests.map((request) => request.name))).toContain('signals-metadata');

    const stats = await page.$$eval('[data-kpi-strip] [data-paw-stat]', (nodes) => nodes.map((node) => node.getAttribute('data-paw-stat')));
    expect(stats[0]).toBe('signals');
    expect(stats).toContain('outstanding');
    expect(stats.some((id) => id?.startsWith('creditsBalance'))).toBe(true);
    expect(stats).not.toContain('aiCost');
    expect(stats).not.toContain('margin');
    expect(problems.list).toEqual([]);
  });

  it('shows the same figures as the internal view "viewing as" that customer, fewer than everyone’s', async () => {
    await openDashboard(page, demo.server.url, '?view=portal');
    await waitForViewData(page, 'portal');
    const customer = await firstCustomer();
    const portalSignals = await kpiValue(page, 'signals');
    const portalOwed = await kpiValue(page, 'outstanding');

    await openDashboard(page, demo.server.url, `?customer=${customer.id}`);
    await waitForViewData(page, 'internal');
    expect(await kpiValue(page, 'signals')).toBe(portalSignals);
    expect(await kpiValue(page, 'outstanding')).toBe(portalOwed);

    await openDashboard(page, demo.server.url);
    await waitForViewData(page, 'internal');
    expect(parseCount(await kpiValue(page, 'signals'))).toBeGreaterThan(parseCount(portalSignals));
    expect(problems.list).toEqual([]);
  });

  it('has no serious or critical axe violations in light and dark', async () => {
    for (const theme of ['light', 'dark']) {
      await openDashboard(page, demo.server.url, `?view=portal&theme=${theme}`);
      await waitForViewData(page, 'portal');
      expect(await seriousAxeViolations(page), theme).toEqual([]);
    }
    expect(problems.list).toEqual([]);
  });

  it('fits a 390 px phone: one column, nothing wider than the screen', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openDashboard(page, demo.server.url, '?view=portal');
    await waitForViewData(page, 'portal');
    const layout = await page.evaluate(() => ({
      viewport: window.innerWidth,
      scrollWidth: document.documentElement.scrollWidth,
      lefts: [...document.querySelectorAll('.demo-view [data-widget], [data-kpi-strip]')].map((cell) => Math.round(cell.getBoundingClientRect().left)),
    }));
    expect(layout.scrollWidth).toBeLessThanOrEqual(layout.viewport);
    expect(new Set(layout.lefts).size).toBe(1);
    await page.screenshot({ path: screenshotPath('portal-phone.png'), fullPage: true });
    expect(problems.list).toEqual([]);
  });
});

describe('what a person trusts on both pages', () => {
  it('never shows the all-customers figures as current while "view as" switches to one customer', async () => {
    await openDashboard(page, demo.server.url);
    await waitForViewData(page, 'internal');
    const everyone = await kpiValue(page, 'signals');
    const customer = await firstCustomer();
    // Record every state of the strip's signals figure from the moment of the switch.
    await page.evaluate((selector) => {
      const seen: { text: string | null; dimmed: boolean; scope: string }[] = [];
      (window as unknown as { __kpiStates: typeof seen }).__kpiStates = seen;
      const record = () => {
        const value = document.querySelector(selector);
        const dimmed = value?.closest('[data-paw-refreshing]') !== null && value?.closest('[data-paw-refreshing]') !== undefined;
        seen.push({ text: value?.textContent ?? null, dimmed, scope: document.querySelector('.demo-scope')?.getAttribute('data-scope') ?? '' });
      };
      new MutationObserver(record).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    }, kpiSelector('signals'));
    await page.selectOption('#demo-customer', customer.id);
    const scoped = await kpiValue(page, 'signals', everyone);
    await page.waitForTimeout(200);
    const states = await page.evaluate(() => (window as unknown as { __kpiStates: { text: string | null; dimmed: boolean; scope: string }[] }).__kpiStates);
    expect(states.length).toBeGreaterThan(0);
    // Not at full opacity, and not dimmed either: the strip loads afresh for the new scope.
    const staleUnderCustomer = states.filter((state) => state.scope === 'customer' && state.text === everyone);
    expect(staleUnderCustomer).toEqual([]);
    expect(states.some((state) => state.scope === 'customer' && state.text === scoped && !state.dimmed)).toBe(true);
    expect(parseCount(scoped)).toBeLessThan(parseCount(everyone));
    expect(problems.list).toEqual([]);
  });

  it('counts the KPI strip’s days in the demo’s zone, exactly as the widgets do', async () => {
    for (const [search, zone] of [
      ['', 'America/New_York'],
      ['?locale=de-DE', 'Europe/Berlin'],
      ['?locale=ja-JP', 'Asia/Tokyo'],
    ] as const) {
      const requests = recordWidgetRequests(page);
      await openDashboard(page, demo.server.url, search);
      await waitForViewData(page, 'internal');
      const kpis = requests.find((request) => request.name === 'analytics-kpis')!;
      const cost = requests.find((request) => request.name === 'cost-per-model')!; // also "last 30 days"
      expect(kpis.params['timeZone']).toBe(zone);
      expect([kpis.params['from'], kpis.params['to']]).toEqual([cost.params['from'], cost.params['to']]);
      // The window starts at a local midnight of the zone.
      const start = new Date(String(kpis.params['from']));
      const local = new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(start);
      expect(local).toBe('00:00');
      page.removeAllListeners('request');
    }
    expect(problems.list).toEqual([]);
  });

  for (const view of ['internal', 'portal'] as const) {
    it(`${view}: cards in a row have equal heights and every toolbar stays on one line at 1440 px`, async () => {
      await page.setViewportSize({ width: 1440, height: 900 });
      await openDashboard(page, demo.server.url, view === 'portal' ? '?view=portal' : '');
      await waitForViewData(page, view);
      const cards = await page.$$eval('.demo-view [data-widget]', (cells) =>
        cells.map((cell) => {
          const card = cell.querySelector('[data-paw-widget]') ?? cell.firstElementChild!;
          const box = card.getBoundingClientRect();
          const toolbar = card.querySelector('[data-paw-toolbar]');
          const tops = toolbar ? [...toolbar.children].map((child) => Math.round(child.getBoundingClientRect().top)) : [];
          return { widget: cell.getAttribute('data-widget'), top: Math.round(box.top), height: Math.round(box.height), toolbarLines: new Set(tops).size };
        }),
      );
      expect(cards.map((card) => card.widget)).toEqual(view === 'portal' ? [...PORTAL_VIEW_WIDGETS] : [...INTERNAL_VIEW_WIDGETS]);
      const rows = new Map<number, number[]>();
      for (const card of cards) rows.set(card.top, [...(rows.get(card.top) ?? []), card.height]);
      for (const [top, heights] of rows) expect(Math.max(...heights) - Math.min(...heights), `row at ${top}: ${heights.join(', ')}`).toBeLessThanOrEqual(1);
      for (const card of cards) expect(card.toolbarLines, `${card.widget} toolbar`).toBeLessThanOrEqual(1);
      expect(problems.list).toEqual([]);
    });
  }

  it('lets a keyboard pick the signal and payload field of the breakdown', async () => {
    const requests = recordWidgetRequests(page);
    await openDashboard(page, demo.server.url);
    await waitForViewData(page, 'internal');
    const cell = page.locator('[data-widget="SignalPayloadBreakdown"]');
    const signal = cell.getByLabel('Signal', { exact: true });
    const before = await signal.inputValue();
    await signal.focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => signal.inputValue()).not.toBe(before);
    const chosen = await signal.inputValue();
    await expect
      .poll(() => requests.some((request) => request.name === 'signal-payload-breakdown' && request.params['signalName'] === chosen), { timeout: 15_000 })
      .toBe(true);
    const field = cell.getByLabel('Payload field', { exact: true });
    const firstField = await field.inputValue();
    const atEnd = await field.evaluate((select) => (select as HTMLSelectElement).selectedIndex === (select as HTMLSelectElement).options.length - 1);
    await field.focus();
    await page.keyboard.press(atEnd ? 'ArrowUp' : 'ArrowDown');
    await expect.poll(() => field.inputValue()).not.toBe(firstField);
    expect(problems.list).toEqual([]);
  });
});
