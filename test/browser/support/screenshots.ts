/** Where the browser tests leave screenshots for a developer to look at (gitignored). */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const SCREENSHOT_DIR = fileURLToPath(new URL('../../../test-results/screenshots/', import.meta.url));

/** The absolute path of `name` in the screenshot folder, creating the folder. */
export function screenshotPath(name: string): string {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return `${SCREENSHOT_DIR}${name}`;
}
