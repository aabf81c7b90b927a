import type { SignalPath, SignalsMetadataResponseBody } from '../contract';
import { AnalyticsError } from '../errors';

/**
 * Checks that a `GET /signals/metadata` body is `{ signals: [{ signalName, paths: [{ path,
 * types: string[] }] }], meta: { fromDate, toDate } }` and returns it typed; anything else is
 * `INVALID_RESPONSE` saying where it broke.
 */
export function parseSignalsMetadataBody(body: unknown): SignalsMetadataResponseBody {
  const record = asRecord(body, 'the signals metadata body');
  if (!Array.isArray(record.signals)) throw invalid('the signals metadata body has no `signals` array');
  const signals = record.signals.map((signal, signalIndex) => {
    const where = `signals[${signalIndex}]`;
    const signalRecord = asRecord(signal, where);
    const signalName = asString(signalRecord.signalName, `${where}.signalName`);
    if (!Array.isArray(signalRecord.paths)) throw invalid(`${where}.paths is not an array`);
    const paths = signalRecord.paths.map((path, pathIndex): SignalPath => {
      const pathWhere = `${where}.paths[${pathIndex}]`;
      const pathRecord = asRecord(path, pathWhere);
      const types = pathRecord.types;
      if (!Array.isArray(types) || !types.every((type): type is string => typeof type === 'string')) {
        throw invalid(`${pathWhere}.types is not an array of strings`);
      }
      return { path: asString(pathRecord.path, `${pathWhere}.path`), types: [...types] };
    });
    return { signalName, paths };
  });
  const meta = asRecord(record.meta, 'meta');
  return {
    signals,
    meta: { fromDate: asString(meta.fromDate, 'meta.fromDate'), toDate: asString(meta.toDate, 'meta.toDate') },
  };
}

function asRecord(value: unknown, where: string): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw invalid(`${where} is not an object`);
  return value as Record<string, unknown>;
}

function asString(value: unknown, where: string): string {
  if (typeof value !== 'string') throw invalid(`${where} is not a string`);
  return value;
}

function invalid(details: string): AnalyticsError {
  return new AnalyticsError({
    code: 'INVALID_RESPONSE',
    message: 'The signals metadata response does not have the documented shape.',
    details,
  });
}
