import type { AnalyticsError } from '../errors';

export interface RetryPolicy {
  /** How many times a retryable failure is tried again (so at most `retries + 1` attempts). */
  retries: number;
  /** The first backoff ceiling; each later retry doubles it. */
  retryBaseDelayMs: number;
  /** The longest the client will wait before a retry; a `Retry-After` above it fails fast. */
  maxRetryDelayMs: number;
  /** A number in [0, 1): `Math.random` unless a test injects its own. */
  random: () => number;
}

/**
 * How long to wait before retry number `failureCount` (1 for the first retry), or `undefined` when
 * the error must not be retried: it is not retryable (only 429, 502, 503, 504 and network
 * failures are), the retries are spent, or the server's `Retry-After` asks for longer than
 * `maxRetryDelayMs` (waiting minutes behind a spinner is worse than an honest error).
 * Without `Retry-After` the wait is exponential backoff with full jitter: a uniform draw in
 * [0, min(maxRetryDelayMs, retryBaseDelayMs · 2^(failureCount − 1))), which spreads the retries
 * of many widgets instead of sending them in lockstep against a concurrency limit.
 */
export function retryDelayMs(error: AnalyticsError, failureCount: number, policy: RetryPolicy): number | undefined {
  if (!error.retryable || failureCount > policy.retries) return undefined;
  if (error.retryAfterMs !== undefined) {
    return error.retryAfterMs > policy.maxRetryDelayMs ? undefined : Math.max(0, error.retryAfterMs);
  }
  const ceiling = Math.min(policy.maxRetryDelayMs, policy.retryBaseDelayMs * 2 ** (failureCount - 1));
  const draw = Math.min(Math.max(policy.random(), 0), 1);
  return Math.floor(draw * ceiling);
}
