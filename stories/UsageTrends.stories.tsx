/**
 * UsageTrends: signals per bucket by signal name, stacked, with the total and its change against
 * the previous period. Every story answers from the recorded fixtures (the global decorator);
 * `parameters.analytics` shows the loading, empty, error and truncated states.
 */
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { AnalyticsErrorCode } from '../src/core/errors';
import { UsageTrends } from '../src/widgets/UsageTrends/UsageTrends';
import { BRAND_THEME, STORY_PROPS } from './support/storyParams';

const meta = {
  title: 'Widgets/UsageTrends',
  component: UsageTrends,
  args: { ...STORY_PROPS.usageTrends },
  argTypes: {
    now: { control: false },
    fetcher: { control: false },
    onChartReady: { control: false },
    valueFormatter: { control: false },
    granularity: { control: 'inline-radio', options: ['hour', 'day', 'week', 'month'] },
    chartType: { control: 'inline-radio', options: ['bar', 'area'] },
  },
} satisfies Meta<typeof UsageTrends>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const Dark: Story = { globals: { themeMode: 'dark' } };

export const BrandTheme: Story = { name: 'Custom brand theme', args: { theme: BRAND_THEME, title: 'Agent activity', chartType: 'area' } };

export const GermanEuro: Story = {
  name: 'de-DE / EUR',
  globals: { locale: 'de-DE' },
  args: {
    otherLabel: 'Andere',
    labels: {
      title: 'Nutzung',
      total: 'Signale',
      versusPrevious: 'ggü. Vorperiode',
      period: 'Zeitraum',
      bucketTotal: 'Summe',
      tableCaption: 'Signale pro Zeitraum nach Signalname',
      window: (first, last) => `${first} bis ${last}`,
      chartSummary: ({ total, window, change, top }) =>
        `${total} Signale` +
        (window ? ` (${window})` : '') +
        (change ? `, ${change.direction === 'up' ? 'plus' : change.direction === 'down' ? 'minus' : 'unverändert'} ${change.direction === 'unchanged' ? '' : change.percent} ggü. Vorperiode` : '') +
        (top.length > 0 ? `; vorn: ${top.map((series) => `${series.label} ${series.value}`).join(', ')}` : '') +
        '.',
    },
  },
};

export const Table: Story = { args: { defaultView: 'table' } };

/** Every signal name as its own series, including the seeded `summary<v2>&"quick"`: shown as text. */
export const HostileNames: Story = { name: 'Hostile names stay text', args: { topN: 7 } };

export const Loading: Story = { parameters: { analytics: { latencyMs: Infinity } } };

export const Empty: Story = { parameters: { analytics: { result: 'empty' } } };

export const Truncated: Story = { parameters: { analytics: { result: 'truncated' } } };

const errorStory = (code: AnalyticsErrorCode): Story => ({ name: `Error: ${code}`, parameters: { analytics: { errors: code } } });

export const ErrorQueryTimeout = errorStory('QUERY_TIMEOUT');
export const ErrorConcurrencyLimit = errorStory('CONCURRENCY_LIMIT_EXCEEDED');
export const ErrorInternal = errorStory('INTERNAL_ERROR');
export const ErrorNetwork = errorStory('NETWORK_ERROR');
export const ErrorUnauthorized = errorStory('UNAUTHORIZED');
export const ErrorAccessDenied = errorStory('ACCESS_DENIED');
export const ErrorInvalidQuery = errorStory('INVALID_QUERY');
export const ErrorQuery = errorStory('QUERY_ERROR');
export const ErrorInvalidDateRange = errorStory('INVALID_DATE_RANGE');
export const ErrorSqlNotAllowed = errorStory('SQL_NOT_ALLOWED');
export const ErrorUnknownQuery = errorStory('UNKNOWN_QUERY');
