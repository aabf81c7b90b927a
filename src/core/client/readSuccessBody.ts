import { parseAnalyticsJson } from '../decode/parseAnalyticsJson';
import { AnalyticsError, isAnalyticsError } from '../errors';

/**
 * A 2xx body must be a JSON object; anything else is a broken proxy, never rows. Parsed with
 * `parseAnalyticsJson`, so Decimal columns sent as JSON numbers keep every digit.
 */
export function readSuccessBody(text: string, status: number): unknown {
  let parsed: unknown;
  try {
    parsed = parseAnalyticsJson(text);
  } catch (error) {
    if (isAnalyticsError(error)) throw error;
    throw new AnalyticsError({
      code: 'INVALID_RESPONSE',
      status,
      message: 'The analytics endpoint answered with a body that is not JSON.',
      details: text.slice(0, 200),
      cause: error,
    });
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new AnalyticsError({
      code: 'INVALID_RESPONSE',
      status,
      message: 'The analytics endpoint answered with JSON that is not an object.',
      details: text.slice(0, 200),
    });
  }
  return parsed;
}
