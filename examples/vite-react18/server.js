// Production: one Node server for the built app (dist/) and the analytics proxy (/api/analytics).
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { createAnalyticsProxy, toNodeHandler } from 'paid-analytics-react/server';

const proxy = toNodeHandler(
  createAnalyticsProxy({
    upstream: { apiKey: process.env.PAID_API_KEY, baseUrl: process.env.PAID_API_URL },
    resolveScope: () => ({}), // an internal dashboard behind your own auth: every customer
  }),
);

const root = join(import.meta.dirname, 'dist');
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };

const server = createServer(async (req, res) => {
  if (req.url?.startsWith('/api/analytics/')) return proxy(req, res);
  const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  const file = join(root, path === '/' ? 'index.html' : path);
  const body = await readFile(file.startsWith(root) ? file : join(root, 'index.html')).catch(() => readFile(join(root, 'index.html')));
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  res.end(body);
});
server.listen(Number(process.env.PORT ?? 3000), '127.0.0.1', () => {
  console.log(`Listening on http://127.0.0.1:${server.address().port}`);
});
