/**
 * `paid-analytics-react/testing`: render the widgets in a host's own tests and Storybook with no
 * server — a fixture fetcher that answers from recorded API bodies and can wait, hang or fail on
 * purpose, and the recorder that captures those bodies from the emulator or a live account.
 */
export {
  createFixtureFetcher,
  type FixtureFetcherOptions,
  type PerRequest,
  type SimulatedFailure,
} from './createFixtureFetcher';
export type { AnalyticsFixture } from './fixture';
export { recordFixtures, stabilizeBody } from './recordFixtures';
export { requestKey, requestLabel } from './requestKey';
export { simulatedError } from './simulatedError';
export { toEmptyResult, toTruncatedResult } from './transformResult';
