/**
 * Collects what must never happen on the dashboard: console errors, uncaught page errors and
 * failed requests to the page's own origin.
 */
import type { Page } from 'playwright-core';

export interface PageProblems {
  readonly list: string[];
  /** Forgets what was collected so far (e.g. after an expected navigation). */
  clear(): void;
}

export function watchPageProblems(page: Page): PageProblems {
  const list: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') list.push(`console.error: ${message.text()}`);
  });
  page.on('pageerror', (error) => list.push(`pageerror: ${error.message}`));
  page.on('requestfailed', (request) => {
    const failure = request.failure()?.errorText ?? 'failed';
    // A navigation or a switch aborts requests in flight on purpose.
    if (failure.includes('ERR_ABORTED')) return;
    list.push(`requestfailed: ${request.method()} ${request.url()} (${failure})`);
  });
  return { list, clear: () => list.splice(0) };
}
