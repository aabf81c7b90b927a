import { describe, expectTypeOf, it } from 'vitest';
import type { Scope } from '../../src/core/contract';
import { createAnalyticsProxy } from '../../src/server/createAnalyticsProxy';
import type { AnalyticsProxyOptions, ProxyQueryEvent } from '../../src/server/proxyOptions';
import { toNodeHandler } from '../../src/server/toNodeHandler';
import type { NodeRequestHandler } from '../../src/server/toNodeHandler';

describe('createAnalyticsProxy types', () => {
  it('returns a Fetch-API handler usable as a Next.js GET/POST export', () => {
    const proxy = createAnalyticsProxy({ upstream: { apiKey: 'k' }, resolveScope: () => null });
    expectTypeOf(proxy).toEqualTypeOf<(request: Request) => Promise<Response>>();
  });

  it('takes a resolveScope that may be sync or async and may return null', () => {
    expectTypeOf<AnalyticsProxyOptions['resolveScope']>().toEqualTypeOf<
      (request: Request) => Scope | null | Promise<Scope | null>
    >();
    // @ts-expect-error a scope is an object, not a list of ids
    createAnalyticsProxy({ upstream: { apiKey: 'k' }, resolveScope: () => ['cus_1'] });
  });

  it('requires the upstream API key', () => {
    // @ts-expect-error apiKey is required
    createAnalyticsProxy({ upstream: {}, resolveScope: () => ({}) });
  });

  it('reports events with a kind, a scope or null, a status and a duration', () => {
    expectTypeOf<ProxyQueryEvent['kind']>().toEqualTypeOf<'query' | 'sql' | 'schema' | 'signalsMetadata'>();
    expectTypeOf<ProxyQueryEvent['scope']>().toEqualTypeOf<Scope | null>();
    expectTypeOf<ProxyQueryEvent['error']>().toEqualTypeOf<{ code: string; message: string } | undefined>();
  });

  it('adapts a handler to a node:http / Express handler', () => {
    expectTypeOf(toNodeHandler).returns.toEqualTypeOf<NodeRequestHandler>();
  });
});
