import type { SchemaColumn, SchemaResponseBody, SchemaView } from '../contract';
import { AnalyticsError } from '../errors';

/**
 * Checks that a `GET /schema` body is `{ views: [{ name, comment, columns: [{ name, type,
 * comment }] }] }` and returns it typed; anything else is `INVALID_RESPONSE` saying where it broke.
 * A missing `comment` is read as `''` (comments are documentation, not data).
 */
export function parseSchemaBody(body: unknown): SchemaResponseBody {
  const record = asRecord(body, 'the schema body');
  if (!Array.isArray(record.views)) throw invalid('the schema body has no `views` array');
  const views = record.views.map((view, viewIndex): SchemaView => {
    const where = `views[${viewIndex}]`;
    const viewRecord = asRecord(view, where);
    const name = asString(viewRecord.name, `${where}.name`);
    if (!Array.isArray(viewRecord.columns)) throw invalid(`${where}.columns is not an array`);
    const columns = viewRecord.columns.map((column, columnIndex): SchemaColumn => {
      const columnWhere = `${where}.columns[${columnIndex}]`;
      const columnRecord = asRecord(column, columnWhere);
      return {
        name: asString(columnRecord.name, `${columnWhere}.name`),
        type: asString(columnRecord.type, `${columnWhere}.type`),
        comment: optionalString(columnRecord.comment, `${columnWhere}.comment`),
      };
    });
    return { name, comment: optionalString(viewRecord.comment, `${where}.comment`), columns };
  });
  return { views };
}

function asRecord(value: unknown, where: string): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw invalid(`${where} is not an object`);
  return value as Record<string, unknown>;
}

function asString(value: unknown, where: string): string {
  if (typeof value !== 'string') throw invalid(`${where} is not a string`);
  return value;
}

function optionalString(value: unknown, where: string): string {
  if (value === undefined || value === null) return '';
  return asString(value, where);
}

function invalid(details: string): AnalyticsError {
  return new AnalyticsError({
    code: 'INVALID_RESPONSE',
    message: 'The schema response does not have the documented shape.',
    details,
  });
}
