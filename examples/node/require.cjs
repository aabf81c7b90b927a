// A CommonJS host requires the framework-free entries (Node >= 20.19 loads ES modules through require).
const assert = require('node:assert/strict');
const core = require('paid-analytics-react/core');
const server = require('paid-analytics-react/server');

assert.equal(typeof core.decodeResult, 'function');
assert.equal(typeof core.createHttpFetcher, 'function');
assert.equal(typeof server.createAnalyticsProxy, 'function');
assert.equal(typeof server.toNodeHandler, 'function');

// A proxy created at start-up without a key (a build without secrets) answers a clear error per request.
const proxy = server.createAnalyticsProxy({ upstream: { apiKey: process.env.PAID_API_KEY_NOT_SET }, resolveScope: () => ({}) });
proxy(new Request('http://localhost/api/analytics/schema')).then(async (response) => {
  assert.equal(response.status, 500);
  assert.equal((await response.json()).details, 'PROXY_NOT_CONFIGURED');
  console.log(JSON.stringify({ ok: true, required: ['paid-analytics-react/core', 'paid-analytics-react/server'] }));
});
