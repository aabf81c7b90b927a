/**
 * The key a hook compares its input by: the input's value, with every instant (a `Date`, or ISO 8601
 * date-time text) taken to the minute. A window written inline — `{ from: new Date(Date.now() - 30 * 864e5),
 * to: new Date() }` — is then the same request on every render within a minute, instead of a new one each
 * render that never gets to load. The request sent is the first one seen for a key, exact to the ms.
 */
import { stableSerialize } from '../core/client/stableSerialize';

const MINUTE_MS = 60_000;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

/** `stableSerialize` of `value` with instants to the minute. */
export function requestInputKey(value: unknown): string {
  return stableSerialize(toMinutes(value, 0));
}

function toMinutes(value: unknown, depth: number): unknown {
  if (value instanceof Date) return minuteOf(value.getTime());
  if (typeof value === 'string') return ISO_INSTANT.test(value) ? minuteOf(Date.parse(value)) : value;
  if (value === null || typeof value !== 'object' || depth > 8) return value;
  if (Array.isArray(value)) return value.map((item) => toMinutes(item, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, member] of Object.entries(value)) out[key] = toMinutes(member, depth + 1);
  return out;
}

function minuteOf(ms: number): { $minute: number | null } {
  return { $minute: Number.isFinite(ms) ? Math.floor(ms / MINUTE_MS) : null };
}
