import { chunkLoadError } from './chunkLoadError';

/**
 * Runs `load` (a dynamic `import()` of a part of the library) unless the browser says it is
 * offline. A browser remembers an ES module that failed to load for the life of the page, so a
 * load tried offline would fail for good; not trying it keeps Retry working once back online.
 * Rejects with `chunkLoadError(part, …)`, a retryable `NETWORK_ERROR`.
 */
export function loadOnDemand<T>(part: string, load: () => Promise<T>): Promise<T> {
  if (typeof navigator !== 'undefined' && navigator.onLine === false) {
    return Promise.reject(chunkLoadError(part, new Error('The browser is offline.')));
  }
  return load().catch((error: unknown) => {
    throw chunkLoadError(part, error);
  });
}
