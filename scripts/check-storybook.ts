/**
 * Renders every story of the static Storybook in headless Chromium and fails on any page error
 * or console error: the smoke test after `npm run build-storybook`.
 *
 *   npm run build-storybook && npx tsx scripts/check-storybook.ts [--docs] [filter]
 *
 * Docs entries are checked too with `--docs` (their pages render every story of the file: slower).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openBrowserSession } from '../test/browser/support/launchChromium';

const root = fileURLToPath(new URL('../storybook-static/', import.meta.url));
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
};

interface IndexEntry {
  id: string;
  type: 'story' | 'docs';
}

if (!existsSync(join(root, 'index.json'))) {
  console.error('No storybook-static/index.json: run `npm run build-storybook` first.');
  process.exit(2);
}

const args = process.argv.slice(2);
const withDocs = args.includes('--docs');
const filter = args.find((arg) => !arg.startsWith('--'));

const server = createServer((request, response) => {
  const path = normalize(join(root, decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)));
  let file = path.startsWith(root) ? path : root;
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' });
  response.end(readFileSync(file));
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const entries = Object.values((JSON.parse(readFileSync(join(root, 'index.json'), 'utf8')) as { entries: Record<string, IndexEntry> }).entries)
  .filter((entry) => withDocs || entry.type === 'story')
  .filter((entry) => !filter || entry.id.includes(filter));

const session = await openBrowserSession();
const failures: string[] = [];
try {
  for (const entry of entries) {
    const page = await session.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text().slice(0, 300));
    });
    page.on('pageerror', (error) => problems.push(error.message.slice(0, 300)));
    await page.goto(`${base}/iframe.html?id=${entry.id}&viewMode=${entry.type === 'docs' ? 'docs' : 'story'}`);
    const rootSelector = entry.type === 'docs' ? '#storybook-docs' : '#storybook-root';
    await page.waitForFunction((selector) => document.querySelector(selector)?.childElementCount, rootSelector, { timeout: 15_000 }).catch(() => {
      problems.push('nothing rendered within 15 s');
    });
    await page.waitForTimeout(300);
    console.log(`${problems.length ? 'FAIL' : 'ok  '} ${entry.id}${problems.length ? `\n     ${problems.join('\n     ')}` : ''}`);
    if (problems.length) failures.push(entry.id);
    await page.close();
  }
} finally {
  await session.close();
  server.close();
}
console.log(`\n${entries.length - failures.length}/${entries.length} entries rendered cleanly`);
process.exit(failures.length ? 1 : 0);
