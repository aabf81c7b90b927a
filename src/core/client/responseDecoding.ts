/**
 * What turns an answer into typed rows, in one module that is loaded on demand
 * (`loadResponseDecoding`): the reader of 2xx bodies (lossless JSON), the decoders of every
 * ClickHouse type, the schema and signals-metadata body checks, the declared-columns check and the
 * reader of error statuses. A page pays for it when its first request is sent, not at first paint;
 * the chunk loads while that request is on the wire.
 */
export { decodeResponse } from './decodeResponse';
export { readSuccessBody } from './readSuccessBody';
export { checkResultColumns } from '../queries/checkResultColumns';
export { errorFromHttpResponse } from './errorFromHttpResponse';
