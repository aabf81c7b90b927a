/** Looks inside the widgets' ECharts charts (SVG renderer) in the page. */
import type { Page } from 'playwright-core';

/** The chart wrapper (`role="img"`) of the widget in the demo cell `data-widget="<widget>"`. */
export function chartSelector(widget: string): string {
  return `[data-widget="${widget}"] [data-paw-chart]`;
}

export interface DrawnChart {
  width: number;
  height: number;
  /** SVG shapes with a visible fill or stroke and a non-empty geometry. */
  drawnShapes: number;
  texts: string[];
}

/** Waits for the widget's chart SVG and describes what it drew. */
export async function drawnChart(page: Page, widget: string): Promise<DrawnChart> {
  const selector = `${chartSelector(widget)} svg`;
  await page.waitForSelector(selector, { timeout: 30_000 });
  // Let ECharts finish its first render (animations are off under reduced motion).
  await page.waitForFunction((sel) => (document.querySelector(sel)?.querySelectorAll('path').length ?? 0) > 0, selector);
  return page.$eval(selector, (svg) => {
    const box = svg.getBoundingClientRect();
    const shapes = [...svg.querySelectorAll('path, rect, circle, polyline, polygon')].filter((shape) => {
      const style = getComputedStyle(shape);
      const painted = (style.fill !== 'none' && style.fillOpacity !== '0') || (style.stroke !== 'none' && style.strokeOpacity !== '0');
      const area = shape.getBoundingClientRect();
      return painted && (area.width > 0 || area.height > 0);
    });
    return {
      width: box.width,
      height: box.height,
      drawnShapes: shapes.length,
      texts: [...svg.querySelectorAll('text')].map((text) => text.textContent ?? ''),
    };
  });
}

/**
 * Moves the mouse over a grid of points across the chart and collects every distinct tooltip
 * text shown (the ECharts HTML tooltip is appended inside the chart wrapper).
 */
export async function hoverAcrossChart(page: Page, widget: string, columns = 14, rows = 8): Promise<string[]> {
  const chart = page.locator(chartSelector(widget));
  await chart.scrollIntoViewIfNeeded();
  const box = await chart.boundingBox();
  if (!box) throw new Error(`${widget}: the chart has no box`);
  const seen = new Set<string>();
  for (let row = 0; row < rows; row += 1) {
    for (let column = 0; column < columns; column += 1) {
      await page.mouse.move(box.x + ((column + 0.5) / columns) * box.width, box.y + ((row + 0.5) / rows) * box.height);
      const tips = await page.$$eval(`${chartSelector(widget)} div`, (divs) =>
        divs.filter((div) => div.style.zIndex !== '' && div.style.position === 'absolute').map((div) => (div.textContent ?? '').trim()),
      );
      for (const tip of tips) if (tip) seen.add(tip);
    }
  }
  await page.mouse.move(0, 0);
  return [...seen];
}

/**
 * Waits until the widget shows its final state for the current data: a drawn chart, or the
 * empty or error state (never the loading skeleton or a refresh in progress).
 */
export async function waitForWidgetSettled(page: Page, widget: string): Promise<'chart' | 'empty' | 'error'> {
  const handle = await page.waitForFunction(
    (cell) => {
      const root = document.querySelector(`[data-widget="${cell}"]`);
      if (!root || root.querySelector('[data-paw-refreshing], [data-paw-state="loading"]')) return null;
      if (root.querySelector('[data-paw-state="error"]')) return 'error';
      if (root.querySelector('[data-paw-state="empty"]')) return 'empty';
      return (root.querySelector('[data-paw-chart] svg')?.querySelectorAll('path').length ?? 0) > 0 ? 'chart' : null;
    },
    widget,
    { timeout: 30_000 },
  );
  return (await handle.jsonValue()) as 'chart' | 'empty' | 'error';
}
