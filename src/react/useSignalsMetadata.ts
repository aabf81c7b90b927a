import { useMemo } from 'react';
import type { SignalsMetadataRequest, SignalsMetadataResponseBody } from '../core/contract';
import { AnalyticsError } from '../core/errors';
import type { AnalyticsHookOptions, AnalyticsResult } from './AnalyticsResult';
import { useAnalyticsRequest } from './useAnalyticsRequest';

/** Which signals' payload paths to list; the API's window defaults to the last 30 days. */
export interface SignalsMetadataInput {
  signalName?: string;
  /** Start of the window: an ISO 8601 date-time, or a Date. */
  fromDate?: string | Date;
  /** End of the window: an ISO 8601 date-time, or a Date. */
  toDate?: string | Date;
}

/** `GET /signals/metadata`: the JSON paths (and their observed types) of signal payloads, by signal name. */
export function useSignalsMetadata(
  input: SignalsMetadataInput = {},
  options?: AnalyticsHookOptions,
): AnalyticsResult<SignalsMetadataResponseBody> {
  const { signalName, fromDate, toDate } = input;
  const fromText = toIsoText(fromDate);
  const toText = toIsoText(toDate);
  const blockingError = useMemo(() => {
    if (signalName !== undefined && typeof signalName !== 'string') return invalid('signalName must be a string');
    if (fromText === null) return invalid('fromDate is not a valid date');
    if (toText === null) return invalid('toDate is not a valid date');
    return undefined;
  }, [signalName, fromText, toText]);
  const request: SignalsMetadataRequest | undefined =
    blockingError === undefined
      ? {
          kind: 'signalsMetadata',
          ...(signalName === undefined ? {} : { signalName }),
          ...(fromText === undefined ? {} : { fromDate: fromText as string }),
          ...(toText === undefined ? {} : { toDate: toText as string }),
        }
      : undefined;
  return useAnalyticsRequest(request, options, (body) => ({ data: body, meta: undefined }), blockingError);
}

/** A Date as ISO text; a string as given; `null` for an invalid Date or another type. */
function toIsoText(value: string | Date | undefined): string | undefined | null {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return value;
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString();
  return null;
}

function invalid(details: string): AnalyticsError {
  return new AnalyticsError({ code: 'INVALID_PARAMS', message: 'Invalid signals metadata input.', details });
}
