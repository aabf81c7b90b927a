/**
 * A fixture: one request and the API's JSON body for it, as recorded from the emulator or a
 * live account. Fixture files (`fixtures/*.json`) hold arrays of them.
 */
import type { AnalyticsRequest } from '../core/contract';

export interface AnalyticsFixture {
  request: AnalyticsRequest;
  /**
   * The API's 200 body (`{ columns, rows, meta }`, `{ views }` or `{ signals, meta }`), or its JSON text:
   * text is read like a response (Decimals sent as JSON numbers keep every digit), an object as it is.
   */
  body: unknown;
}
