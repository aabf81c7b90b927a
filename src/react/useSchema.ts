import type { SchemaRequest, SchemaResponseBody } from '../core/contract';
import type { AnalyticsHookOptions, AnalyticsResult } from './AnalyticsResult';
import { useAnalyticsRequest } from './useAnalyticsRequest';

const SCHEMA_REQUEST: SchemaRequest = { kind: 'schema' };

/** The live `GET /schema`: the queryable views with their columns, types and comments. */
export function useSchema(options?: AnalyticsHookOptions): AnalyticsResult<SchemaResponseBody> {
  return useAnalyticsRequest(SCHEMA_REQUEST, options, (body) => ({ data: body, meta: undefined }));
}
