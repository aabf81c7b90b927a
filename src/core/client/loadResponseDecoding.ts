import { loadOnDemand } from '../loadOnDemand';

/** The module `loadResponseDecoding` loads: decoding, JSON reading and the columns check. */
export type ResponseDecoding = typeof import('./responseDecoding');

let loaded: ResponseDecoding | undefined;
let loading: Promise<ResponseDecoding> | undefined;

/**
 * Loads the response-decoding module once (a chunk of its own in a host's bundle). A failed load
 * (offline, a 404 after a deploy) rejects with a retryable `NETWORK_ERROR` and is forgotten, so
 * the next request tries again; while the browser is offline it is not tried (`loadOnDemand`).
 */
export function loadResponseDecoding(): Promise<ResponseDecoding> {
  loading ??= loadOnDemand('the reader of answers', () => import('./responseDecoding')).then(
    (module) => (loaded = module),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** The response-decoding module when it has loaded (then decoding is synchronous), else undefined. */
export function loadedResponseDecoding(): ResponseDecoding | undefined {
  return loaded;
}
