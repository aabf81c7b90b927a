import type {
  AnalyticsRequest,
  SchemaResponseBody,
  SignalsMetadataResponseBody,
} from '../contract';
import { decodeResult, type DecodedResult } from '../decode/decodeResult';
import { parseSchemaBody } from './parseSchemaBody';
import { parseSignalsMetadataBody } from './parseSignalsMetadataBody';

/** Decoded rows of a named query or SQL request: what `decodeResult` gives. */
export type DecodedRows<Row = Record<string, unknown>> = DecodedResult<Row>;

/** The decoded value a request resolves to, by its kind. */
export type DecodedResponse<Request extends AnalyticsRequest> = Request extends { kind: 'schema' }
  ? SchemaResponseBody
  : Request extends { kind: 'signalsMetadata' }
    ? SignalsMetadataResponseBody
    : DecodedRows;

/**
 * Turns the fetcher's raw JSON body into the value the cache stores, by request kind: typed rows
 * for queries (through `decodeResult`), checked bodies for the schema and signals metadata.
 * Throws `INVALID_RESPONSE` when the body does not have the documented shape.
 */
export function decodeResponse<Request extends AnalyticsRequest>(request: Request, body: unknown): DecodedResponse<Request> {
  switch (request.kind) {
    case 'schema':
      return parseSchemaBody(body) as DecodedResponse<Request>;
    case 'signalsMetadata':
      return parseSignalsMetadataBody(body) as DecodedResponse<Request>;
    default:
      return decodeResult<Record<string, unknown>>(body) as DecodedResponse<Request>;
  }
}
