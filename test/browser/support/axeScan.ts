/** Runs axe-core inside the page and returns its serious and critical violations, readably. */
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

export interface AxeFinding {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

interface AxeViolation {
  id: string;
  impact?: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/** Serious and critical axe violations for `selector` (default the whole document). */
export async function seriousAxeViolations(page: Page, selector = 'html'): Promise<AxeFinding[]> {
  const loaded = await page.evaluate(() => typeof (window as { axe?: unknown }).axe !== 'undefined');
  if (!loaded) await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async (context) => {
    const axe = (window as unknown as { axe: { run(context: string, options: object): Promise<{ violations: unknown[] }> } }).axe;
    const result = await axe.run(context, { resultTypes: ['violations'] });
    return result.violations;
  }, selector);
  return (violations as AxeViolation[])
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? 'unknown',
      help: violation.help,
      targets: violation.nodes.slice(0, 5).map((node) => node.target.map(String).join(' ')),
    }));
}
