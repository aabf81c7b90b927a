// Every entry of paid-analytics-react loads in plain Node ESM (no bundler), the way a host's
// Vitest or an SSR server with external dependencies loads it. A widget renders on the server
// as its loading state and asks for nothing.
import assert from 'node:assert/strict';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import * as main from 'paid-analytics-react';
import * as core from 'paid-analytics-react/core';
import * as server from 'paid-analytics-react/server';
import * as emulator from 'paid-analytics-react/emulator';
import * as testing from 'paid-analytics-react/testing';

for (const [entry, names] of [
  [main, ['AnalyticsProvider', 'UsageTrends', 'CostPerModel', 'RevenueAging', 'CreditBurn', 'useUsageTrends', 'createHttpFetcher']],
  [core, ['decodeResult', 'compileQuery', 'createHttpFetcher', 'QueryClient', 'formatCents', 'sqlString']],
  [server, ['createAnalyticsProxy', 'toNodeHandler']],
  [emulator, ['startEmulator']],
  [testing, ['createFixtureFetcher', 'recordFixtures']],
]) {
  for (const name of names) assert.equal(typeof entry[name], 'function', `${name} is exported as a function`);
}

const requests = [];
const fetcher = async (request) => {
  requests.push(request);
  return new Promise(() => {});
};
const html = renderToString(
  createElement(main.AnalyticsProvider, { fetcher }, createElement(main.UsageTrends, { defaultTimeRange: '30d' })),
);
assert.match(html, /<section|<div/, 'the widget renders markup on the server');
assert.deepEqual(requests, [], 'server rendering sends no request');

assert.equal(core.formatCents(900719925474099312n, { currency: 'USD', locale: 'en-US' }), '$9,007,199,254,740,993.12');

console.log(JSON.stringify({ ok: true, entries: 5, ssrBytes: html.length }));
