/**
 * Body rewrites for `createFixtureFetcher({ transform })`: the same recorded data, shown as
 * the states a widget must handle (no rows, a capped result).
 */

interface QueryBodyLike {
  rows: unknown[];
  meta: Record<string, unknown>;
}

function isQueryBody(body: unknown): body is QueryBodyLike {
  return (
    typeof body === 'object' &&
    body !== null &&
    Array.isArray((body as { rows?: unknown }).rows) &&
    typeof (body as { meta?: unknown }).meta === 'object' &&
    (body as { meta?: unknown }).meta !== null
  );
}

/** The same columns with no rows (`meta.rowCount` 0): the empty state. Other bodies pass through. */
export function toEmptyResult(body: unknown): unknown {
  if (!isQueryBody(body)) return body;
  return { ...body, rows: [], meta: { ...body.meta, rowCount: 0, truncated: false } };
}

/** The same rows flagged `meta.truncated: true`, as the API does at its 10,000-row cap. */
export function toTruncatedResult(body: unknown): unknown {
  if (!isQueryBody(body)) return body;
  return { ...body, meta: { ...body.meta, truncated: true } };
}
