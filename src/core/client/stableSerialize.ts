/**
 * Serializes a request (or any JSON-like value) to a string that is the same for equal values,
 * whatever the order their object keys were written in: the cache and dedupe key of the
 * QueryClient. `undefined` members are dropped (as JSON does), Dates become their ISO form and
 * bigints keep every digit, so `{ a: 1, b: undefined }` and `{ a: 1 }` are one request.
 */
export function stableSerialize(value: unknown): string {
  return JSON.stringify(toSortedJson(value, new Set())) ?? 'undefined';
}

function toSortedJson(value: unknown, ancestors: Set<object>): unknown {
  if (typeof value === 'bigint') return { $bigint: value.toString() };
  if (value === null || typeof value !== 'object') {
    return typeof value === 'function' || typeof value === 'symbol' ? undefined : value;
  }
  if (value instanceof Date) return { $date: Number.isNaN(value.getTime()) ? null : value.toISOString() };
  if (ancestors.has(value)) return '[circular]';
  ancestors.add(value);
  try {
    if (Array.isArray(value)) return value.map((item) => toSortedJson(item, ancestors) ?? null);
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const member = toSortedJson((value as Record<string, unknown>)[key], ancestors);
      if (member !== undefined) sorted[key] = member;
    }
    return sorted;
  } finally {
    ancestors.delete(value);
  }
}
