import { AnalyticsError, isAnalyticsError } from '../../core/errors';

/**
 * What a block or widget shows for a value thrown while it rendered: an `AnalyticsError` keeps its
 * code (a decode error thrown late is still `INVALID_RESPONSE`); anything else — a `RangeError`
 * from `Intl`, "Cannot mix BigInt", a chart that throws — becomes `RENDER_ERROR` with the thrown
 * value as its `cause`.
 */
export function toRenderError(thrown: unknown): AnalyticsError {
  if (isAnalyticsError(thrown)) return thrown;
  const message = thrown instanceof Error ? thrown.message : typeof thrown === 'string' ? thrown : 'A value could not be displayed.';
  return new AnalyticsError({ code: 'RENDER_ERROR', message: `Rendering failed: ${message}`, cause: thrown });
}
