/**
 * A trap for injected script: before any page script runs, `alert` / `confirm` / `prompt` set
 * `window.__xss`, and every dialog is recorded. Hostile labels such as `<img src=x onerror=alert(1)>`
 * must leave both untouched.
 */
import type { Page } from 'playwright-core';

export interface ScriptTrap {
  dialogs: string[];
  /** `window.__xss` in the page (undefined unless something ran). */
  sprung(): Promise<unknown>;
  /** How many `<img src="x">` elements exist: one means a label became HTML. */
  injectedImages(): Promise<number>;
}

export async function setScriptTrap(page: Page): Promise<ScriptTrap> {
  await page.addInitScript(() => {
    const spring = () => {
      (window as unknown as { __xss?: boolean }).__xss = true;
    };
    window.alert = spring;
    window.confirm = () => {
      spring();
      return false;
    };
    window.prompt = () => {
      spring();
      return null;
    };
  });
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return {
    dialogs,
    sprung: () => page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss),
    injectedImages: () => page.evaluate(() => document.querySelectorAll('img[src="x"]').length),
  };
}
