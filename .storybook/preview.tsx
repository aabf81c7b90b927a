import type { Preview } from '@storybook/react-vite';
import { globalTypes, initialGlobals } from '../stories/support/storyGlobals';
import { withAnalytics } from '../stories/support/withAnalytics';
import { widgetArgTypes } from './widgetArgTypes';

/**
 * Every story renders inside an `AnalyticsProvider` answering from the recorded fixtures
 * (`stories/support/withAnalytics.tsx`); the toolbar switches its theme mode and locale, and a
 * story's `parameters.analytics` sets latency, errors, or empty / truncated results.
 */
const preview: Preview = {
  decorators: [withAnalytics],
  // Ordered heading levels, a number control for height, text for title and subtitle.
  argTypesEnhancers: [widgetArgTypes],
  globalTypes,
  initialGlobals,
  // Docs pages generated from the components' types for every story file.
  tags: ['autodocs'],
  parameters: {
    layout: 'fullscreen',
    controls: {
      expanded: true,
      // Colour pickers for colour props; `from` / `to` stay text (ISO date-times), as the widgets take them.
      matchers: { color: /(background|color)$/i },
    },
  },
};

export default preview;
