import { describe, expectTypeOf, it } from 'vitest';
import { createHttpFetcher, createProxyFetcher, type ProxyFetcherOptions } from '../../../src/core/client/createHttpFetcher';
import type { AnalyticsFetcher } from '../../../src/core/contract';

describe('the HTTP fetchers (types)', () => {
  it('createProxyFetcher takes the options of createHttpFetcher without client-side compiling', () => {
    expectTypeOf(createProxyFetcher({ baseUrl: '/api/analytics', credentials: 'include', headers: () => ({ authorization: 'Bearer t' }) })).toEqualTypeOf<AnalyticsFetcher>();
    expectTypeOf(createHttpFetcher({ baseUrl: '/api/analytics', compile: 'client' })).toEqualTypeOf<AnalyticsFetcher>();
    expectTypeOf<ProxyFetcherOptions>().not.toHaveProperty('compile');
    expectTypeOf<ProxyFetcherOptions>().not.toHaveProperty('queries');
    // @ts-expect-error a proxy fetcher never compiles in the browser
    createProxyFetcher({ baseUrl: '/api/analytics', compile: 'client' });
  });
});
