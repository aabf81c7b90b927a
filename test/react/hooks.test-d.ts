import { describe, expectTypeOf, it } from 'vitest';
import { analyticsQueryOptions } from '../../src/core/client/analyticsQueryOptions';
import { createHttpFetcher } from '../../src/core/client/createHttpFetcher';
import type { DecodedRows } from '../../src/core/client/decodeResponse';
import { QueryClient, type QueryState } from '../../src/core/client/QueryClient';
import type { AnalyticsFetcher, SchemaResponseBody, SignalsMetadataResponseBody } from '../../src/core/contract';
import type { AnalyticsError } from '../../src/core/errors';
import { usageTrends, type UsageTrendsRow } from '../../src/core/queries/usageTrends';
import type { AnalyticsQueryResult, AnalyticsResult } from '../../src/react/AnalyticsResult';
import { useAnalyticsContext } from '../../src/react/useAnalyticsContext';
import { useAnalyticsQuery } from '../../src/react/useAnalyticsQuery';
import { useNamedQuery } from '../../src/react/useNamedQuery';
import { useSchema } from '../../src/react/useSchema';
import { useSignalsMetadata } from '../../src/react/useSignalsMetadata';

const INPUT = { from: '2026-10-01T00:00:00Z', to: '2026-11-01T00:00:00Z' };

describe('AnalyticsQueryResult', () => {
  it('is the AnalyticsResult of a row array', () => {
    expectTypeOf<AnalyticsQueryResult<{ n: bigint }>>().toEqualTypeOf<AnalyticsResult<{ n: bigint }[]>>();
  });

  it('has the documented fields', () => {
    type Result = AnalyticsQueryResult<{ n: bigint }>;
    expectTypeOf<Result['status']>().toEqualTypeOf<'loading' | 'success' | 'error'>();
    expectTypeOf<Result['data']>().toEqualTypeOf<{ n: bigint }[] | undefined>();
    expectTypeOf<Result['error']>().toEqualTypeOf<AnalyticsError | undefined>();
    expectTypeOf<Result['isFetching']>().toEqualTypeOf<boolean>();
    expectTypeOf<Result['refetch']>().toEqualTypeOf<() => void>();
  });
});

describe('useNamedQuery', () => {
  it("infers the row type from the named query", () => {
    const result = useNamedQuery(usageTrends, INPUT);
    expectTypeOf(result).toEqualTypeOf<AnalyticsQueryResult<UsageTrendsRow>>();
    expectTypeOf(result.data).toEqualTypeOf<UsageTrendsRow[] | undefined>();
    expectTypeOf<NonNullable<typeof result.data>[number]['signals']>().toEqualTypeOf<bigint>();
  });

  it("checks the input against the query's input type", () => {
    // @ts-expect-error granularity is an enum
    useNamedQuery(usageTrends, { ...INPUT, granularity: 'fortnight' });
    // @ts-expect-error from is required
    useNamedQuery(usageTrends, { to: INPUT.to });
  });
});

describe('the other hooks', () => {
  it('useAnalyticsQuery gives untyped records by default and the caller’s Row when given', () => {
    expectTypeOf(useAnalyticsQuery('SELECT 1').data).toEqualTypeOf<Record<string, unknown>[] | undefined>();
    expectTypeOf(useAnalyticsQuery<{ n: bigint }>('SELECT 1 AS n').data).toEqualTypeOf<{ n: bigint }[] | undefined>();
  });

  it('useAnalyticsQuery also takes a named query and infers its rows', () => {
    expectTypeOf(useAnalyticsQuery(usageTrends, INPUT)).toEqualTypeOf<AnalyticsQueryResult<UsageTrendsRow>>();
    useAnalyticsQuery(usageTrends, INPUT, { keepPreviousData: true });
    // @ts-expect-error the input must match the query
    useAnalyticsQuery(usageTrends, { to: INPUT.to });
  });

  it('useSchema and useSignalsMetadata give their checked bodies', () => {
    expectTypeOf(useSchema()).toEqualTypeOf<AnalyticsResult<SchemaResponseBody>>();
    expectTypeOf(useSignalsMetadata({ signalName: 'x' })).toEqualTypeOf<AnalyticsResult<SignalsMetadataResponseBody>>();
  });

  it('every hook accepts a fetcher of its own', () => {
    const fetcher = createHttpFetcher({ baseUrl: '/api/analytics' });
    expectTypeOf(fetcher).toEqualTypeOf<AnalyticsFetcher>();
    useSchema({ fetcher, enabled: false, staleTimeMs: 0, keepPreviousData: true });
    // @ts-expect-error no such option
    useSchema({ retries: 3 });
  });

  it('useAnalyticsContext exposes the fetcher (maybe none), client and formatters', () => {
    const context = useAnalyticsContext();
    expectTypeOf(context.fetcher).toEqualTypeOf<AnalyticsFetcher | undefined>();
    expectTypeOf(context.client).toEqualTypeOf<QueryClient>();
    expectTypeOf(context.formatters.cents).parameter(0).toEqualTypeOf<bigint | number | string>();
  });
});

describe('QueryClient', () => {
  it('types what a request resolves to by its kind', () => {
    const client = new QueryClient();
    expectTypeOf(client.fetchQuery({ kind: 'schema' })).toEqualTypeOf<Promise<SchemaResponseBody>>();
    expectTypeOf(client.fetchQuery({ kind: 'signalsMetadata' })).toEqualTypeOf<Promise<SignalsMetadataResponseBody>>();
    expectTypeOf(client.fetchQuery({ kind: 'sql', sql: 'SELECT 1' })).toEqualTypeOf<Promise<DecodedRows>>();
    expectTypeOf(client.getState({ kind: 'schema' })).toEqualTypeOf<QueryState<SchemaResponseBody>>();
  });

  it('analyticsQueryOptions gives a TanStack-shaped key and query function', () => {
    const options = analyticsQueryOptions(createHttpFetcher({ baseUrl: '/api' }), { kind: 'schema' });
    expectTypeOf(options.queryKey).toEqualTypeOf<readonly ['paid-analytics', string]>();
    expectTypeOf(options.queryFn).returns.toEqualTypeOf<Promise<SchemaResponseBody>>();
  });
});
