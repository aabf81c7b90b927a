import { describe, expectTypeOf, it } from 'vitest';
import type { QueryClientOptions } from '../../../src/core/client/QueryClient';
import type { AnalyticsErrorCode, ClientErrorCode } from '../../../src/core/errors';

describe('request deadlines', () => {
  it('are an option of the QueryClient, failing with the REQUEST_TIMEOUT code', () => {
    expectTypeOf<QueryClientOptions['requestTimeoutMs']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<'REQUEST_TIMEOUT'>().toExtend<ClientErrorCode>();
    expectTypeOf<'REQUEST_TIMEOUT'>().toExtend<AnalyticsErrorCode>();
  });
});
