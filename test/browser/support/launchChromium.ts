/**
 * Real headless Chromium for the browser tests, from the npm registry alone: `@sparticuz/chromium`
 * ships the binary and `playwright-core` drives it. Nothing to download at test time.
 */
import chromium from '@sparticuz/chromium';
import { chromium as playwright, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Flags that keep a test browser quiet and offline apart from the page under test. */
const QUIET_FLAGS = ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export async function launchChromium(): Promise<Browser> {
  return playwright.launch({
    executablePath: await chromium.executablePath(),
    args: [...chromium.args, ...QUIET_FLAGS],
    headless: true,
  });
}

export interface BrowserSession {
  browser: Browser;
  context: BrowserContext;
  /** A fresh tab in the session's one context; close it after the test. */
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/**
 * One browser and one context for a test file, with a blank tab kept open. `@sparticuz/chromium`
 * runs Chromium with `--single-process`, where closing the last context (or tab) ends the
 * browser: so tests open and close tabs, never contexts.
 */
export async function openBrowserSession(): Promise<BrowserSession> {
  const browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
  await context.newPage();
  return {
    browser,
    context,
    newPage: () => context.newPage(),
    close: () => browser.close(),
  };
}
