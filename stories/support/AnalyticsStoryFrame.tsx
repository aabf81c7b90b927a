/**
 * What every story renders inside: an `AnalyticsProvider` whose fetcher answers from the recorded
 * fixtures (shaped by `parameters.analytics`), with the toolbar's theme mode and locale, on a page
 * background of the theme so dark stories look as they would in a host app.
 */
import { useMemo, type ReactNode } from 'react';
import type { AnalyticsFetcher } from '../../src/core/contract';
import { AnalyticsProvider } from '../../src/react/AnalyticsProvider';
import { createFixtureFetcher } from '../../src/testing/createFixtureFetcher';
import { toEmptyResult, toTruncatedResult } from '../../src/testing/transformResult';
import { useResolvedTheme } from '../../src/theme/useResolvedTheme';
import { ALL_FIXTURES } from '../../fixtures/index';
import type { AnalyticsStoryParameters } from './analyticsParameters';
import { STORY_LOCALES, themeForMode, type StoryThemeMode } from './storyGlobals';

const TRANSFORMS = { recorded: undefined, empty: toEmptyResult, truncated: toTruncatedResult } as const;

/** A fixture fetcher for the parameters; rebuilt only when they change. */
export function useStoryFetcher(parameters: AnalyticsStoryParameters): AnalyticsFetcher {
  const { latencyMs, errors, result = 'recorded', fixtures = ALL_FIXTURES, onRequest } = parameters;
  return useMemo(() => {
    const fetcher = createFixtureFetcher(fixtures, { latencyMs, errors, transform: TRANSFORMS[result] });
    if (!onRequest) return fetcher;
    return (request, init) => {
      onRequest(request);
      return fetcher(request, init);
    };
    // Parameters are plain data per story: their JSON is a stable identity (Infinity → null is fine).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [JSON.stringify({ latencyMs, errors, result }), fixtures, onRequest]);
}

export interface AnalyticsStoryFrameProps {
  themeMode: StoryThemeMode;
  locale: string;
  parameters: AnalyticsStoryParameters;
  children: ReactNode;
}

export function AnalyticsStoryFrame({ themeMode, locale, parameters, children }: AnalyticsStoryFrameProps) {
  const fetcher = useStoryFetcher(parameters);
  const theme = useMemo(() => themeForMode(themeMode), [themeMode]);
  const resolved = useResolvedTheme(theme);
  const localeOption = STORY_LOCALES[locale] ?? STORY_LOCALES['en-US']!;
  const page = (
    <div style={{ background: resolved.colors.background, padding: 16, minHeight: '100vh', boxSizing: 'border-box', colorScheme: resolved.mode }}>{children}</div>
  );
  if (parameters.disable) return page;
  return (
    <AnalyticsProvider
      fetcher={fetcher}
      theme={theme}
      locale={localeOption.locale}
      currency={localeOption.currency}
      timeZone={localeOption.timeZone}
    >
      {page}
    </AnalyticsProvider>
  );
}
