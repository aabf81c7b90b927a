/**
 * UsageTrends: signals per bucket by signal name, stacked, with the total and its change against
 * the previous period. Every story answers from the recorded fixtures (the global decorator);
 * `parameters.analytics` shows the loading, empty, error and truncated states.
 */
import type { Meta, StoryObj } from '@storybook/react-vite';
import { FIXTURES_BY_FILE } from '../fixtures/index';
import type { AnalyticsFixture } from '../src/testing/fixture';
import { UsageTrends } from '../src/widgets/UsageTrends/UsageTrends';
import { BRAND_THEME, STORY_PROPS } from './support/storyParams';
import { errorStory } from './support/analyticsParameters';

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

const HOSTILE_NAME = '<img src=x onerror=alert(1)>{a|b}';

/** The recorded usage fixtures with one signal renamed to markup, to show it stays text. */
function withHostileSignalName(fixtures: readonly AnalyticsFixture[], original: string): AnalyticsFixture[] {
  return fixtures.map((fixture) => {
    const body = fixture.body as { columns?: { name: string }[]; rows?: unknown[][] };
    const column = body.columns?.findIndex((item) => item.name === 'series') ?? -1;
    if (column < 0 || !body.rows) return fixture;
    const rows = body.rows.map((row) => (row[column] === original ? row.map((cell, index) => (index === column ? HOSTILE_NAME : cell)) : row));
    return { ...fixture, body: { ...body, rows } };
  });
}

/** A signal named `<img src=x onerror=alert(1)>{a|b}`: legend, tooltip, table and CSV show those characters and run nothing. */
export const HostileNames: Story = {
  name: 'Hostile names stay text',
  parameters: { analytics: { fixtures: withHostileSignalName(FIXTURES_BY_FILE['usage-trends'] ?? [], 'lead-enriched') } },
};

export const Loading: Story = { parameters: { analytics: { latencyMs: Infinity } } };

export const Empty: Story = { parameters: { analytics: { result: 'empty' } } };

export const Truncated: Story = { parameters: { analytics: { result: 'truncated' } } };


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
