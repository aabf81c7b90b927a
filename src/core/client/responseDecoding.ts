/**
 * What turns an answer into typed rows, in one module that is loaded on demand
 * (`loadResponseDecoding`): the JSON reader, the decoders of every ClickHouse type, the schema
 * and signals-metadata body checks, the declared-columns check and the reader of error statuses. A page pays for it when its
 * first request is sent, not at first paint; the chunk loads while that request is on the wire.
 */
export { decodeResponse } from './decodeResponse';
export { parseAnalyticsJson } from '../decode/parseAnalyticsJson';
export { checkResultColumns } from '../queries/checkResultColumns';
export { errorFromHttpResponse } from './errorFromHttpResponse';
