import { createAnalyticsProxy, toNodeHandler } from 'paid-analytics-react/server';
import { sessions } from './sessions.js'; // your session lookup

const proxy = createAnalyticsProxy({
  upstream: { apiKey: process.env.PAID_API_KEY, baseUrl: process.env.PAID_API_URL },
  resolveScope: (request) => sessions.scopeFor(request.headers.get('cookie')),
});

/** Your app, on Express 5 or 4 (pass either), with or without `express.json()` before the proxy. */
export function createApp(express, { parseJson = false } = {}) {
  const app = express();
  if (parseJson) app.use(express.json());
  app.use('/api/analytics', toNodeHandler(proxy));
  return app;
}
