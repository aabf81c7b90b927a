import { AnalyticsError } from './errors';

/**
 * The error for a part of the library, loaded on demand, that could not be loaded (offline, a 404
 * after a deploy): a retryable `NETWORK_ERROR`, so the widget shows its error state with Retry.
 */
export function chunkLoadError(part: string, cause: unknown): AnalyticsError {
  return new AnalyticsError({
    code: 'NETWORK_ERROR',
    message: `Could not load ${part}, a part of the analytics library loaded on demand.`,
    details: cause instanceof Error ? cause.message : String(cause),
    cause,
  });
}
