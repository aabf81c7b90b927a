// A CommonJS host under `module: nodenext` requires the framework-free entries with their types.
import core = require('paid-analytics-react/core');
import server = require('paid-analytics-react/server');

type IsAny<T> = 0 extends 1 & T ? true : false;
function notAny<T>(..._proof: IsAny<T> extends true ? ['is any'] : []): void {}

notAny<typeof core.decodeResult>();
notAny<core.AnalyticsFetcher>();
notAny<server.AnalyticsProxyOptions>();

const handler: (request: Request) => Promise<Response> = server.createAnalyticsProxy({
  upstream: { apiKey: process.env.PAID_API_KEY },
  resolveScope: () => null,
});
const formatted: string = core.formatCount(12n);

export = { handler, formatted };
