/**
 * `parameters.analytics` of a story: how its fixture fetcher behaves. Lets a story show a state
 * without any code of its own:
 *
 *   export const Loading = { parameters: { analytics: { latencyMs: Infinity } } };
 *   export const Timeout = { parameters: { analytics: { errors: 'QUERY_TIMEOUT' } } };
 *   export const Empty = { parameters: { analytics: { result: 'empty' } } };
 *   export const Truncated = { parameters: { analytics: { result: 'truncated' } } };
 */
import type { AnalyticsRequest } from '../../src/core/contract';
import type { AnalyticsErrorCode } from '../../src/core/errors';
import type { FixtureFetcherOptions } from '../../src/testing/createFixtureFetcher';
import type { AnalyticsFixture } from '../../src/testing/fixture';

export interface AnalyticsStoryParameters {
  /** Milliseconds before each answer (`Infinity`: never, the loading state). Default 0. */
  latencyMs?: FixtureFetcherOptions['latencyMs'];
  /** Fail with these codes instead of answering (see `createFixtureFetcher`). */
  errors?: FixtureFetcherOptions['errors'];
  /** `'empty'`: every query answers with no rows; `'truncated'`: flagged as capped at 10,000 rows. */
  result?: 'recorded' | 'empty' | 'truncated';
  /** Replaces the recorded fixtures (default: every file in `fixtures/`). */
  fixtures?: readonly AnalyticsFixture[];
  /** Called with every request the story's widgets send (for interaction checks). */
  onRequest?: (request: AnalyticsRequest) => void;
  /** Render with no `AnalyticsProvider` at all (the story passes its own `fetcher`). */
  disable?: boolean;
}

/** A story whose every request fails with `code`: the widget's error state for it. */
export function errorStory(code: AnalyticsErrorCode): { name: string; parameters: { analytics: AnalyticsStoryParameters } } {
  return { name: `Error: ${code}`, parameters: { analytics: { errors: code } } };
}
