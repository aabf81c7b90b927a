/** The global decorator: every story inside `AnalyticsStoryFrame`, driven by the toolbar globals. */
import type { Decorator } from '@storybook/react-vite';
import type { AnalyticsStoryParameters } from './analyticsParameters';
import { AnalyticsStoryFrame } from './AnalyticsStoryFrame';
import type { StoryThemeMode } from './storyGlobals';

export const withAnalytics: Decorator = (Story, context) => {
  const parameters = (context.parameters.analytics ?? {}) as AnalyticsStoryParameters;
  const themeMode = (context.globals.themeMode ?? 'light') as StoryThemeMode;
  const locale = String(context.globals.locale ?? 'en-US');
  return (
    <AnalyticsStoryFrame themeMode={themeMode} locale={locale} parameters={parameters}>
      <Story />
    </AnalyticsStoryFrame>
  );
};
