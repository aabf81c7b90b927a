// An ES-module host under `module: nodenext`: every public type resolves (none is silently `any`),
// and options take the `string | undefined` that environment variables are.
import { AnalyticsError, createAnalyticsProxy, toNodeHandler, type AnalyticsProxyOptions, type ProxyQueryEvent, type Scope } from 'paid-analytics-react/server';
import {
  compileQuery,
  createHttpFetcher,
  decodeResult,
  formatCents,
  QueryClient,
  type AnalyticsFetcher,
  type AnalyticsRequest,
  type CostPerModelRow,
  type TimeRange,
  type UsageTrendsRow,
} from 'paid-analytics-react/core';
import { createFixtureFetcher, type FixtureFetcherOptions } from 'paid-analytics-react/testing';
import { startEmulator, type EmulatorHandle, type EmulatorOptions } from 'paid-analytics-react/emulator';
import { UsageTrends, type UsageTrendsProps, type AnalyticsProviderProps } from 'paid-analytics-react';
import { createServer } from 'node:http';

/** Compiles only when `T` is not `any`. */
type IsAny<T> = 0 extends 1 & T ? true : false;
function notAny<T>(..._proof: IsAny<T> extends true ? ['is any'] : []): void {}

notAny<AnalyticsProxyOptions>();
notAny<AnalyticsProxyOptions['resolveScope']>();
notAny<Scope>();
notAny<ProxyQueryEvent>();
notAny<AnalyticsFetcher>();
notAny<AnalyticsRequest>();
notAny<UsageTrendsRow>();
notAny<UsageTrendsRow['signals']>();
notAny<CostPerModelRow>();
notAny<TimeRange>();
notAny<UsageTrendsProps>();
notAny<UsageTrendsProps['timeRange']>();
notAny<AnalyticsProviderProps['fetcher']>();
notAny<EmulatorHandle>();
notAny<FixtureFetcherOptions>();
notAny<typeof UsageTrends>();
notAny<ReturnType<typeof decodeResult>>();
notAny<ReturnType<typeof compileQuery>>();

const proxy = createAnalyticsProxy({
  upstream: { apiKey: process.env.PAID_API_KEY, baseUrl: process.env.PAID_API_URL },
  resolveScope: (request) => (request.headers.get('x-customer') === null ? {} : { customerIds: [request.headers.get('x-customer') ?? ''] }),
  timeoutMs: Number(process.env.PROXY_TIMEOUT_MS) || undefined,
});
const served: Promise<Response> = proxy(new Request('http://localhost/api/analytics/schema'));
createServer(toNodeHandler(proxy));

const fetcher: AnalyticsFetcher = createHttpFetcher({ baseUrl: process.env.ANALYTICS_URL ?? '/api/analytics' });
const client = new QueryClient({ fetcher, maxInFlight: 4 });
const emulatorOptions: EmulatorOptions = { port: 0, scale: 'tiny', dataDir: process.env.EMULATOR_DATA_DIR };
const started: Promise<EmulatorHandle> = startEmulator(emulatorOptions);
const cents: string = formatCents(1234n, { currency: 'USD', locale: 'en-US' });
const range: TimeRange = { from: new Date('2026-11-01T00:00:00Z'), to: '2026-11-30' };
const error: AnalyticsError = new AnalyticsError({ code: 'BAD_REQUEST', message: 'x' });
const fixtures = createFixtureFetcher([], { latencyMs: 10 });

// @ts-expect-error a row's 64-bit count is a bigint, not a string
const wrong: string = ({} as UsageTrendsRow).signals;

export { served, client, started, cents, range, error, fixtures, wrong };
