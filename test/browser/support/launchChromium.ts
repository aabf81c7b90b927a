/**
 * Real headless Chromium for the browser tests, from the npm registry alone: `@sparticuz/chromium`
 * ships the binary and `playwright-core` drives it. Nothing to download at test time.
 */
import chromium from '@sparticuz/chromium';
import { chromium as playwright, type Browser } from 'playwright-core';

/** Flags that keep a test browser quiet and offline apart from the page under test. */
const QUIET_FLAGS = ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export async function launchChromium(): Promise<Browser> {
  return playwright.launch({
    executablePath: await chromium.executablePath(),
    args: [...chromium.args, ...QUIET_FLAGS],
    headless: true,
  });
}
