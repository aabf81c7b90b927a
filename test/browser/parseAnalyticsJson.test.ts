/**
 * Which path `parseAnalyticsJson` takes in real Chromium, and that it keeps every digit there: the
 * browser's `JSON.parse` hands a reviver the source text (Chrome 114+), so nested cells take the reviver
 * path; top-level cells take the guided walk everywhere. The module is bundled with esbuild and run in a
 * blank page.
 */
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowserSession, type BrowserSession } from './support/launchChromium';

let session: BrowserSession;
let page: Page;

beforeAll(async () => {
  session = await openBrowserSession();
  page = await session.newPage();
  const bundle = await build({
    stdin: {
      contents: `
        import { parseAnalyticsJson, jsonParseHasSourceText } from './src/core/decode/parseAnalyticsJson';
        import { decodeResult } from './src/core/decode/decodeResult';
        globalThis.exactJson = { parseAnalyticsJson, jsonParseHasSourceText, decodeResult };`,
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  await page.setContent('<!doctype html><title>parseAnalyticsJson</title>');
  await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
});

afterAll(async () => {
  await page?.close();
  await session?.close();
});

describe('parseAnalyticsJson in Chromium', () => {
  it('detects JSON.parse source text access, so nested cells take the reviver path', async () => {
    expect(await page.evaluate(() => (globalThis as unknown as { exactJson: { jsonParseHasSourceText(): boolean } }).exactJson.jsonParseHasSourceText())).toBe(true);
  });

  it('keeps every digit of top-level and nested Decimals sent as JSON numbers', async () => {
    const text =
      '{"columns":[{"name":"d","type":"Nullable(Decimal(38, 6))"},{"name":"list","type":"Array(Decimal(38, 20))"},{"name":"f","type":"Float64"}],' +
      '"rows":[[12345678901234567890123456789012.123456,[1.00000000000000000001,-2e-20],0.1],[null,[],1e21]],"meta":{"rowCount":2,"elapsedMs":1,"truncated":false}}';
    const rows = await page.evaluate((body) => {
      const { parseAnalyticsJson, decodeResult } = (globalThis as unknown as {
        exactJson: { parseAnalyticsJson(text: string): unknown; decodeResult(body: unknown): { rows: unknown[] } };
      }).exactJson;
      return JSON.stringify(decodeResult(parseAnalyticsJson(body)).rows);
    }, text);
    expect(JSON.parse(rows)).toEqual([
      { d: '12345678901234567890123456789012.123456', list: ['1.00000000000000000001', '-0.00000000000000000002'], f: 0.1 },
      { d: null, list: [], f: 1e21 },
    ]);
  });
});
