// The same app on Express 5 and Express 4, each with and without express.json() before the proxy,
// on free ports. Prints their base URLs as one JSON line; Ctrl+C stops them.
import express5 from 'express';
import express4 from 'express4';
import { createApp } from './app.js';

const variants = {
  'express5': createApp(express5),
  'express5+json': createApp(express5, { parseJson: true }),
  'express4': createApp(express4),
  'express4+json': createApp(express4, { parseJson: true }),
};

const urls = {};
await Promise.all(
  Object.entries(variants).map(
    ([name, app]) =>
      new Promise((resolve) => {
        const server = app.listen(0, '127.0.0.1', () => {
          urls[name] = `http://127.0.0.1:${server.address().port}/api/analytics`;
          resolve();
        });
      }),
  ),
);
const versions = { express5: (await import('express/package.json', { with: { type: 'json' } })).default.version, express4: (await import('express4/package.json', { with: { type: 'json' } })).default.version };
console.log(JSON.stringify({ urls, versions }));
